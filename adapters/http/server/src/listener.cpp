// The accept loop: every accepted socket gets its own strand; accept errors are logged and never end the loop.
#include "listener.hpp"

#include "connection.hpp"

#include <system_error>

namespace offertracker::adapters::http::detail {

namespace {

void throw_if(const boost::system::error_code& ec, const char* what) {
    if (ec) throw std::system_error(ec.value(), std::system_category(), what);
}

}  // namespace

listener::listener(server_state& state, const net::ip::tcp::endpoint& endpoint)
    : state_(state), strand_(net::make_strand(state.io)), acceptor_(strand_), backoff_(strand_) {
    boost::system::error_code ec;
    acceptor_.open(endpoint.protocol(), ec);
    throw_if(ec, "open");
    acceptor_.set_option(net::socket_base::reuse_address(true), ec);
    throw_if(ec, "setsockopt(SO_REUSEADDR)");
    acceptor_.bind(endpoint, ec);
    throw_if(ec, "bind");
    acceptor_.listen(net::socket_base::max_listen_connections, ec);
    throw_if(ec, "listen");
    port_ = acceptor_.local_endpoint().port();
}

void listener::start() {
    net::dispatch(strand_, [self = shared_from_this()] { self->accept(); });
}

void listener::stop() {
    net::dispatch(strand_, [self = shared_from_this()] {
        boost::system::error_code ignored;
        self->acceptor_.close(ignored);
        self->backoff_.cancel();
    });
}

void listener::accept() {
    if (!acceptor_.is_open()) return;
    // A fresh strand per connection: connections never contend with each other or with the acceptor.
    acceptor_.async_accept(net::make_strand(state_.io),
                           [self = shared_from_this()](boost::system::error_code ec, net::ip::tcp::socket socket) {
                               self->on_accept(ec, std::move(socket));
                           });
}

void listener::on_accept(boost::system::error_code ec, net::ip::tcp::socket socket) {
    if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
    if (ec) {
        state_.write_log("http accept error: " + ec.message());
        // Out of descriptors: retrying at once would spin; pause so in-flight connections can finish and free some.
        if (ec == net::error::no_descriptors || ec == boost::system::errc::too_many_files_open_in_system ||
            ec == net::error::no_buffer_space || ec == net::error::no_memory) {
            backoff_.expires_after(std::chrono::milliseconds(100));
            backoff_.async_wait([self = shared_from_this()](boost::system::error_code wait_ec) {
                if (!wait_ec) self->accept();
            });
            return;
        }
        accept();
        return;
    }
    if (state_.stopping.load()) {
        boost::system::error_code ignored;
        socket.close(ignored);
        return;
    }
    // Past the connection bound the client still gets an answer (a prompt 503), not a silent wait in the backlog.
    auto s = std::make_shared<connection>(std::move(socket), state_);
    if (state_.connection_count() >= state_.options.max_connections)
        s->refuse();
    else
        s->start();
    accept();
}

}  // namespace offertracker::adapters::http::detail

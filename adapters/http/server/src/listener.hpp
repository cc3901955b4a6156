// Private: accepts connections and hands each one, on its own strand, to a new connection.
#pragma once

#include "server_state.hpp"

namespace offertracker::adapters::http::detail {

class listener : public std::enable_shared_from_this<listener> {
public:
    // Opens, binds and listens; throws std::system_error on failure.
    listener(server_state& state, const net::ip::tcp::endpoint& endpoint);

    void start();
    // Thread-safe: stops accepting (closes the acceptor on its strand).
    void stop();
    [[nodiscard]] unsigned short port() const noexcept { return port_; }

private:
    void accept();
    void on_accept(boost::system::error_code ec, net::ip::tcp::socket socket);

    server_state& state_;
    net::strand<net::io_context::executor_type> strand_;
    net::ip::tcp::acceptor acceptor_;
    net::steady_timer backoff_;
    unsigned short port_ = 0;
};

}  // namespace offertracker::adapters::http::detail

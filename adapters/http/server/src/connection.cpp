// One connection's request loop. Reads happen on the connection's strand; handlers run on the worker pool and post
// their response back to the strand, so a slow handler never blocks an I/O thread.
#include "connection.hpp"

#include <algorithm>
#include <limits>

namespace offertracker::adapters::http::detail {

namespace {

constexpr std::size_t max_drain_bytes = 1024 * 1024;
constexpr std::chrono::seconds drain_timeout{2};

// Handlers build headers from data; refuse anything that could split the response or confuse framing.
bool safe_header(std::string_view name, std::string_view value) noexcept {
    if (name.empty()) return false;
    const bool name_ok = std::all_of(name.begin(), name.end(), [](char c) {
        return c > 0x20 && c < 0x7F && c != ':' && c != '(' && c != ')' && c != ',' && c != ';' && c != '"';
    });
    const bool value_ok = std::none_of(value.begin(), value.end(), [](char c) { return c == '\r' || c == '\n' || c == '\0'; });
    return name_ok && value_ok;
}

bool framing_header(std::string_view name) noexcept {
    return iequals(name, "Content-Length") || iequals(name, "Transfer-Encoding") || iequals(name, "Connection");
}

bool quiet_disconnect(const beast::error_code& ec) noexcept {
    return ec == net::error::eof || ec == net::error::connection_reset || ec == net::error::operation_aborted ||
           ec == net::error::broken_pipe || ec == net::error::bad_descriptor || ec == bhttp::error::end_of_stream ||
           ec == bhttp::error::partial_message;
}

}  // namespace

connection::connection(net::ip::tcp::socket&& socket, server_state& state) : stream_(std::move(socket)), state_(state) {
    beast::error_code ec;
    const auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_address_ = endpoint.address().to_string();
}

connection::~connection() { state_.unregister_connection(this); }

void connection::start() {
    // Register before looking at `stopping`: stop() sets the flag before scanning the registry, so either stop()
    // sees this connection or this connection sees the flag.
    state_.register_connection(this, weak_from_this());
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->wait_for_request(); });
}

void connection::refuse() {
    state_.register_connection(this, weak_from_this());
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] {
        self->current_.keep_alive = false;
        self->pending_.remote_address = self->remote_address_;
        self->send(self->state_.overloaded(self->pending_), true);
    });
}

void connection::close_if_idle() {
    net::post(stream_.get_executor(), [self = shared_from_this()] {
        // A connection lingering after its last response (closing) is closed too: nothing of value is pending.
        if (self->phase_ != phase::idle && self->phase_ != phase::closing) return;
        beast::error_code ignored;
        self->stream_.socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
        self->stream_.close();
    });
}

void connection::wait_for_request() {
    phase_ = phase::idle;
    if (state_.stopping.load()) {
        stream_.close();
        return;
    }
    if (buffer_.size() > 0) {  // a pipelined request is already buffered
        read_header();
        return;
    }
    // Waiting for the first byte is governed by the idle timeout; once it arrives, the read timeout takes over.
    stream_.expires_after(state_.options.idle_timeout);
    stream_.async_read_some(buffer_.prepare(4096), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
        self->on_first_bytes(ec, n);
    });
}

void connection::on_first_bytes(beast::error_code ec, std::size_t bytes) {
    buffer_.commit(bytes);
    if (ec) return;  // idle timeout, peer closed, or closed by stop(): the connection simply ends
    read_header();
}

void connection::read_header() {
    phase_ = phase::reading;
    current_ = exchange{};
    pending_ = request{};
    pending_.remote_address = remote_address_;
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(
        std::min<std::size_t>(state_.options.header_limit, std::numeric_limits<std::uint32_t>::max())));
    // No body limit yet: Beast would reject a large Content-Length while reading the header, before the
    // service's per-route limit can be asked.
    parser_->body_limit(boost::none);
    stream_.expires_after(state_.options.read_timeout);
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_header(ec); });
}

void connection::on_header(beast::error_code ec) {
    if (ec == beast::error::timeout) {
        state_.write_log("http read timeout remote=" + remote_address_);
        return;
    }
    if (ec == bhttp::error::header_limit) return fail(431, "Request Header Fields Too Large");
    if (ec && quiet_disconnect(ec)) return;
    if (ec) return fail(400, "Bad Request");

    const auto& header = parser_->get();
    current_.version = header.version();
    current_.head = header.method() == bhttp::verb::head;
    current_.keep_alive = header.keep_alive();
    pending_.method = std::string{header.method_string()};
    pending_.set_target(std::string{header.target()});
    for (const auto& field : header) pending_.headers.emplace_back(field.name_string(), field.value());

    const std::size_t limit = state_.answers.body_limit(pending_, state_.options.body_limit);
    // Answer 413 from the header alone: the client may not even have started sending the body.
    if (const auto length = parser_->content_length(); length && *length > limit)
        return fail(413, "Request body too large");
    parser_->body_limit(static_cast<std::uint64_t>(limit));

    if (parser_->is_done()) return on_request_read();
    const auto expect = header.find(bhttp::field::expect);
    if (expect != header.end() && iequals(expect->value(), "100-continue") && header.version() >= 11) {
        static constexpr std::string_view continue_line = "HTTP/1.1 100 Continue\r\n\r\n";
        net::async_write(stream_, net::buffer(continue_line.data(), continue_line.size()),
                         [self = shared_from_this()](beast::error_code wec, std::size_t) {
                             if (!wec) self->read_body();
                         });
        return;
    }
    read_body();
}

void connection::read_body() {
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_body(ec); });
}

void connection::on_body(beast::error_code ec) {
    if (ec == beast::error::timeout) {
        state_.write_log("http read timeout remote=" + remote_address_ + " path=" +
                         pending_.path.substr(0, std::min<std::size_t>(pending_.path.size(), 256)));
        return;
    }
    if (ec == bhttp::error::body_limit) return fail(413, "Request body too large");
    if (ec && quiet_disconnect(ec)) return;
    if (ec) return fail(400, "Bad Request");
    on_request_read();
}

void connection::on_request_read() {
    phase_ = phase::handling;
    auto message = parser_->release();
    parser_.reset();

    request req = std::move(pending_);
    req.body = std::move(message.body());

    // Past the queue bound, answer now: waiting behind that many requests would only add latency.
    if (state_.queued.fetch_add(1) >= state_.options.max_queued_requests) {
        state_.queued.fetch_sub(1);
        return send(state_.overloaded(req), false);
    }
    net::post(state_.workers, [self = shared_from_this(), req = std::move(req)]() mutable {
        self->state_.queued.fetch_sub(1);
        response res;
        try {
            res = self->state_.answers.handle(req);
        } catch (const std::exception& e) {
            self->state_.write_log("http handler error request_id=" + req.request_id + ": " + e.what());
            res = self->state_.render_error(req, 500, "Internal Server Error");
        } catch (...) {
            self->state_.write_log("http handler error request_id=" + req.request_id + ": unknown exception");
            res = self->state_.render_error(req, 500, "Internal Server Error");
        }
        // Back to the strand: only it may touch the stream and the connection's members.
        net::post(self->stream_.get_executor(),
                  [self, res = std::move(res)]() mutable { self->send(std::move(res), false); });
    });
}

void connection::send(response res, bool close_after) {
    phase_ = phase::writing;
    const bool close = close_after || !current_.keep_alive || state_.stopping.load();
    unsigned status = res.status;
    if (status < 200 || status > 999) {
        state_.write_log("http handler returned invalid status " + std::to_string(status));
        request unknown;
        unknown.remote_address = remote_address_;
        res = state_.render_error(unknown, 500, "Internal Server Error");
        status = res.status < 200 || res.status > 999 ? 500 : res.status;
    }

    auto out = std::make_shared<bhttp::response<bhttp::string_body>>();
    out->result(status);
    out->version(current_.version);
    for (const auto& [name, value] : res.headers) {
        if (framing_header(name)) continue;  // framing is the server's job
        if (!safe_header(name, value)) {
            state_.write_log("http dropped an unsafe response header");
            continue;
        }
        out->insert(name, value);
    }
    out->set(bhttp::field::server, "offertracker");

    if (status != 204 && status != 304) out->body() = std::move(res.body);
    out->keep_alive(!close);
    out->prepare_payload();
    if (current_.head) out->body().clear();  // Content-Length still describes the GET body

    outgoing_ = out;
    stream_.expires_after(state_.options.read_timeout);
    bhttp::async_write(stream_, *out, [self = shared_from_this(), close](beast::error_code ec, std::size_t) {
        self->on_write(ec, close);
    });
}

void connection::on_write(beast::error_code ec, bool close_after) {
    outgoing_.reset();
    if (ec) return;
    if (close_after) return close_gracefully();
    wait_for_request();
}

void connection::fail(unsigned status, std::string_view message) {
    current_.keep_alive = false;
    send(state_.render_error(pending_, status, message), true);
}

void connection::close_gracefully() {
    phase_ = phase::closing;
    beast::error_code ignored;
    stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ignored);
    if (state_.stopping.load()) {
        stream_.close();
        return;
    }
    // Closing while the client is still sending (e.g. the body of a refused upload) would make the kernel send a
    // reset, which can destroy our response before the client reads it. Read and discard for a bounded time.
    buffer_.clear();
    stream_.expires_after(drain_timeout);
    drain(0);
}

void connection::drain(std::size_t drained) {
    stream_.async_read_some(buffer_.prepare(16 * 1024),
                            [self = shared_from_this(), drained](beast::error_code ec, std::size_t n) {
                                self->buffer_.clear();
                                if (ec || drained + n > max_drain_bytes) {
                                    self->stream_.close();
                                    return;
                                }
                                self->drain(drained + n);
                            });
}

}  // namespace offertracker::adapters::http::detail

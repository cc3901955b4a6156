// Private: one HTTP/1.1 connection — reads requests on its strand, runs the handler on the worker pool.
#pragma once

#include "server_state.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace offertracker::adapters::http::detail {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

// Lives as long as an asynchronous operation or queued work holds a shared_ptr to it. All members are touched only
// on the connection's strand, except by the constructor and destructor.
class connection : public std::enable_shared_from_this<connection> {
public:
    connection(net::ip::tcp::socket&& socket, server_state& state);
    ~connection();
    connection(const connection&) = delete;
    connection& operator=(const connection&) = delete;

    void start();
    // Answers 503 (over the connection bound) without reading a request, then closes.
    void refuse();
    // Thread-safe: closes the connection if it is waiting between requests; otherwise the current request
    // finishes and its response carries Connection: close.
    void close_if_idle();

private:
    enum class phase { idle, reading, handling, writing, closing };

    // Per-request facts the response's framing needs.
    struct exchange {
        unsigned version = 11;
        bool head = false;
        bool keep_alive = true;
    };

    void wait_for_request();
    void on_first_bytes(beast::error_code ec, std::size_t bytes);
    void read_header();
    void on_header(beast::error_code ec);
    void read_body();
    void on_body(beast::error_code ec);
    void on_request_read();
    void send(response res, bool close_after);
    void on_write(beast::error_code ec, bool close_after);
    void fail(unsigned status, std::string_view message);
    void close_gracefully();
    void drain(std::size_t drained);

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
    server_state& state_;
    std::string remote_address_;
    phase phase_ = phase::idle;
    exchange current_;
    request pending_;  // the request being read: its head once the headers are in, the body added at the end;
                       // also what an error the server answers knows of the request
    std::shared_ptr<bhttp::response<bhttp::string_body>> outgoing_;
};

}  // namespace offertracker::adapters::http::detail

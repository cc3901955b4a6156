// The HTTP/1.1 server: Beast listener and connections behind a pimpl, handlers run on a worker pool.
#pragma once

#include <offertracker/http/message.hpp>
#include <offertracker/http/service.hpp>

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace offertracker::adapters::http {

struct server_options {
    std::string address = "127.0.0.1";
    unsigned short port = 8000;  // 0 = ephemeral; see server::port()
    unsigned io_threads = 1;
    unsigned worker_threads = 4;
    std::size_t header_limit = 16 * 1024;  // request line + headers; over it: 431, connection closed
    // The default body limit; the service may set another per request once the head is read (a route's own).
    // Over it: 413 (from Content-Length, before reading the body), connection closed.
    std::size_t body_limit = 1024 * 1024;
    std::chrono::seconds read_timeout{30};  // bounds reading one whole request (headers + body) from its first byte
    std::chrono::seconds idle_timeout{60};  // bounds the wait for the first byte of the next request
    std::chrono::seconds shutdown_grace{10};
    // Bounds that turn overload into a prompt 503 with Retry-After (rendered by the service) instead of
    // unbounded latency. A connection accepted while max_connections are open is answered at once and closed;
    // a request read while max_queued_requests wait for a worker is answered at once (the connection stays open).
    std::size_t max_connections = 4096;
    std::size_t max_queued_requests = 2048;
    std::chrono::seconds overload_retry_after{1};
};

// Lifecycle: construct, start() once, then stop() (or run_until_signal()). The destructor calls stop().
//
// Per request the server reads the head, asks the service for the body limit, reads the body, and calls
// service.handle on a worker thread; it adds Server and the framing headers and drops response headers that
// could split the response. Errors it answers itself (400, 413, 431, 500 for a handler exception, 503 past a
// bound) go through service.handle_error; if that throws, a plain-text body. Request ids, CORS, security headers
// and the access log are filters of the router (filters.hpp), so they wrap these errors too.
//
// Thread-safety: the service's members run concurrently on worker and I/O threads and must be thread-safe; so
// must `log` (server events: listening, timeouts, handler exceptions), which may be empty (no logging). The
// service must outlive the server.
class server {
public:
    using log_sink = std::function<void(std::string_view line)>;

    server(server_options options, const service& answers, log_sink log);
    ~server();
    server(const server&) = delete;
    server& operator=(const server&) = delete;

    // Binds, listens and spawns the I/O and worker threads; returns once connections are being accepted.
    // Throws std::system_error if the address cannot be bound, std::logic_error if called twice.
    void start();
    // The bound port (useful with options.port = 0); 0 before start().
    [[nodiscard]] unsigned short port() const noexcept;
    // Blocks until SIGINT or SIGTERM (or until stop() is called from another thread), then stop().
    void run_until_signal();
    // Stops accepting, closes idle keep-alive connections, lets requests in progress finish (their responses
    // carry Connection: close) for up to shutdown_grace, then closes the rest and joins all threads. Idempotent
    // and callable from any thread except a handler or the log sink. A handler still running after the grace
    // period is waited for (it cannot be interrupted), but its response is discarded.
    void stop();

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

}  // namespace offertracker::adapters::http

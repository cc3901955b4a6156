// The HTTP/1.1 server: Beast listener and sessions behind a pimpl, handlers run on a worker pool.
#pragma once

#include <offertracker/http/message.hpp>

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
    std::size_t body_limit = 1024 * 1024;  // over it: 413 (from Content-Length, before reading the body), closed
    // Optional per-request body limit, asked once the head is read (a request without its body; e.g.
    // router::body_limit); return body_limit for the default. Called on I/O threads: must be fast, non-blocking
    // and thread-safe.
    std::function<std::size_t(const request& head)> body_limit_for;
    std::chrono::seconds read_timeout{30};  // bounds reading one whole request (headers + body) from its first byte
    std::chrono::seconds idle_timeout{60};  // bounds the wait for the first byte of the next request
    std::vector<std::string> cors_origins;  // exact origins, e.g. "https://app.example.com"; no wildcard
    std::chrono::seconds shutdown_grace{10};
    // Bounds that turn overload into a prompt 503 with Retry-After (rendered by error_renderer) instead of
    // unbounded latency. A connection accepted while max_connections are open is answered at once and closed;
    // a request read while max_queued_requests wait for a worker is answered at once (the connection stays open).
    std::size_t max_connections = 4096;
    std::size_t max_queued_requests = 2048;
    std::chrono::seconds overload_retry_after{1};
};

// Lifecycle: construct, start() once, then stop() (or run_until_signal()). The destructor calls stop().
//
// Per request the server: validates or generates a request id (request.request_id and the X-Request-ID response
// header); answers CORS preflights itself (allowed origin: 204 with Allow-Methods/Headers and Max-Age; any other
// origin: 403 without CORS headers, rendered by error_renderer); otherwise calls `handler` on a worker thread;
// adds Server, X-Content-Type-Options: nosniff, X-Frame-Options: DENY (unless set), CORS headers for allowed
// origins; writes one access-log line (method, path without query, status, bytes, ms, request id, remote
// address; never bodies or credentials). Handler exceptions become error_renderer(target, 500, ...), logged.
// Server-generated errors (400, 403, 413, 431, 500, 503) go through error_renderer; if it throws, a plain-text body.
//
// Thread-safety: `handler` and `error_renderer` run concurrently on worker threads (error_renderer also on I/O
// threads) and must be thread-safe; so must `log`, which may be empty (no logging).
class server {
public:
    using request_handler = std::function<response(const request&)>;
    using error_renderer = std::function<response(std::string_view target, unsigned status, std::string_view message)>;
    using log_sink = std::function<void(std::string_view line)>;

    server(server_options options, request_handler handler, error_renderer errors, log_sink log);
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

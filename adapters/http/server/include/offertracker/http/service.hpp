// What a server answers: requests, body limits and its own errors. The router is the service every surface
// uses; a test may implement one directly.
#pragma once

#include <offertracker/http/message.hpp>

#include <cstddef>
#include <string_view>

namespace offertracker::adapters::http {

class service {
public:
    virtual ~service() = default;

    // Answers a complete request. Runs on a worker thread; may block. `req` may be changed (e.g. its request id)
    // and is reused for the 500 if this throws.
    [[nodiscard]] virtual response handle(request& req) const = 0;

    // The largest body to read for a request whose head is `head` (no body yet). Runs on I/O threads: fast,
    // non-blocking, thread-safe.
    [[nodiscard]] virtual std::size_t body_limit(const request& head, std::size_t default_limit) const noexcept = 0;

    // An error the server answers itself (400, 413, 431, 500, 503); `req` holds what was read of the request,
    // possibly nothing. Runs on I/O and worker threads.
    [[nodiscard]] virtual response handle_error(request& req, unsigned status, std::string_view message) const = 0;
};

}  // namespace offertracker::adapters::http

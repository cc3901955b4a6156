// Filters: code that wraps every response of a router or of one mount — the handlers' and the router's own
// 404/405/413/500 alike — e.g. request ids, CORS, security headers, an access log, a dialect's rate-limit headers.
#pragma once

#include <offertracker/http/message.hpp>

#include <cstddef>
#include <functional>
#include <string_view>

namespace offertracker::adapters::http {

class next_step;

// Sees the request before the rest of the chain and its response after. It may change the request (e.g. set
// request_id), answer without calling `next` (a preflight, a refusal), or decorate what `next` returned.
// Runs on worker threads, and on I/O threads for errors the server answers itself: it must be thread-safe and
// must not block.
using filter = std::function<response(request& req, const next_step& next)>;

// The rest of a chain, handed to each filter. Cheap to pass; valid only during the filter's call.
class next_step {
public:
    // Runs the remaining filters, then the route's handler (or the router's 404/405, or the server's error).
    response operator()(request& req) const;
    // Runs the remaining filters around an error rendered in the owning mount's shape instead of going on: a
    // filter's own refusal (403, 429) that inner filters still decorate.
    response error(request& req, unsigned status, std::string_view message) const;

private:
    friend class router;
    struct chain;  // router.cpp: the request's filters, its owning mount and what ends the chain
    next_step(const chain& c, std::size_t index) noexcept : chain_(&c), index_(index) {}

    const chain* chain_;
    std::size_t index_;
};

}  // namespace offertracker::adapters::http

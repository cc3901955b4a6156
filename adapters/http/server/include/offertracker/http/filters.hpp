// The filters every server of this project installs on its router (router::add_filter), in this order:
// request_id, access_log, security_headers, cors. A surface adds its own on its mount (mount::add_filter).
#pragma once

#include <offertracker/http/filter.hpp>

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace offertracker::adapters::http {
class router;
}

namespace offertracker::adapters::http::filters {

// Keeps a valid client X-Request-ID (1-64 of [A-Za-z0-9._-]) or generates one into request.request_id, and
// echoes it as the response's X-Request-ID.
filter request_id();

// One line per response: method, path without the query (it may carry tokens), status, body bytes, ms spent
// answering, request id, remote address. Never bodies or credentials.
filter access_log(std::function<void(std::string_view line)> sink);

// CORS for exact origins (no wildcard): answers a preflight itself (204 with Allow-Methods/-Headers and Max-Age;
// 403 in the mount's error shape, without CORS headers, for any other origin) and adds Allow-Origin, Vary: Origin
// and Expose-Headers: X-Request-ID to responses for an allowed origin. No Allow-Credentials: bearer tokens travel
// in a header the page sets itself.
filter cors(std::vector<std::string> allowed_origins);

// Sets each header the response did not set itself.
filter default_headers(std::vector<std::pair<std::string, std::string>> headers);
// X-Content-Type-Options: nosniff and X-Frame-Options: DENY.
filter security_headers();

struct standard_options {
    std::vector<std::string> cors_origins;
    std::function<void(std::string_view line)> access_log;  // empty: no access log
};
// Installs the standard filters above on `r`, in the documented order.
void add_standard_filters(router& r, standard_options options);

}  // namespace offertracker::adapters::http::filters

// ports::overloaded -> 503 + Retry-After.
#include <offertracker/http/kit/overload_guard.hpp>

#include <algorithm>
#include <string>

#include <offertracker/ports/overloaded.hpp>

namespace offertracker::adapters::http::kit {

handler overload_guard(handler h, error_renderer render) {
    return [h = std::move(h), render = std::move(render)](const request& req, const path_params& params) {
        try {
            return h(req, params);
        } catch (const ports::overloaded& e) {
            auto r = render(req, 503, "Service temporarily overloaded. Try again shortly.");
            r.set_header("Retry-After", std::to_string(std::max<long long>(1, e.retry_after().count())));
            return r;
        }
    };
}

}  // namespace offertracker::adapters::http::kit

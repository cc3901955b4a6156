// Headers every response carries unless its handler chose otherwise, and the standard filter set.
#include <offertracker/http/filters.hpp>
#include <offertracker/http/router.hpp>

namespace offertracker::adapters::http::filters {

filter default_headers(std::vector<std::pair<std::string, std::string>> headers) {
    return [headers = std::move(headers)](request& req, const next_step& next) {
        auto res = next(req);
        for (const auto& [name, value] : headers)
            if (!res.header(name)) res.set_header(name, value);
        return res;
    };
}

filter security_headers() { return default_headers({{"X-Content-Type-Options", "nosniff"}, {"X-Frame-Options", "DENY"}}); }

void add_standard_filters(router& r, standard_options options) {
    // Outermost first: the id exists before the log line names it, the log sees the final status, and the
    // security headers also cover the preflights the CORS filter answers itself.
    r.add_filter(request_id());
    if (options.access_log) r.add_filter(access_log(std::move(options.access_log)));
    r.add_filter(security_headers());
    r.add_filter(cors(std::move(options.cors_origins)));
}

}  // namespace offertracker::adapters::http::filters

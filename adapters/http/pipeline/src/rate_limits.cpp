// The Pipeline's rate limits (docs/pipeline.md §3): four classes of routes, one fixed window per class and client
// address in the throttle port, and the X-RateLimit-* headers on every response of the mount.
#include <string>

#include "context.hpp"

namespace offertracker::adapters::http::pipeline_api {
namespace {

enum class limit_class { standard, auth, scraper, ai };

std::string_view name_of(limit_class k) {
    switch (k) {
        case limit_class::standard: return "standard";
        case limit_class::auth: return "auth";
        case limit_class::scraper: return "scraper";
        case limit_class::ai: return "ai";
    }
    return "standard";
}

// The class of a path under the mount ("/jobs/123/score" for "/api/jobs/123/score"). The raw path is enough:
// a percent-encoded segment that would decode to one of these names matches no route of that class either.
limit_class class_of(std::string_view path) {
    if (path.starts_with("/auth/") || path == "/auth") return limit_class::auth;
    if (path.starts_with("/scraper/") || path == "/scraper") return limit_class::scraper;
    if (path.starts_with("/ai/") || path == "/ai") return limit_class::ai;
    if (path.starts_with("/jobs/") && (path.ends_with("/score") || path.ends_with("/score/"))) return limit_class::ai;
    return limit_class::standard;
}

const ports::throttle_limit& limit_of(const rate_limits& limits, limit_class k) {
    switch (k) {
        case limit_class::standard: return limits.standard;
        case limit_class::auth: return limits.auth;
        case limit_class::scraper: return limits.scraper;
        case limit_class::ai: return limits.ai;
    }
    return limits.standard;
}

}  // namespace

filter rate_limit_filter(const context& c) {
    return [&c](request& req, const next_step& next) {
        const auto& prefix = c.options.prefix;
        const std::string_view path =
            std::string_view{req.path}.substr(std::min(req.path.size(), prefix.size()));
        const auto k = class_of(path);
        const auto& limit = limit_of(c.options.limits, k);
        const auto verdict =
            c.services.seeker.throttle.hit("pipeline:" + std::string{name_of(k)} + ":" + req.remote_address, limit);
        const auto retry_after = std::max<long long>(1, verdict.retry_after.count());

        response r = verdict.allowed
                         ? next(req)
                         : error_reply(req, domain::error::rate_limited("Too many requests", verdict.retry_after));
        const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                             c.services.seeker.clock.now().time_since_epoch()).count();
        r.set_header("X-RateLimit-Limit", std::to_string(limit.limit));
        r.set_header("X-RateLimit-Remaining", std::to_string(verdict.remaining));
        r.set_header("X-RateLimit-Reset", std::to_string(now + retry_after));
        return r;
    };
}

}  // namespace offertracker::adapters::http::pipeline_api

// The Pipeline API (seed 001, docs/pipeline.md) on a router: the seeker's jobs in the Pipeline dialect, its
// accounts, scoring and insights, the posting importer and the analytics, all under one prefix (default /api).
//
// GET    /health                       public                {"data": {"status", "version"}}
// POST   /auth/signup                  public, auth class    201 {"data": {"user", "token"}}
// POST   /auth/login                   public, auth class    {"data": {"user", "token", "expires_at"}} + cookie
// POST   /auth/logout                  auth class            {"data": {"message"}}, cookie cleared
// GET    /jobs                         list with filters     {"data": [job], "total", "page", "limit", "has_more"}
// POST   /jobs                                               201 {"data": job}
// GET    /jobs/{id}, PATCH, DELETE     DELETE is soft        {"data": job}
// POST   /jobs/{id}/restore                                  {"data": job}
// POST   /jobs/{id}/score              ai class              {"data": {"job_id", "ai_match_score", "band", ...}}
// GET    /ai/insights?type=&limit=     ai class              {"data": [insight]}
// POST   /scraper/jobs {url}           scraper class         202 {"data": run}
// GET    /scraper/runs/{id}            scraper class         {"data": run}
// POST   /scraper/parse {html, url?}   scraper class         201/200 {"data": {"job", "created"}}
// GET    /analytics/dashboard                                {"data": {camelCase numbers}}
// GET    /analytics/timeline?period=                         {"data": [point]}
#pragma once

#include <chrono>
#include <string>

#include <offertracker/http/router.hpp>
#include <offertracker/pipeline/services.hpp>
#include <offertracker/ports/throttle.hpp>

namespace offertracker::adapters::http::pipeline_api {

// Per client address, one window per class (docs/pipeline.md §3).
struct rate_limits {
    ports::throttle_limit standard{100, std::chrono::minutes{1}};
    ports::throttle_limit auth{5, std::chrono::minutes{1}};
    ports::throttle_limit scraper{10, std::chrono::hours{1}};
    ports::throttle_limit ai{20, std::chrono::hours{1}};
};

struct api_options {
    std::string prefix = "/api";
    bool secure_cookies = false;      // the login cookie's Secure attribute
    std::chrono::seconds token_lifetime{std::chrono::hours{24}};  // the token service's, for expires_at and the cookie
    rate_limits limits;
};

// Mounts every route at options.prefix with the Pipeline error shape and the rate-limit filter. The rate limits
// count in services.seeker.throttle under keys of their own.
void mount_api(router& r, const api_options& options, pipeline::services& services);

}  // namespace offertracker::adapters::http::pipeline_api

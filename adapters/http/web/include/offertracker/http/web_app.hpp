// The interview-prep web (seed 003): a server-rendered site at the server root where a seeker signs in, prepares a
// practice session (optionally from one of their OfferTracker applications), uploads a CV and a job description,
// answers up to 8 questions one at a time and reads the feedback.
//
// HTML (mustache templates compiled into the binary, no JavaScript) by default; JSON when the Accept header names
// application/json. Errors are {"error": "...", "type": "ValidationError" | "AuthenticationError" |
// "PermissionError" | "NotFoundError" | "ConflictError" | "RateLimitError" | ...}, or an HTML page for a client
// whose Accept names text/html. Signing in sets the cookie `session` (HttpOnly, SameSite=Lax, Path=/, Max-Age,
// Secure when configured); every state-changing request with a foreign Origin (or, without one, a foreign Referer)
// is refused 403.
//
//   GET  /                        landing page (Accept names text/html), else options.api_root
//   GET  /static/site.css         the stylesheet
//   GET|POST /signup, GET|POST /login, POST /logout
//   GET  /dashboard               5 most recent sessions {"recent_sessions": [...]}, scores, applications
//   GET  /sessions?page=N         {"sessions": [...], "total", "page"}
//   GET  /session/new[?application_id=]   the create form (prefilled from an application)
//   POST /session/create          302 /session/{id}/upload; JSON {"redirect", "session_id"}
//   POST /session/{id}/delete     303 /sessions; DELETE /session/{id} 204
//   GET  /session/{id}/upload, POST /session/{id}/upload-cv (multipart cv_file), POST /session/{id}/upload-job
//   GET  /session/{id}/interview, POST /session/{id}/message (answer), POST /session/{id}/complete
//   GET  /session/{id}/feedback, POST /session/{id}/retry (position), POST /session/{id}/save-questions (stage_id)
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <offertracker/http/router.hpp>
#include <offertracker/prep/services.hpp>

namespace offertracker::adapters::http::web {

struct web_options {
    bool secure_cookies = false;  // add Secure to the session cookie (set when the site is served over TLS)
    std::vector<std::string> trusted_origins;  // extra origins allowed to POST besides the request's own
    handler api_root;  // what non-browser clients get at GET / (the OfferTracker welcome JSON); empty: 404
};

// Registers the site's routes, filters (same-origin check, Content-Security-Policy on HTML) and error shape on the
// root mount. Call it before any other surface mounts routes at the root, so the root's router errors (404, 405,
// 413, 500, 503) take this surface's shape; the OfferTracker API then mounts with mount_welcome off and its
// welcome() is options.api_root. Templates are parsed here; a broken template throws
// std::runtime_error. The services must outlive the router; handlers block on the store (run them off I/O
// threads, as the server's worker pool does).
void mount_web(router& r, const web_options& options, prep::services& services);

}  // namespace offertracker::adapters::http::web

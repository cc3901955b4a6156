// Mounting the web surface at the server root: its filters, error shape, schemas and routes.
#include <offertracker/http/web_app.hpp>

#include <algorithm>
#include <memory>

#include <offertracker/http/kit/json_schema.hpp>
#include <offertracker/http/kit/same_origin.hpp>

#include "routes.hpp"

namespace offertracker::adapters::http::web {
namespace {

constexpr std::string_view content_security_policy =
    "default-src 'self'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

// Every HTML response of the root mount gets the policy unless it set its own (Swagger UI's /docs does).
filter html_policy() {
    return [](request& req, const next_step& next) {
        auto res = next(req);
        const auto type = res.header("Content-Type");
        if (type && type->substr(0, 9) == "text/html") {
            if (!res.header("Content-Security-Policy"))
                res.set_header("Content-Security-Policy", content_security_policy);
            if (!res.header("Referrer-Policy")) res.set_header("Referrer-Policy", "same-origin");
        }
        return res;
    };
}

}  // namespace

kit::doc web_doc(std::string summary) {
    return kit::doc("Interview prep", std::move(summary)).error_shape("WebError", 400);
}

void add_form_state(mustache::data& d, const text_fields& values, std::initializer_list<std::string_view> shown,
                    const std::optional<domain::error>& e) {
    for (const auto name : shown) {
        if (name != "password") d.set(std::string(name) + "_value", text_of(values, name));
    }
    if (!e) return;
    std::string form_error;
    for (const auto& [field, message] : field_messages(*e)) {
        const bool on_form = std::find(shown.begin(), shown.end(), field) != shown.end();
        if (on_form) {
            d.set(field + "_error", message);
        } else if (form_error.empty()) {
            form_error = message;
        }
    }
    if (!form_error.empty()) d.set("form_error", form_error);
}

response form_failure(const context& c, const request& req, std::string_view page, mustache::data d,
                      const domain::error& e) {
    if (!wants_html(req)) return error_reply(c, req, e);
    auto out = html_page(c, error_status(e.kind), page, d);
    if (e.retry_after) out.set_header("Retry-After", std::to_string(std::max<long long>(1, e.retry_after->count())));
    return out;
}

void register_schemas(mount& m) {
    using namespace kit::schemas;
    add(m, "WebError", object_of({{"error", text(), true}, {"type", text(), true}}));
    add(m, "Redirect", object_of({{"redirect", text(), true}}));
    add(m, "SignUp", object_of({{"email", text(), true}, {"username", text(), true}, {"password", text(), true}}));
    add(m, "SignIn", object_of({{"email", text(), true}, {"password", text(), true}}));
    const auto user = object_of({{"id", text(), true}, {"email", text(), true}, {"username", text(), true}});
    add(m, "SignedIn", object_of({{"redirect", text(), true}, {"user", user, true}}));
    const auto session = object_of({{"id", integer(), true},
                                    {"job_title", text(200), true},
                                    {"company_name", text(200), true},
                                    {"created_at", instant(), true},
                                    {"cv_text", or_null(text()), true},
                                    {"job_description_text", or_null(text()), true}});
    add(m, "SessionSummary", session);
    add(m, "Dashboard", object_of({{"recent_sessions", list_of(ref("SessionSummary")), true}}));
    add(m, "SessionList", object_of({{"sessions", list_of(ref("SessionSummary")), true},
                                     {"total", integer(0), true},
                                     {"page", integer(1), true}}));
    add(m, "SessionCreate", object_of({{"job_title", text(1, 200), true},
                                       {"company_name", text(1, 200), true},
                                       {"application_id", text()},
                                       {"job_description", text(50, 10000)}}));
    add(m, "SessionCreated", object_of({{"redirect", text(), true}, {"session_id", integer(), true}}));
    add(m, "Session", any_object());
    add(m, "CvUpload", object_of({{"cv_file", json::object{{"type", "string"}, {"format", "binary"}}, true}}));
    add(m, "JobDescription", object_of({{"job_description", text(50, 10000), true}}));
    add(m, "Answer", object_of({{"answer", text(1, 5000), true}}));
    add(m, "Interview", object_of({{"session_id", integer(), true},
                                   {"question", or_null(any_object()), true},
                                   {"question_count", integer(0), true},
                                   {"max_questions", integer(1), true},
                                   {"is_complete", boolean(), true},
                                   {"turns", list_of(any_object()), true}}));
    add(m, "Feedback", any_object());
    add(m, "Completed", object_of({{"redirect", text(), true}, {"feedback", ref("Feedback"), true}}));
    add(m, "Retry", object_of({{"position", integer(0), true}}));
    add(m, "SaveQuestions", object_of({{"stage_id", text(), true}}));
}

void mount_web(router& r, const web_options& options, prep::services& services) {
    // Handlers and the renderer capture the context by reference: the router keeps it alive.
    auto shared = std::make_shared<const context>(context{services, options, pages{}});
    r.retain(shared);
    const context& c = *shared;
    auto& root = r.mount_at("", [&c](const request& req, unsigned status, std::string_view message) {
        return render_error(c, req, status, message);
    });
    root.add_filter(html_policy());
    root.add_filter(kit::same_origin(options.trusted_origins));
    register_schemas(root);
    add_site_routes(root, c);
    root.get("/static/site.css", [&c](const request&, const path_params&) {
        response res{200, {}, std::string(c.site.stylesheet())};
        res.set_header("Content-Type", "text/css; charset=utf-8");
        res.set_header("Cache-Control", "public, max-age=86400");
        return res;
    }, web_doc("The site's stylesheet").returns(200, "text/css"));
    add_account_routes(root, c);
    add_dashboard_routes(root, c);
    add_session_routes(root, c);
    add_interview_routes(root, c);
}

}  // namespace offertracker::adapters::http::web

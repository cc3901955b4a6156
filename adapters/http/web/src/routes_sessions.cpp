// Creating and deleting practice sessions, and adding their CV and job description.
#include <offertracker/http/kit/query_reader.hpp>
#include <offertracker/http/multipart.hpp>
#include <offertracker/text/ascii.hpp>

#include "routes.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::web {
namespace {

// The create form's fields, in the order their errors are reported.
const std::initializer_list<std::string_view> create_fields{"job_title", "company_name", "application_id",
                                                            "job_description"};

mustache::data new_session_data(const text_fields& values, const std::optional<domain::error>& e) {
    auto d = page_data("New practice session", true);
    add_form_state(d, values, create_fields, e);
    d.set("from_application", !text_of(values, "application_id").empty());
    return d;
}

mustache::data upload_data(const prep::practice_session& s, const text_fields& values,
                           const std::optional<domain::error>& e) {
    auto d = page_data("Add your CV and the job description", true);
    d.set("session", session_item(s));
    d.set("cv_filename", s.cv_filename.value_or(""));
    d.set("cv_text", s.cv_text.value_or(""));
    d.set("has_cv", s.cv_text.has_value());
    d.set("has_job_description", s.job_description_text.has_value());
    d.set("ready", s.cv_text.has_value() && s.job_description_text.has_value());
    d.set("action_cv", session_href(s.id, "upload-cv"));
    d.set("action_job", session_href(s.id, "upload-job"));
    d.set("interview_href", session_href(s.id, "interview"));
    text_fields shown = values;
    if (!shown.contains("job_description")) shown.emplace("job_description", s.job_description_text.value_or(""));
    add_form_state(d, shown, {"cv_file", "job_description"}, e);
    return d;
}

// The upload page again with the error next to its field, or the error alone for a JSON client. The session is
// read first, so someone else's (or a missing) one answers 403 (404) whatever the form held.
response upload_failure(const context& c, const request& req, const actor& who, prep::session_id id,
                        const text_fields& values, const domain::error& e) {
    auto session = prep::get_session(c.services, who, id);
    if (!session) return error_reply(c, req, session.error());
    return form_failure(c, req, "upload", upload_data(*session, values, e), e);
}

response session_saved(const context& c, const request& req, const domain::result<prep::practice_session>& r,
                       const actor& who, prep::session_id id, const text_fields& values) {
    if (!r) return upload_failure(c, req, who, id, values, r.error());
    if (wants_json(req)) return json_page(200, json::object{{"session", session_json(*r)}});
    return see_other(session_href(id, "upload"));
}

domain::error file_error(domain::field_code code) {
    return domain::error::validation({{.path = {"cv_file"}, .code = code}});
}

// The uploaded CV, or the error to answer: no multipart body or no cv_file part is "No file uploaded".
domain::result<prep::cv_upload> read_cv(const request& req) {
    const auto type = req.header("Content-Type").value_or("");
    constexpr std::string_view multipart = "multipart/form-data";
    if (type.size() < multipart.size() || !iequals(type.substr(0, multipart.size()), multipart))
        return file_error(domain::field_code::missing);
    const auto parsed = parse_multipart(type, req.body);
    if (!parsed) return domain::error::rule_violation("The upload could not be read");
    const auto* part = parsed.find("cv_file");
    if (!part || !part->filename || (part->filename->empty() && part->data.empty()))
        return file_error(domain::field_code::missing);
    return prep::cv_upload{part->data, part->content_type, *part->filename};
}

}  // namespace

domain::error input_error(const context& c, const actor& who, prep::session_id id, domain::error e) {
    if (auto session = prep::get_session(c.services, who, id); !session) return session.error();
    return e;
}

void add_session_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.get("/session/new", authed(c, [&c, &s](const request& req, const path_params&, const actor& who) {
        kit::query_reader query(req.query);
        const auto application = query.string("application_id");
        if (auto e = std::move(query).finish()) return error_reply(c, req, *e);
        text_fields values;
        if (application && !application->empty()) {
            auto draft = prep::draft_from_application(s, who, *application);
            if (!draft) return error_reply(c, req, draft.error());
            values = {{"job_title", draft->job_title},
                      {"company_name", draft->company_name},
                      {"application_id", *application},
                      {"job_description", draft->job_description.value_or("")}};
        }
        if (wants_json(req)) {
            json::object out;
            for (const auto name : create_fields) out[name] = text_of(values, name);
            return json_page(200, out);
        }
        return html_page(c, 200, "session_new", new_session_data(values, std::nullopt));
    }), web_doc("The create form, prefilled from one of the seeker's applications")
            .query("application_id", R"({"type":"string"})", "The OfferTracker application to prepare for")
            .returns(200, "An HTML page, or the prefilled fields", "SessionCreate").errors({401, 403, 404}));

    m.post("/session/create", authed(c, [&c, &s](const request& req, const path_params&, const actor& who) {
        auto fields = read_fields(req, create_fields);
        const auto fail = [&](const text_fields& sent, const domain::error& e) {
            return form_failure(c, req, "session_new", new_session_data(sent, e), e);
        };
        if (!fields) return fail({}, fields.error());
        prep::create_session_command cmd{.job_title = text_of(*fields, "job_title"),
                                         .company_name = text_of(*fields, "company_name")};
        if (auto id = optional_text(*fields, "application_id"); id && !text::is_blank(*id)) cmd.application_id = *id;
        if (auto description = optional_text(*fields, "job_description"); description && !text::is_blank(*description))
            cmd.job_description = *description;
        auto made = prep::create_session(s, who, cmd);
        if (!made) return fail(*fields, made.error());
        const auto next = session_href(made->id, "upload");
        if (wants_json(req)) return json_page(200, json::object{{"redirect", next}, {"session_id", made->id}});
        return response::redirect(302, next);
    }), web_doc("Create a session (job_title and company_name up to 200 characters; application_id and "
                "job_description optional)").body("SessionCreate", "application/x-www-form-urlencoded")
            .returns(200, "JSON clients: where to go next", "SessionCreated")
            .returns(302, "To /session/{id}/upload").errors({400, 401, 403, 404}));

    m.post("/session/{id}/delete", authed(c, [&c, &s](const request& req, const path_params& p, const actor& who) {
        const auto id = session_path_id(p);
        if (!id) return error_reply(c, req, id.error());
        if (auto done = prep::delete_session(s, who, *id); !done) return error_reply(c, req, done.error());
        if (wants_json(req)) return json_page(200, json::object{{"redirect", "/sessions"}});
        return see_other("/sessions");
    }), web_doc("Delete a session (the form's way)").returns(200, "JSON clients: where to go", "Redirect")
            .returns(303, "To /sessions").errors({401, 403, 404}));

    m.del("/session/{id}", authed(c, [&c, &s](const request& req, const path_params& p, const actor& who) {
        const auto id = session_path_id(p);
        if (!id) return error_reply(c, req, id.error());
        if (auto done = prep::delete_session(s, who, *id); !done) return error_reply(c, req, done.error());
        response out;
        out.status = 204;
        return out;
    }), web_doc("Delete a session").returns(204, "Deleted").errors({401, 403, 404}));

    m.get("/session/{id}/upload", authed(c, [&c, &s](const request& req, const path_params& p, const actor& who) {
        const auto id = session_path_id(p);
        if (!id) return error_reply(c, req, id.error());
        auto session = prep::get_session(s, who, *id);
        if (!session) return error_reply(c, req, session.error());
        if (wants_json(req)) return json_page(200, json::object{{"session", session_json(*session)}});
        return html_page(c, 200, "upload", upload_data(*session, {}, std::nullopt));
    }), web_doc("The CV and job description forms of a session").returns(200, "An HTML page, or the session", "Session")
            .errors({401, 403, 404}));

    // A CV over the limit still gets its 400 up to the multipart overhead; above it, 413 unread. Only a request
    // with a session cookie this server issued may send more than the server's default body limit.
    const std::size_t upload_cap = prep::max_cv_bytes + 256 * 1024;
    m.post("/session/{id}/upload-cv", authed(c, [&c, &s](const request& req, const path_params& p, const actor& who) {
        const auto id = session_path_id(p);
        if (!id) return error_reply(c, req, id.error());
        auto file = read_cv(req);
        if (!file) return upload_failure(c, req, who, *id, {}, file.error());
        return session_saved(c, req, prep::upload_cv(s, who, *id, *file), who, *id, {});
    }), web_doc("Upload the CV (multipart cv_file: .pdf, .docx or .txt; at least 50 characters of text)")
            .body("CvUpload", "multipart/form-data")
            .body_limit(upload_cap, [&c](const request& head) { return has_signed_cookie(c, head); })
            .returns(200, "JSON clients: the session", "Session").returns(303, "To the upload page")
            .errors({400, 401, 403, 404}));

    m.post("/session/{id}/upload-job", authed(c, [&c, &s](const request& req, const path_params& p, const actor& who) {
        const auto id = session_path_id(p);
        if (!id) return error_reply(c, req, id.error());
        auto fields = read_fields(req, {"job_description"});
        if (!fields) return upload_failure(c, req, who, *id, {}, fields.error());
        const auto saved = prep::set_job_description(s, who, *id, text_of(*fields, "job_description"));
        return session_saved(c, req, saved, who, *id, *fields);
    }), web_doc("Set the job description (50 to 10,000 characters)")
            .body("JobDescription", "application/x-www-form-urlencoded")
            .returns(200, "JSON clients: the session", "Session").returns(303, "To the upload page")
            .errors({400, 401, 403, 404}));
}

}  // namespace offertracker::adapters::http::web

// Practice sessions through the web: create (every message), the dashboard and the list, delete, the form prefilled
// from an application, the CV and job description uploads, and 403/404 on every session route.
#include "../support/documents.hpp"
#include "web_fixture.hpp"

using namespace offertracker::web_test;
using offertracker::testing::docx_of;
using offertracker::testing::pdf_of;

namespace {

std::string session_path(long long id, std::string_view suffix = {}) {
    return "/session/" + std::to_string(id) + std::string(suffix);
}

}  // namespace

TEST_CASE("web create session: 302 to the upload page, JSON's redirect and session_id", "[web][sessions]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        auto r = s.form("/session/create", {{"job_title", "Senior Software Engineer"}, {"company_name", "TechCorp Inc"}},
                        &ada, "");  // as the seed's curl example sends it
        CHECK(r.status == 302);
        const auto location = r.header("Location").value_or("");
        CHECK(location.rfind("/session/", 0) == 0);
        CHECK(contains(location, "/upload"));

        r = s.post_json("/session/create", R"({"job_title":"Frontend Developer","company_name":"StartupXYZ"})", &ada);
        INFO(r.raw);
        CHECK(r.status == 200);
        REQUIRE(r["session_id"].is_int64());
        const auto id = r["session_id"].as_int64();
        CHECK(r.body == json::value(json::object{{"redirect", session_path(id, "/upload")}, {"session_id", id}}));
        CHECK("/session/" + std::to_string(id - 1) + "/upload" == location);

        r = s.form("/session/create", {{"job_title", "QA"}, {"company_name", "Acme"}}, &ada, "application/json");
        CHECK(r.status == 200);
        CHECK(r["session_id"].as_int64() == id + 1);
    });
}

TEST_CASE("web create session: the seed's messages, first failing field first, next to the field in HTML",
          "[web][sessions]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        const std::string long_text(201, 'x');
        const std::string at_limit(200, 'x');
        const auto create = [&](const std::string& body) { return s.post_json("/session/create", body, &ada); };
        check_error(create(R"({"company_name":"Acme"})"), 400, "Job title cannot be empty", "ValidationError");
        check_error(create(R"({"job_title":"   ","company_name":"Acme"})"), 400, "Job title cannot be empty", "ValidationError");
        check_error(create(R"({"job_title":"Engineer"})"), 400, "Company name cannot be empty", "ValidationError");
        check_error(create(R"({"job_title":"Engineer","company_name":""})"), 400, "Company name cannot be empty", "ValidationError");
        check_error(create(R"({})"), 400, "Job title cannot be empty", "ValidationError");
        check_error(create(R"({"job_title":"","company_name":")" + long_text + R"("})"), 400, "Job title cannot be empty",
                    "ValidationError");
        check_error(create(R"({"job_title":")" + long_text + R"(","company_name":"Acme"})"), 400,
                    "Job title too long (max 200 characters)", "ValidationError");
        check_error(create(R"({"job_title":"Engineer","company_name":")" + long_text + R"("})"), 400,
                    "Company name too long (max 200 characters)", "ValidationError");
        // 200 characters, counted as characters: 200 two-byte letters are allowed.
        std::string accented;
        for (int i = 0; i < 200; ++i) accented += "\xC3\xA9";
        CHECK(create(R"({"job_title":")" + at_limit + R"(","company_name":")" + accented + R"("})").status == 200);

        // Wrong types, bodies that do not parse, text that is not UTF-8.
        check_error(create(R"({"job_title":42,"company_name":"Acme"})"), 400, "Job title must be a string", "ValidationError");
        check_error(create(R"({"job_title":["a"],"company_name":"Acme"})"), 400, "Job title must be a string", "ValidationError");
        check_error(create(R"({"job_title":"Engineer","company_name":null})"), 400, "Company name cannot be empty",
                    "ValidationError");
        check_error(create(R"({"job_title":)"), 400, "Request body is not valid JSON", "ValidationError");
        check_error(create(R"(["job_title"])"), 400, "Request body must be a JSON object", "ValidationError");
        auto r = s.send("POST", "/session/create", "job_title=%ff%fe&company_name=Acme",
                        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}}, &ada);
        check_error(r, 400, "Job title must be valid UTF-8 text", "ValidationError");
        r = s.send("POST", "/session/create", "job_title=%zz&company_name=Acme",
                   {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}}, &ada);
        check_error(r, 400, "The form could not be read", "ValidationError");

        // HTML: the form again, the message next to its field, what was typed kept.
        r = s.form("/session/create", {{"job_title", ""}, {"company_name", "Acme & Sons"}}, &ada);
        INFO(r.raw);
        CHECK(r.status == 400);
        CHECK(contains(r.raw, "<p class=\"field-error\" id=\"job_title-error\">Job title cannot be empty</p>"));
        CHECK(contains(r.raw, "aria-describedby=\"job_title-error\""));
        CHECK(contains(r.raw, "value=\"Acme &amp; Sons\""));
        r = s.form("/session/create", {{"job_title", "Engineer"}, {"company_name", long_text}}, &ada);
        CHECK(r.status == 400);
        CHECK(contains(r.raw, "id=\"company_name-error\">Company name too long (max 200 characters)</p>"));
        CHECK(s.get_json("/sessions", &ada)["total"] == 1);  // only the valid one above was made
    });
}

TEST_CASE("web dashboard: the 5 most recent sessions newest first, in the seed's shape", "[web][sessions]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        const auto grace = s.sign_up("grace");
        s.create_session(grace, "Not Ada's", "Other");
        std::vector<long long> ids;
        for (int i = 1; i <= 7; ++i) ids.push_back(s.create_session(ada, "Role " + std::to_string(i), "Company " + std::to_string(i)));
        const auto r = s.get_json("/dashboard", &ada);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(r.body.as_object().size() == 1);
        const auto& recent = r["recent_sessions"].as_array();
        REQUIRE(recent.size() == 5);
        for (std::size_t i = 0; i < 5; ++i) CHECK(recent[i].at("id") == ids[6 - i]);
        const auto& first = recent[0].as_object();
        std::vector<std::string> keys;
        for (const auto& [k, v] : first) keys.emplace_back(k);
        std::sort(keys.begin(), keys.end());
        CHECK(keys == std::vector<std::string>{"company_name", "created_at", "cv_text", "id", "job_description_text",
                                               "job_title"});
        CHECK(first.at("job_title") == "Role 7");
        CHECK(first.at("cv_text").is_null());
        CHECK(first.at("job_description_text").is_null());
        const auto created = str(first.at("created_at"));
        CHECK(created.size() == 20);
        CHECK(created.back() == 'Z');
        CHECK(created[10] == 'T');

        const auto page = s.page("/dashboard", &ada);
        CHECK(page.status == 200);
        CHECK(contains(page.raw, "Role 7 at Company 7"));
        CHECK(contains(page.raw, "Role 3 at Company 3"));
        CHECK_FALSE(contains(page.raw, "Role 2 at Company 2"));
        CHECK_FALSE(contains(page.raw, "Not Ada"));
        CHECK(contains(page.raw, "<label for=\"job_title\">Job title</label>"));
        CHECK(contains(page.raw, "<label for=\"company_name\">Company name</label>"));
        CHECK(contains(page.raw, "href=\"/sessions\""));
    });
}

TEST_CASE("web sessions: every session paged, and delete by form and by DELETE", "[web][sessions]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        std::vector<long long> ids;
        for (int i = 0; i < 12; ++i) ids.push_back(s.create_session(ada, "Role " + std::to_string(i)));
        auto r = s.get_json("/sessions", &ada);
        CHECK(r["total"] == 12);
        CHECK(r["page"] == 1);
        CHECK(r["sessions"].as_array().size() == 10);
        CHECK(r["sessions"].as_array().front().at("id") == ids.back());
        r = s.get_json("/sessions?page=2", &ada);
        CHECK(r["page"] == 2);
        REQUIRE(r["sessions"].as_array().size() == 2);
        CHECK(r["sessions"].as_array().back().at("id") == ids.front());
        CHECK(s.get_json("/sessions?page=3", &ada)["sessions"].as_array().empty());
        check_error(s.get_json("/sessions?page=0", &ada), 400, "Page must be at least 1", "ValidationError");
        check_error(s.get_json("/sessions?page=abc", &ada), 400, "Page must be a whole number", "ValidationError");

        auto page = s.page("/sessions", &ada);
        CHECK(contains(page.raw, "href=\"/sessions?page=2\""));
        CHECK(contains(page.raw, "action=\"/session/" + std::to_string(ids.back()) + "/delete\""));

        r = s.form(session_path(ids[0], "/delete"), {}, &ada);
        CHECK(r.status == 303);
        CHECK(r.header("Location") == "/sessions");
        r = s.send("DELETE", session_path(ids[1]), {}, {{"Accept", "application/json"}}, &ada);
        CHECK(r.status == 204);
        CHECK(s.get_json("/sessions", &ada)["total"] == 10);
        check_error(s.get_json(session_path(ids[0], "/upload"), &ada), 404, "Session not found", "NotFoundError");
        check_error(s.send("DELETE", session_path(ids[1]), {}, {{"Accept", "application/json"}}, &ada), 404,
                    "Session not found", "NotFoundError");
    });
}

TEST_CASE("web sessions: another seeker's session is 403 and a missing one 404 on every session route",
          "[web][sessions]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        const auto grace = s.sign_up("grace");
        const auto theirs = s.create_session(grace);
        const auto mine = s.create_session(ada);
        for (const auto& route : session_routes()) {
            INFO(route.method << " " << route.suffix);
            const test_headers headers{{"Accept", "application/json"},
                                       {"Content-Type", "application/x-www-form-urlencoded"}};
            // Even with a form the route would refuse: ownership is decided first.
            check_error(s.send(route.method, session_path(theirs, route.suffix), "", headers, &ada), 403,
                        "You do not have access to this session", "PermissionError");
            check_error(s.send(route.method, session_path(mine + 1000, route.suffix), "", headers, &ada), 404,
                        "Session not found", "NotFoundError");
            for (const std::string bad : {"abc", "1.5", "-1", "0", "+1", "99999999999999999999999"}) {
                INFO(bad);
                check_error(s.send(route.method, "/session/" + bad + route.suffix, "", headers, &ada), 404,
                            "Session not found", "NotFoundError");
            }
            // Without a session: 401 for JSON.
            check_error(s.send(route.method, session_path(mine, route.suffix), "", headers), 401, "Not authenticated",
                        "AuthenticationError");
        }
        // Browsers get the error page.
        const auto r = s.page(session_path(theirs, "/upload"), &ada);
        CHECK(r.status == 403);
        CHECK(contains(r.raw, "You do not have access to this session"));
        // Grace's session is untouched.
        CHECK(s.get_json(session_path(theirs, "/upload"), &grace).status == 200);
    });
}

TEST_CASE("web session/new: prefilled from the seeker's application, linked to it", "[web][sessions]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        const auto token = s.api_token(ada);
        const auto app = s.api_post("/applications/", json::serialize(json::object{
                                                          {"company_name", "Initech"},
                                                          {"role_title", "Platform Engineer"},
                                                          {"description", std::string(job_description)}}),
                                    token);
        const auto app_id = str(app.at("id"));

        auto r = s.page("/dashboard", &ada);
        CHECK(contains(r.raw, "href=\"/session/new?application_id=" + app_id + "\""));
        r = s.page("/session/new?application_id=" + app_id, &ada);
        INFO(r.raw);
        CHECK(r.status == 200);
        CHECK(contains(r.raw, "value=\"Platform Engineer\""));
        CHECK(contains(r.raw, "value=\"Initech\""));
        CHECK(contains(r.raw, "name=\"application_id\" value=\"" + app_id + "\""));
        CHECK(contains(r.raw, std::string(job_description)));
        r = s.get_json("/session/new?application_id=" + app_id, &ada);
        CHECK(r["job_title"] == "Platform Engineer");
        CHECK(str(r["job_description"]) == job_description);

        r = s.form("/session/create", {{"job_title", "Platform Engineer"}, {"company_name", "Initech"},
                                       {"application_id", app_id}, {"job_description", std::string(job_description)}},
                   &ada, "application/json");
        INFO(r.raw);
        REQUIRE(r.status == 200);
        const auto id = r["session_id"].as_int64();
        r = s.get_json(session_path(id, "/upload"), &ada);
        CHECK(str(r.body.at_pointer("/session/application_id")) == app_id);
        CHECK(str(r.body.at_pointer("/session/job_description_text")) == job_description);

        // Not an application of hers: the application's own errors.
        const auto grace = s.sign_up("grace");
        r = s.get_json("/session/new?application_id=" + app_id, &grace);
        CHECK((r.status == 403 || r.status == 404));
        check_error(s.get_json("/session/new?application_id=no-such-app", &ada), 404, "Application not found",
                    "NotFoundError");
        CHECK(s.page("/session/new", &ada).status == 200);  // a blank form
    });
}

TEST_CASE("web upload-job: the job description's messages, 303 back to the upload page", "[web][sessions]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        const auto id = s.create_session(ada);
        const auto path = session_path(id, "/upload-job");
        const auto send = [&](const std::string& text) {
            return s.form(path, {{"job_description", text}}, &ada, "application/json");
        };
        check_error(send(""), 400, "Job description cannot be empty", "ValidationError");
        check_error(send("   \n "), 400, "Job description cannot be empty", "ValidationError");
        check_error(s.form(path, {}, &ada, "application/json"), 400, "Job description cannot be empty", "ValidationError");
        check_error(send(std::string(49, 'x')), 400, "Job description too short (min 50 characters)", "ValidationError");
        check_error(send(std::string(10001, 'x')), 400, "Job description too long (max 10000 characters)",
                    "ValidationError");
        check_error(s.post_json(path, R"({"job_description":12345})", &ada), 400, "Job description must be a string",
                    "ValidationError");

        auto r = s.form(path, {{"job_description", ""}}, &ada);
        CHECK(r.status == 400);
        CHECK(contains(r.raw, "id=\"job_description-error\">Job description cannot be empty</p>"));

        r = s.form(path, {{"job_description", std::string(job_description)}}, &ada);
        CHECK(r.status == 303);
        CHECK(r.header("Location") == session_path(id, "/upload"));
        r = send(std::string(10000, 'y'));
        CHECK(r.status == 200);
        CHECK(str(r.body.at_pointer("/session/job_description_text")) == std::string(10000, 'y'));
        r = s.post_json(path, json::serialize(json::object{{"job_description", job_description}}), &ada);
        CHECK(r.status == 200);
        CHECK(str(s.get_json("/dashboard", &ada).body.at_pointer("/recent_sessions/0/job_description_text")) == job_description);
    });
}

TEST_CASE("web upload-cv: a real PDF, DOCX and TXT; a PNG, no file, too little text refused", "[web][sessions]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        const auto id = s.create_session(ada);
        const auto path = session_path(id, "/upload-cv");
        const auto upload = [&](std::string data, std::string filename, std::string type) {
            return s.upload(path, {{"cv_file", std::move(data), std::move(filename), std::move(type)}}, &ada);
        };

        auto r = upload(pdf_of({"Ada Lovelace", "Backend engineer: C++, PostgreSQL, Kubernetes.",
                                "Six years shipping payment services."}),
                        "cv.pdf", std::string(pdf_type));
        INFO(r.raw);
        CHECK(r.status == 200);
        CHECK(contains(str(r.body.at_pointer("/session/cv_text")), "PostgreSQL"));
        CHECK(r.body.at_pointer("/session/cv_filename") == "cv.pdf");

        r = upload(docx_of({"Grace Hopper", "Compiler engineer with COBOL and distributed systems experience."}),
                   "cv.docx", std::string(docx_type));
        CHECK(r.status == 200);
        CHECK(contains(str(r.body.at_pointer("/session/cv_text")), "COBOL"));

        r = s.upload(path, {{"cv_file", std::string(cv_text), "cv.txt", "text/plain"}}, &ada, html);
        CHECK(r.status == 303);
        CHECK(r.header("Location") == session_path(id, "/upload"));
        CHECK(str(s.get_json("/dashboard", &ada).body.at_pointer("/recent_sessions/0/cv_text")) == cv_text);
        auto upload_page = s.page(session_path(id, "/upload"), &ada);
        CHECK(contains(upload_page.raw, "Uploaded: cv.txt"));
        CHECK(contains(upload_page.raw, std::string(cv_text).substr(0, 40)));
        CHECK(contains(upload_page.raw, "enctype=\"multipart/form-data\""));
        CHECK_FALSE(contains(upload_page.raw, "class=\"button\" href=\"" + session_path(id, "/interview")));
        REQUIRE(s.form(session_path(id, "/upload-job"), {{"job_description", std::string(job_description)}}, &ada)
                    .status == 303);
        upload_page = s.page(session_path(id, "/upload"), &ada);
        CHECK(contains(upload_page.raw, "class=\"button\" href=\"" + session_path(id, "/interview") + "\""));
        CHECK(contains(upload_page.raw, std::string(job_description) + "</textarea>"));

        const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        r = upload(png, "photo.png", "image/png");
        CHECK(r.status == 400);
        CHECK(r["type"] == "ValidationError");
        CHECK_FALSE(str(r["error"]).empty());

        check_error(upload("too short", "cv.txt", "text/plain"), 400, "CV text too short (min 50 characters)",
                    "ValidationError");
        check_error(s.upload(path, {{"notes", "no file here"}}, &ada), 400, "No file uploaded", "ValidationError");
        check_error(s.form(path, {{"cv_file", "x"}}, &ada, "application/json"), 400, "No file uploaded", "ValidationError");
        r = s.send("POST", path, "not multipart at all",
                   {{"Content-Type", "multipart/form-data; boundary=xyz"}, {"Accept", "application/json"}}, &ada);
        check_error(r, 400, "The upload could not be read", "ValidationError");

        // A browser sees the message next to the file field.
        r = s.upload(path, {{"cv_file", "too short", "cv.txt", "text/plain"}}, &ada, html);
        CHECK(r.status == 400);
        CHECK(contains(r.raw, "id=\"cv_file-error\">CV text too short (min 50 characters)</p>"));
        CHECK(contains(r.raw, "<label for=\"cv_file\">"));
        // The earlier CV is kept.
        CHECK(str(s.get_json("/dashboard", &ada).body.at_pointer("/recent_sessions/0/cv_text")) == cv_text);
    });
}

TEST_CASE("web upload-cv: over the file limit refused; a large body only for a signed cookie", "[web][sessions]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        const auto id = s.create_session(ada);
        const auto path = session_path(id, "/upload-cv");
        // 10 MiB + 1 byte of text: read (the route's limit) and refused by the rule.
        auto r = s.upload(path, {{"cv_file", std::string(10 * 1024 * 1024 + 1, 'a'), "cv.txt", "text/plain"}}, &ada);
        check_error(r, 400, "File too large (max 10 MB)", "ValidationError");
        // Refused on the announced length, before any of the body is sent: two megabytes from a forged cookie (the
        // server's default limit applies), and far over the route's cap from a real one.
        const auto head = [&](const std::string& cookie, std::size_t length) {
            auto c = s.connect();
            c.send_raw("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: session=" + cookie +
                       "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " +
                       std::to_string(length) + "\r\n\r\n");
            return c.read_response().status;
        };
        CHECK(head("forged", 2 * 1024 * 1024) == 413);
        CHECK(head(ada.cookie, 12 * 1024 * 1024) == 413);
        // A CV just over the server's default limit is read for a signed-in seeker.
        std::string lines;
        while (lines.size() < 1200 * 1024) lines += "Backend engineer: C++, PostgreSQL and Kubernetes in production.\n";
        r = s.upload(path, {{"cv_file", lines, "cv.txt", "text/plain"}}, &ada);
        CHECK(r.status != 413);
    });
}

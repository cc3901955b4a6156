// /documents over real sockets: create, list per application (newest first), update, delete, the parent
// application's 404/403, "Not your document", 401, 422 and the Document Added entry.
#include "api_fixture.hpp"

using namespace offertracker::api_test;

namespace {

const std::vector<std::string> document_keys{"id",    "application_id", "doc_type",   "name",
                                             "file_url", "notes",       "created_at", "updated_at"};
const std::string unknown = "00000000-0000-4000-8000-000000000000";

std::string doc_body(const std::string& app, std::string_view name, std::string_view extra = {}) {
    return R"({"application_id":")" + app + R"(","name":)" + quoted(name) +
           (extra.empty() ? std::string{} : "," + std::string(extra)) + "}";
}

std::vector<std::string> names_of(const reply& r) {
    INFO(r.raw);
    REQUIRE(r.status == 200);
    std::vector<std::string> out;
    for (const auto& d : r.body.as_array()) {
        CHECK(keys_of(d) == document_keys);
        out.push_back(str(d.at("name")));
    }
    return out;
}

}  // namespace

TEST_CASE("documents: create, list newest first, update, delete, activity", "[api][documents]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto app = str(s.create_application(ada).at("id"));
        const auto other = str(s.create_application(ada).at("id"));
        CHECK(s.get("/documents/" + app, ada.token).body == json::value(json::array{}));

        auto r = s.post("/documents/", doc_body(app, "notes.txt"), ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        CHECK(keys_of(r.body) == document_keys);
        CHECK(str(r["application_id"]) == app);
        CHECK(str(r["doc_type"]) == "Other");
        CHECK(r["file_url"].is_null());
        CHECK(r["notes"].is_null());

        r = s.post("/documents", doc_body(app, "CV.pdf", R"("doc_type":"Cover Letter","file_url":"https://x.example/cv.pdf","notes":"tailored")"),
                   ada.token);
        REQUIRE(r.status == 201);
        CHECK(str(r["doc_type"]) == "Cover Letter");
        CHECK(str(r["file_url"]) == "https://x.example/cv.pdf");
        CHECK(str(r["notes"]) == "tailored");
        const auto cv = str(r["id"]);
        r = s.post("/documents/", doc_body(other, "Portfolio", R"("doc_type":"Portfolio","file_url":"")"), ada.token);
        REQUIRE(r.status == 201);
        CHECK(r["file_url"].is_null());

        CHECK(names_of(s.get("/documents/" + app, ada.token)) == std::vector<std::string>{"CV.pdf", "notes.txt"});
        CHECK(names_of(s.get("/documents/" + other, ada.token)) == std::vector<std::string>{"Portfolio"});

        r = s.put("/documents/" + cv, R"({"name":"CV-2026.pdf","file_url":null,"doc_type":"Resume"})", ada.token);
        REQUIRE(r.status == 200);
        CHECK(keys_of(r.body) == document_keys);
        CHECK(str(r["name"]) == "CV-2026.pdf");
        CHECK(str(r["doc_type"]) == "Resume");
        CHECK(r["file_url"].is_null());
        CHECK(str(r["notes"]) == "tailored");
        // application_id is not updatable: it is ignored.
        r = s.put("/documents/" + cv, R"({"application_id":")" + other + "\"}", ada.token);
        REQUIRE(r.status == 200);
        CHECK(str(r["application_id"]) == app);

        auto log = s.get("/analytics/activity?application_id=" + app, ada.token);
        REQUIRE(log.status == 200);
        const auto& entries = log.body.as_array();
        REQUIRE(entries.size() == 3);
        CHECK(str(entries[0].at("action")) == "Document Added");
        CHECK(str(entries[0].at("description")) == "Added Cover Letter: CV.pdf");
        CHECK(str(entries[0].at("application_id")) == app);
        CHECK(str(entries[1].at("description")) == "Added Other: notes.txt");

        check_detail(s.del("/documents/" + cv, ada.token), 200, "Document deleted");
        CHECK(names_of(s.get("/documents/" + app, ada.token)) == std::vector<std::string>{"notes.txt"});
        check_detail(s.del("/documents/" + cv, ada.token), 404, "Document not found");
        check_detail(s.put("/documents/" + cv, R"({"name":"x"})", ada.token), 404, "Document not found");
    });
}

TEST_CASE("documents: 401, the parent's 404/403, Not your document", "[api][documents][auth]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const auto app = str(s.create_application(ada).at("id"));
        const auto bob_app = str(s.create_application(bob).at("id"));
        const auto doc = str(s.post("/documents/", doc_body(app, "CV.pdf"), ada.token)["id"]);

        check_detail(s.get("/documents/" + app), 401, "Not authenticated");
        check_detail(s.post("/documents/", doc_body(app, "x")), 401, "Not authenticated");
        check_detail(s.put("/documents/" + doc, R"({"name":"x"})"), 401, "Not authenticated");
        check_detail(s.del("/documents/" + doc), 401, "Not authenticated");

        check_detail(s.get("/documents/" + app, bob.token), 403, "Not your application");
        check_detail(s.get("/documents/" + unknown, ada.token), 404, "Application not found");
        check_detail(s.post("/documents/", doc_body(app, "x"), bob.token), 403, "Not your application");
        check_detail(s.post("/documents/", doc_body(bob_app, "x"), ada.token), 403, "Not your application");
        check_detail(s.post("/documents/", doc_body(unknown, "x"), ada.token), 404, "Application not found");
        check_detail(s.put("/documents/" + doc, R"({"name":"Hijacked"})", bob.token), 403, "Not your document");
        check_detail(s.del("/documents/" + doc, bob.token), 403, "Not your document");
        check_detail(s.put("/documents/" + unknown, R"({"name":"x"})", ada.token), 404, "Document not found");
        check_detail(s.del("/documents/" + unknown, ada.token), 404, "Document not found");
        CHECK(names_of(s.get("/documents/" + app, ada.token)) == std::vector<std::string>{"CV.pdf"});
        CHECK(s.get("/documents/" + bob_app, bob.token).body == json::value(json::array{}));
    });
}

TEST_CASE("documents: 422 for bad bodies", "[api][documents][validation]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto app = str(s.create_application(ada).at("id"));
        auto post = [&](const std::string& body) { return s.post("/documents/", body, ada.token); };
        check_422(post(R"({"name":"x"})"), {"body", "application_id"}, "missing");
        check_422(post(R"({"application_id":")" + app + "\"}"), {"body", "name"}, "missing");
        check_422(post(doc_body(app, chars(256))), {"body", "name"}, "string_too_long");
        check_422(post(doc_body(app, "x", R"("doc_type":"cover letter")")), {"body", "doc_type"}, "enum",
                  "Input should be 'Resume', 'Cover Letter', 'Portfolio', 'Reference' or 'Other'");
        check_422(post(doc_body(app, "x", R"("doc_type":"Letter")")), {"body", "doc_type"}, "enum");
        check_422(post(doc_body(app, "x", R"("file_url":")" + chars(501) + "\"")), {"body", "file_url"},
                  "string_too_long");
        check_422(post(doc_body(app, "x", R"("notes":5)")), {"body", "notes"}, "string_type");
        check_422(post(R"({"application_id":7,"name":"x"})"), {"body", "application_id"}, "string_type");
        // A validation error wins over an unknown application.
        check_422(post(doc_body(unknown, chars(256))), {"body", "name"}, "string_too_long");
        check_422(post("nope"), {"body", 0LL}, "json_invalid");
        CHECK(s.get("/documents/" + app, ada.token).body == json::value(json::array{}));
        CHECK(post(doc_body(app, chars(255), R"("file_url":")" + chars(500) + "\"")).status == 201);

        const auto id = str(s.get("/documents/" + app, ada.token).body.as_array()[0].at("id"));
        check_422(s.put("/documents/" + id, R"({"doc_type":null})", ada.token), {"body", "doc_type"}, "enum_type");
        check_422(s.put("/documents/" + id, R"({"name":null})", ada.token), {"body", "name"}, "string_type");
        check_422(s.put("/documents/" + id, R"({"doc_type":"CV"})", ada.token), {"body", "doc_type"}, "enum");
        check_422(s.put("/documents/" + id, json::serialize(json::object{{"name", chars(256)}}), ada.token),
                  {"body", "name"}, "string_too_long");
        CHECK(str(s.get("/documents/" + app, ada.token).body.as_array()[0].at("name")) == chars(255));
    });
}

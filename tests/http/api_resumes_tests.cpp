// Resume versions: CRUD, the multipart upload, and the private file route behind signed links.
#include "api_fixture.hpp"

#include <offertracker/ports/message_signer.hpp>

using namespace offertracker::api_test;
using offertracker::testing::make_multipart;
using offertracker::testing::multipart_field;

namespace {

const std::vector<std::string> resume_keys{"id", "user_id", "version_name", "notes", "file_url", "created_at",
                                           "updated_at"};

constexpr std::string_view pdf_type = "application/pdf";
constexpr std::string_view docx_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
constexpr std::string_view doc_type = "application/msword";

std::string pdf_bytes(std::size_t size = 64) {
    std::string b = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n";
    b.resize(std::max(size, b.size()), 'p');
    b.resize(size);
    return b;
}

std::string docx_bytes() {
    return std::string("PK\x03\x04\x14\x00\x06\x00", 8) + "[Content_Types].xml...word/document.xml...PK\x05\x06";
}

std::string doc_bytes() { return std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(120, '\0') + "Word"; }

reply upload(api_server& s, const account& who, const std::string& resume_id, const std::string& filename,
             std::string_view content_type, const std::string& data) {
    const auto body = make_multipart({multipart_field{"file", data, filename, std::string(content_type)}});
    return s.raw("POST", "/api/v1/upload/resumes/" + resume_id, body.body, who.token,
                 {{"Content-Type", body.content_type}});
}

// The target of a link to this server ("/api/v1/files/...").
std::string target_of(const std::string& url) {
    REQUIRE(url.rfind(std::string(public_url), 0) == 0);
    return url.substr(public_url.size());
}

// "<owner>/<name>" of a signed file link.
std::string key_of(const std::string& url) {
    const std::string t = target_of(url);
    const std::string files = std::string(prefix) + "/files/";
    REQUIRE(t.rfind(files, 0) == 0);
    return t.substr(files.size(), t.find('?') - files.size());
}

}  // namespace

TEST_CASE("resumes: create (201), list, get, update, delete", "[api][resumes]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");

        auto r = s.post("/resumes/", R"({"version_name":"v1.0.0","notes":"first","file_url":"https://cv.example.com/a.pdf"})",
                        ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        CHECK(keys_of(r.body) == resume_keys);
        CHECK(str(r["user_id"]) == ada.id);
        CHECK(str(r["version_name"]) == "v1.0.0");
        CHECK(str(r["notes"]) == "first");
        CHECK(str(r["file_url"]) == "https://cv.example.com/a.pdf");
        const std::string id = str(r["id"]);

        r = s.post("/resumes/", R"({"version_name":"v2"})", ada.token);
        REQUIRE(r.status == 201);
        CHECK(r["notes"].is_null());
        CHECK(r["file_url"].is_null());
        s.create_resume(bob, "bob's");

        r = s.get("/resumes/", ada.token);
        REQUIRE(r.body.is_array());
        REQUIRE(r.body.as_array().size() == 2);
        CHECK(str(r.body.as_array()[0].at("version_name")) == "v1.0.0");  // insertion order
        CHECK(str(r.body.as_array()[1].at("version_name")) == "v2");
        CHECK(s.get("/resumes/?limit=1", ada.token).body.as_array().size() == 1);
        CHECK(str(s.get("/resumes/?skip=1", ada.token).body.as_array().at(0).at("version_name")) == "v2");
        check_422(s.get("/resumes/?skip=-1", ada.token), {"query", "skip"}, "greater_than_equal");
        check_422(s.get("/resumes/?limit=0", ada.token), {"query", "limit"}, "greater_than_equal");
        check_422(s.get("/resumes/?limit=1001", ada.token), {"query", "limit"}, "less_than_equal");
        check_422(s.get("/resumes/?limit=abc", ada.token), {"query", "limit"}, "int_parsing");

        r = s.get("/resumes/" + id, ada.token);
        CHECK(r.status == 200);
        CHECK(str(r["version_name"]) == "v1.0.0");

        r = s.put("/resumes/" + id, R"({"notes":"second"})", ada.token);
        REQUIRE(r.status == 200);
        CHECK(str(r["notes"]) == "second");
        CHECK(str(r["version_name"]) == "v1.0.0");
        r = s.put("/resumes/" + id, R"({"version_name":"v1.1","notes":null,"file_url":null})", ada.token);
        REQUIRE(r.status == 200);
        CHECK(str(r["version_name"]) == "v1.1");
        CHECK(r["notes"].is_null());
        CHECK(r["file_url"].is_null());
        CHECK(s.get("/resumes/" + id, ada.token)["notes"].is_null());

        check_detail(s.del("/resumes/" + id, ada.token), 200, "Resume version deleted");
        check_detail(s.get("/resumes/" + id, ada.token), 404, "Resume version not found");
        check_detail(s.del("/resumes/" + id, ada.token), 404, "Resume version not found");
        CHECK(s.get("/resumes/", ada.token).body.as_array().size() == 1);
    });
}

TEST_CASE("resumes: 403 for another user's, 404 for unknown ids", "[api][resumes]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const auto id = s.create_resume(ada);
        check_detail(s.get("/resumes/" + id, bob.token), 403, "Not your resume");
        check_detail(s.put("/resumes/" + id, R"({"notes":"mine now"})", bob.token), 403, "Not your resume");
        check_detail(s.del("/resumes/" + id, bob.token), 403, "Not your resume");
        CHECK(s.get("/resumes/", bob.token).body == json::value(json::array{}));
        CHECK(s.get("/resumes/" + id, ada.token)["notes"].is_null());  // untouched

        const std::string unknown = "00000000-0000-4000-8000-000000000000";
        check_detail(s.get("/resumes/" + unknown, ada.token), 404, "Resume version not found");
        check_detail(s.put("/resumes/" + unknown, R"({"notes":"x"})", ada.token), 404, "Resume version not found");
        check_detail(s.del("/resumes/" + unknown, ada.token), 404, "Resume version not found");
    });
}

TEST_CASE("resumes: 422 for bad bodies", "[api][resumes]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        CHECK(s.post("/resumes/", json::serialize(json::object{{"version_name", chars(50)}}), ada.token).status == 201);
        check_422(s.post("/resumes/", json::serialize(json::object{{"version_name", chars(51)}}), ada.token),
                  {"body", "version_name"}, "string_too_long");
        check_422(s.post("/resumes/", R"({"notes":"no name"})", ada.token), {"body", "version_name"}, "missing");
        check_422(s.post("/resumes/", R"({"version_name":5})", ada.token), {"body", "version_name"}, "string_type");
        check_422(s.post("/resumes/", R"({"version_name":""})", ada.token), {"body", "version_name"},
                  "string_too_short");
        check_422(s.post("/resumes/", json::serialize(json::object{{"version_name", "v"}, {"file_url", chars(501)}}),
                         ada.token),
                  {"body", "file_url"}, "string_too_long");
        check_422(s.post("/resumes/", "{oops}", ada.token), {"body", 0LL}, "json_invalid");
        check_422(s.post("/resumes/", "[1]", ada.token), {"body"}, "model_attributes_type");
        check_422(s.post("/resumes/", "", ada.token), {"body"}, "missing");

        const auto id = s.create_resume(ada);
        check_422(s.put("/resumes/" + id, R"({"version_name":null})", ada.token), {"body", "version_name"}, "string_type");
        check_422(s.put("/resumes/" + id, json::serialize(json::object{{"version_name", chars(51)}}), ada.token),
                  {"body", "version_name"}, "string_too_long");
        check_422(s.put("/resumes/" + id, R"({"notes":false})", ada.token), {"body", "notes"}, "string_type");
        CHECK(str(s.get("/resumes/" + id, ada.token)["version_name"]) == "v1");
    });
}

TEST_CASE("upload: PDF, DOCX and DOC with matching content give 200 {file_url, resume} and a signed link", "[api][upload]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const auto id = s.create_resume(ada);

        struct sample {
            std::string filename;
            std::string_view type;
            std::string data;
        };
        for (const auto& f : {sample{"Ada CV.pdf", pdf_type, pdf_bytes()}, sample{"cv.DOCX", docx_type, docx_bytes()},
                              sample{"cv.doc", doc_type, doc_bytes()}}) {
            INFO(f.filename);
            const auto r = upload(s, ada, id, f.filename, f.type, f.data);
            INFO(r.raw);
            REQUIRE(r.status == 200);
            CHECK(keys_of(r.body) == std::vector<std::string>{"file_url", "resume"});
            const std::string url = str(r["file_url"]);
            CHECK(url.rfind(std::string(public_url) + "/api/v1/files/" + ada.id + "/", 0) == 0);
            CHECK(url.find("expires=") != std::string::npos);
            CHECK(url.find("signature=") != std::string::npos);
            CHECK(keys_of(r["resume"]) == resume_keys);
            CHECK(str(r["resume"].at("id")) == id);
            CHECK(str(r["resume"].at("file_url")) == url);

            // The signed link serves the bytes without a token.
            const auto file = s.raw("GET", target_of(url));
            CHECK(file.status == 200);
            CHECK(file.raw == f.data);
            CHECK(file.header("Content-Type") == std::optional<std::string>(std::string(f.type)));

            // The bare path needs the owner's token; another user gets 404, nobody 401.
            const std::string bare = std::string(prefix) + "/files/" + key_of(url);
            const auto own = s.raw("GET", bare, {}, ada.token);
            CHECK(own.status == 200);
            CHECK(own.raw == f.data);
            check_detail(s.raw("GET", bare, {}, bob.token), 404, "File not found");
            check_detail(s.raw("GET", bare), 401, "Not authenticated");

            // GET /resumes/{id} hands out a fresh link to the same file.
            const auto again = s.get("/resumes/" + id, ada.token);
            CHECK(key_of(str(again["file_url"])) == key_of(url));
        }
    });
}

TEST_CASE("upload: tampered or expired links are 403; replaced and deleted files are gone", "[api][upload]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto id = s.create_resume(ada);
        const auto first = upload(s, ada, id, "cv.pdf", pdf_type, pdf_bytes());
        REQUIRE(first.status == 200);
        const std::string url = str(first["file_url"]);
        const std::string target = target_of(url);
        const std::string key = key_of(url);

        std::string tampered = target;
        tampered.back() = tampered.back() == 'A' ? 'B' : 'A';
        check_detail(s.raw("GET", tampered), 403, "Invalid or expired link");
        // A later expiry under the old signature.
        const auto e = target.find("expires=") + 8;
        std::string extended = target;
        extended.insert(e, "9");
        check_detail(s.raw("GET", extended), 403, "Invalid or expired link");
        // Another key under this key's signature.
        std::string other_key = target;
        other_key.replace(other_key.find(key), key.size(), ada.id + "/other.pdf");
        check_detail(s.raw("GET", other_key), 403, "Invalid or expired link");
        // A correctly signed link whose time is up.
        const auto past = std::to_string(std::chrono::duration_cast<std::chrono::seconds>(
                                             std::chrono::system_clock::now().time_since_epoch())
                                             .count() -
                                         10);
        const std::string signature = s.link_signer().sign(key + "\n" + past);
        check_detail(s.raw("GET", std::string(prefix) + "/files/" + key + "?expires=" + past + "&signature=" + signature),
                     403, "Invalid or expired link");
        // ...while the same construction with a future expiry works (the forged link above differs only in time).
        const auto future = std::to_string(std::stoll(past) + 600);
        CHECK(s.raw("GET", std::string(prefix) + "/files/" + key + "?expires=" + future +
                               "&signature=" + s.link_signer().sign(key + "\n" + future))
                  .status == 200);

        // A second upload replaces the first file.
        const auto second = upload(s, ada, id, "cv2.pdf", pdf_type, pdf_bytes(100));
        REQUIRE(second.status == 200);
        CHECK(key_of(str(second["file_url"])) != key);
        check_detail(s.raw("GET", std::string(prefix) + "/files/" + key, {}, ada.token), 404, "File not found");
        check_detail(s.raw("GET", target), 404, "File not found");

        // Setting an external URL replaces the upload; deleting the resume removes the file.
        const std::string second_key = key_of(str(second["file_url"]));
        auto r = s.put("/resumes/" + id, R"({"file_url":"https://cv.example.com/new.pdf"})", ada.token);
        CHECK(str(r["file_url"]) == "https://cv.example.com/new.pdf");
        check_detail(s.raw("GET", std::string(prefix) + "/files/" + second_key, {}, ada.token), 404, "File not found");

        const auto third = upload(s, ada, id, "cv3.pdf", pdf_type, pdf_bytes(80));
        REQUIRE(third.status == 200);
        const std::string third_key = key_of(str(third["file_url"]));
        REQUIRE(s.del("/resumes/" + id, ada.token).status == 200);
        check_detail(s.raw("GET", std::string(prefix) + "/files/" + third_key, {}, ada.token), 404, "File not found");
        check_detail(s.raw("GET", target_of(str(third["file_url"]))), 404, "File not found");
    });
}

TEST_CASE("upload: type and size rules with the documented 400s, in the documented order", "[api][upload]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const auto id = s.create_resume(ada);
        constexpr std::string_view not_allowed = "Only PDF and Word documents are allowed";

        check_detail(upload(s, ada, id, "cv.txt", "text/plain", "plain text resume"), 400, not_allowed);
        check_detail(upload(s, ada, id, "cv.txt", pdf_type, pdf_bytes()), 400, not_allowed);        // extension
        check_detail(upload(s, ada, id, "cv.docx", docx_type, pdf_bytes()), 400, not_allowed);      // PDF named .docx
        check_detail(upload(s, ada, id, "cv.pdf", "image/png", pdf_bytes()), 400, not_allowed);    // declared type
        check_detail(upload(s, ada, id, "cv.pdf", pdf_type, "\x89PNG\r\n\x1a\nnot a pdf"), 400, not_allowed);  // content
        check_detail(upload(s, ada, id, "cv.doc", doc_type, docx_bytes()), 400, not_allowed);
        check_detail(upload(s, ada, id, "cv.pdf", pdf_type, ""), 400, not_allowed);
        check_detail(upload(s, ada, id, "cv", pdf_type, pdf_bytes()), 400, not_allowed);
        CHECK(s.get("/resumes/" + id, ada.token)["file_url"].is_null());  // nothing stored

        const std::size_t ten_mib = 10 * 1024 * 1024;
        const auto exact = upload(s, ada, id, "big.pdf", pdf_type, pdf_bytes(ten_mib));
        CHECK(exact.status == 200);
        check_detail(upload(s, ada, id, "bigger.pdf", pdf_type, pdf_bytes(ten_mib + 1)), 400,
                     "File too large (max 10 MB)");
        // Type is checked before size.
        check_detail(upload(s, ada, id, "bigger.txt", "text/plain", std::string(ten_mib + 1, 't')), 400, not_allowed);
        // The resume still points at the exact-limit file.
        const auto kept = s.raw("GET", target_of(str(s.get("/resumes/" + id, ada.token)["file_url"])));
        CHECK(kept.status == 200);
        CHECK(kept.raw.size() == ten_mib);

        // Resume checks come first: unknown 404, another user's 403, even with a bad file.
        check_detail(upload(s, ada, "00000000-0000-4000-8000-000000000000", "cv.txt", "text/plain", "x"), 404,
                     "Resume version not found");
        check_detail(upload(s, bob, id, "cv.txt", "text/plain", "x"), 403, "Not your resume");
        check_detail(upload(s, bob, id, "cv.pdf", pdf_type, pdf_bytes()), 403, "Not your resume");
    });
}

TEST_CASE("upload: a missing file part is 422", "[api][upload]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto id = s.create_resume(ada);
        auto send = [&](const std::vector<multipart_field>& fields) {
            const auto body = make_multipart(fields);
            return s.raw("POST", "/api/v1/upload/resumes/" + id, body.body, ada.token,
                         {{"Content-Type", body.content_type}});
        };
        check_422(send({multipart_field{"note", "hello", std::nullopt, ""}}), {"body", "file"}, "missing",
                  "Field required");
        check_422(send({multipart_field{"document", pdf_bytes(), std::string("cv.pdf"), std::string(pdf_type)}}),
                  {"body", "file"}, "missing");
        // A "file" field that is not a file.
        check_422(send({multipart_field{"file", "just text", std::nullopt, ""}}), {"body", "file"}, "missing");
    });
}

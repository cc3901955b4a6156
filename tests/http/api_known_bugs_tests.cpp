// Tests that document where the product departs from the rules; tagged [!shouldfail] until the lead decides.
#include "api_fixture.hpp"

using namespace offertracker::api_test;
using offertracker::testing::make_multipart;
using offertracker::testing::multipart_field;

// SPEC DEVIATION (core/domain/src/document_kind.cpp, is_generic_content_type): POST /upload/resumes/{id} accepts
// a file part declared as application/octet-stream, or with no Content-Type at all, when the extension and magic
// bytes agree. Rules Part A §13 says the declared content type *and* the content must agree with an allowed type,
// and Part B §12 checks the declared MIME type first: 400 "Only PDF and Word documents are allowed".
// Expected 400 with that detail; actual 200. Drop [!shouldfail] once fixed (or delete this test if the lead keeps
// the lenient behaviour on purpose).
TEST_CASE("upload: a generic or missing declared content type is refused (rules Part A §13)", "[api][upload][!shouldfail]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto id = s.create_resume(ada);
        for (const char* type : {"application/octet-stream", ""}) {
            INFO("declared type '" << type << "'");
            const auto body = make_multipart({multipart_field{"file", "%PDF-1.4 generic", "cv.pdf", type}});
            const auto r = s.raw("POST", "/api/v1/upload/resumes/" + id, body.body, ada.token,
                                 {{"Content-Type", body.content_type}});
            check_detail(r, 400, "Only PDF and Word documents are allowed");
        }
    });
}

// BUG (PostgreSQL only; SQLite round-trips): a JSON string holding U+0000 is accepted, the 201 response echoes
// it, but what is stored is silently cut at the NUL: POST /applications/ {"company_name":"nul\u0000inside"}
// answers 201 with "nul\u0000inside", and GET /applications/{id} then returns "nul". PostgreSQL text cannot hold
// NUL and the SQL adapter passes the string as a C string. Expected: an exact round-trip or a 422 (refuse NUL
// in strings, e.g. in the surface's body_reader or the core's validation); never silent truncation.
// Tagged [!mayfail], not [!shouldfail]: on a run without PostgreSQL only SQLite runs and the test passes.
TEST_CASE("edge: a NUL character is stored exactly or refused with 422, never truncated", "[api][edge][!mayfail]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const std::string name("nul\0inside", 10);
        const auto r = s.post("/applications/",
                              json::serialize(json::object{{"company_name", name}, {"role_title", "r"}, {"notes", name}}),
                              ada.token);
        INFO(r.raw);
        CHECK((r.status == 201 || r.status == 422));
        if (r.status == 422) {
            CHECK(r["detail"].is_array());  // the documented 422 shape; the error type is the fixer's choice
            return;
        }
        const auto got = s.get("/applications/" + str(r["id"]), ada.token);
        CHECK(str(got["company_name"]) == name);
        CHECK(str(got["notes"]) == name);
        // The same through an update.
        const auto updated = s.put("/applications/" + str(r["id"]), json::serialize(json::object{{"location", name}}), ada.token);
        if (updated.status == 200) CHECK(str(s.get("/applications/" + str(r["id"]), ada.token)["location"]) == name);
    });
}

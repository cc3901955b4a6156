// /contacts over real sockets: create, read, list (filters, paging), update, delete, the linked application's
// ownership, the contact's 403/404, 401, 422, and the activity entry.
#include "api_fixture.hpp"

using namespace offertracker::api_test;

namespace {

const std::vector<std::string> contact_keys{"id",         "user_id", "application_id", "name",
                                            "email",      "phone",   "role_title",     "company",
                                            "contact_type", "linkedin_url", "notes",   "last_contacted",
                                            "created_at", "updated_at"};
const std::string unknown = "00000000-0000-4000-8000-000000000000";

std::vector<std::string> names_of(const reply& r) {
    INFO(r.raw);
    REQUIRE(r.status == 200);
    std::vector<std::string> out;
    for (const auto& c : r.body.as_array()) {
        CHECK(keys_of(c) == contact_keys);
        out.push_back(str(c.at("name")));
    }
    return out;
}

}  // namespace

TEST_CASE("contacts: create, get, list with filters and paging, update, delete", "[api][contacts]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto app = str(s.create_application(ada).at("id"));

        auto r = s.post("/contacts/", R"({"name":"Grace"})", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        CHECK(keys_of(r.body) == contact_keys);
        CHECK(str(r["user_id"]) == ada.id);
        CHECK(str(r["name"]) == "Grace");
        CHECK(str(r["contact_type"]) == "Other");
        for (const char* k : {"application_id", "email", "phone", "role_title", "company", "linkedin_url", "notes",
                              "last_contacted"})
            CHECK(r[k].is_null());
        const auto grace = str(r["id"]);

        const std::string full = R"({"name":"Linus","application_id":")" + app +
                                 R"(","email":"linus@example.com","phone":"+1 555","role_title":"Hiring Manager",)"
                                 R"("company":"Acme","contact_type":"Hiring Manager","linkedin_url":"https://linkedin.com/in/l",)"
                                 R"("notes":"met at a fair","last_contacted":"2026-03-01"})";
        r = s.post("/contacts", full, ada.token);
        REQUIRE(r.status == 201);
        const auto sent = parse_json(full);
        for (const auto& kv : sent.as_object()) {
            INFO(kv.key());
            CHECK(r[kv.key()] == kv.value());
        }
        const auto linus = str(r["id"]);
        // Form-style "": null for the URL, the date, the enum and the application.
        r = s.post("/contacts/",
                   R"({"name":"Recruiter Rae","contact_type":"Recruiter","linkedin_url":"","last_contacted":"","application_id":""})",
                   ada.token);
        REQUIRE(r.status == 201);
        CHECK(r["linkedin_url"].is_null());
        CHECK(r["last_contacted"].is_null());
        CHECK(r["application_id"].is_null());
        r = s.post("/contacts/", R"({"name":"Empty type","contact_type":""})", ada.token);
        REQUIRE(r.status == 201);
        CHECK(str(r["contact_type"]) == "Other");

        CHECK(names_of(s.get("/contacts/", ada.token)) ==
              std::vector<std::string>{"Empty type", "Recruiter Rae", "Linus", "Grace"});
        CHECK(names_of(s.get("/contacts?application_id=" + app, ada.token)) == std::vector<std::string>{"Linus"});
        CHECK(names_of(s.get("/contacts/?contact_type=Recruiter", ada.token)) == std::vector<std::string>{"Recruiter Rae"});
        CHECK(names_of(s.get("/contacts/?contact_type=Hiring%20Manager&application_id=" + app, ada.token)) ==
              std::vector<std::string>{"Linus"});
        CHECK(names_of(s.get("/contacts/?contact_type=Peer", ada.token)).empty());
        CHECK(names_of(s.get("/contacts/?skip=1&limit=2", ada.token)) == std::vector<std::string>{"Recruiter Rae", "Linus"});
        CHECK(names_of(s.get("/contacts/?skip=10", ada.token)).empty());

        r = s.get("/contacts/" + linus, ada.token);
        REQUIRE(r.status == 200);
        CHECK(keys_of(r.body) == contact_keys);
        CHECK(str(r["company"]) == "Acme");

        r = s.put("/contacts/" + linus, R"({"company":"Globex","email":null,"last_contacted":"","contact_type":"Referral"})",
                  ada.token);
        REQUIRE(r.status == 200);
        CHECK(keys_of(r.body) == contact_keys);
        CHECK(str(r["company"]) == "Globex");
        CHECK(r["email"].is_null());
        CHECK(r["last_contacted"].is_null());
        CHECK(str(r["contact_type"]) == "Referral");
        CHECK(str(r["name"]) == "Linus");
        CHECK(str(r["application_id"]) == app);
        CHECK(str(r["phone"]) == "+1 555");
        r = s.put("/contacts/" + linus, R"({"application_id":null})", ada.token);
        REQUIRE(r.status == 200);
        CHECK(r["application_id"].is_null());
        r = s.put("/contacts/" + grace, R"({"application_id":")" + app + "\"}", ada.token);
        REQUIRE(r.status == 200);
        CHECK(str(r["application_id"]) == app);
        CHECK(str(s.get("/contacts/" + linus, ada.token)["company"]) == "Globex");

        check_detail(s.del("/contacts/" + linus, ada.token), 200, "Contact deleted");
        check_detail(s.get("/contacts/" + linus, ada.token), 404, "Contact not found");
        check_detail(s.del("/contacts/" + linus, ada.token), 404, "Contact not found");
        CHECK(names_of(s.get("/contacts/", ada.token)).size() == 3);
    });
}

TEST_CASE("contacts: Contact Added in the activity log; the streak counts it", "[api][contacts][activity]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto app = str(s.create_application(ada).at("id"));
        REQUIRE(s.post("/contacts/", R"({"name":"Loose"})", ada.token).status == 201);
        REQUIRE(s.post("/contacts/", R"({"name":"Linked","application_id":")" + app + "\"}", ada.token).status == 201);
        auto log = s.get("/analytics/activity", ada.token);
        REQUIRE(log.status == 200);
        const auto& entries = log.body.as_array();
        REQUIRE(entries.size() == 3);
        CHECK(str(entries[0].at("action")) == "Contact Added");
        CHECK(str(entries[0].at("description")) == "Added contact: Linked");
        CHECK(str(entries[0].at("application_id")) == app);
        CHECK(entries[0].at("metadata") == json::value(json::object{}));
        CHECK(str(entries[1].at("description")) == "Added contact: Loose");
        CHECK(entries[1].at("application_id").is_null());
        // A user whose only write is a contact: it counts as today's activity.
        const auto cyd = s.register_user("cyd");
        CHECK(s.get("/users/me", cyd.token)["streak_days"] == json::value(0));
        REQUIRE(s.post("/contacts/", R"({"name":"First"})", cyd.token).status == 201);
        auto me = s.get("/users/me", cyd.token);
        CHECK(me["streak_days"] == json::value(1));
        CHECK(str(me["last_active_date"]) == today_utc());
    });
}

TEST_CASE("contacts: 401, 403 for another user's contact or application, 404", "[api][contacts][auth]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const auto ada_app = str(s.create_application(ada).at("id"));
        const auto bob_app = str(s.create_application(bob).at("id"));
        const auto id = str(s.post("/contacts/", R"({"name":"Grace"})", ada.token)["id"]);
        const std::string path = "/contacts/" + id;

        check_detail(s.get("/contacts/"), 401, "Not authenticated");
        check_detail(s.post("/contacts/", R"({"name":"x"})"), 401, "Not authenticated");
        check_detail(s.get(path), 401, "Not authenticated");
        check_detail(s.put(path, R"({"name":"x"})"), 401, "Not authenticated");
        check_detail(s.del(path), 401, "Not authenticated");
        const auto expired = s.get(path, s.expired_token(ada.id));
        CHECK(expired.status == 401);
        CHECK(str(expired["detail"]).rfind("Invalid or expired token", 0) == 0);

        check_detail(s.get(path, bob.token), 403, "Not your contact");
        check_detail(s.put(path, R"({"name":"Hijacked"})", bob.token), 403, "Not your contact");
        check_detail(s.del(path, bob.token), 403, "Not your contact");
        CHECK(s.get("/contacts/", bob.token).body == json::value(json::array{}));
        // Bob filtering by Ada's application sees nothing of hers.
        CHECK(s.get("/contacts/?application_id=" + ada_app, bob.token).body == json::value(json::array{}));

        check_detail(s.get("/contacts/" + unknown, ada.token), 404, "Contact not found");
        check_detail(s.put("/contacts/" + unknown, R"({"name":"x"})", ada.token), 404, "Contact not found");
        check_detail(s.del("/contacts/" + unknown, ada.token), 404, "Contact not found");

        // The linked application: 404 / 403 on create and update; the contact's own checks come first.
        check_detail(s.post("/contacts/", R"({"name":"x","application_id":")" + unknown + "\"}", ada.token), 404,
                     "Application not found");
        check_detail(s.post("/contacts/", R"({"name":"x","application_id":")" + bob_app + "\"}", ada.token), 403,
                     "Not your application");
        check_detail(s.put(path, R"({"application_id":")" + bob_app + "\"}", ada.token), 403, "Not your application");
        check_detail(s.put(path, R"({"application_id":")" + unknown + "\"}", ada.token), 404, "Application not found");
        check_detail(s.put(path, R"({"application_id":")" + ada_app + "\"}", bob.token), 403, "Not your contact");
        check_detail(s.put("/contacts/" + unknown, R"({"application_id":")" + bob_app + "\"}", ada.token), 404,
                     "Contact not found");
        auto r = s.get(path, ada.token);
        CHECK(str(r["name"]) == "Grace");
        CHECK(r["application_id"].is_null());
        CHECK(s.get("/contacts/", ada.token).body.as_array().size() == 1);
    });
}

TEST_CASE("contacts: 422 for bad bodies and queries", "[api][contacts][validation]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        auto post = [&](const std::string& body) { return s.post("/contacts/", body, ada.token); };
        check_422(post("{}"), {"body", "name"}, "missing", "Field required");
        check_422(post(R"({"name":null})"), {"body", "name"}, "string_type");
        check_422(post(R"({"name":7})"), {"body", "name"}, "string_type");
        check_422(post(json::serialize(json::object{{"name", chars(256)}})), {"body", "name"}, "string_too_long",
                  "String should have at most 255 characters");
        check_422(post(json::serialize(json::object{{"name", "x"}, {"email", chars(256)}})), {"body", "email"},
                  "string_too_long");
        check_422(post(json::serialize(json::object{{"name", "x"}, {"phone", chars(51)}})), {"body", "phone"},
                  "string_too_long", "String should have at most 50 characters");
        check_422(post(json::serialize(json::object{{"name", "x"}, {"role_title", chars(256)}})), {"body", "role_title"},
                  "string_too_long");
        check_422(post(json::serialize(json::object{{"name", "x"}, {"company", chars(256)}})), {"body", "company"},
                  "string_too_long");
        check_422(post(json::serialize(json::object{{"name", "x"}, {"linkedin_url", chars(501)}})),
                  {"body", "linkedin_url"}, "string_too_long", "String should have at most 500 characters");
        check_422(post(R"({"name":"x","contact_type":"recruiter"})"), {"body", "contact_type"}, "enum",
                  "Input should be 'Recruiter', 'Hiring Manager', 'Referral', 'HR', 'Peer' or 'Other'");
        check_422(post(R"({"name":"x","contact_type":"Friend"})"), {"body", "contact_type"}, "enum");
        check_422(post(R"({"name":"x","last_contacted":"2026-13-01"})"), {"body", "last_contacted"}, "date_parsing");
        check_422(post(R"({"name":"x","last_contacted":"yesterday"})"), {"body", "last_contacted"}, "date_parsing");
        check_422(post(R"({"name":"x","application_id":5})"), {"body", "application_id"}, "string_type");
        check_422(post("{"), {"body", 0LL}, "json_invalid");
        check_422(post("[]"), {"body"}, "model_attributes_type");
        CHECK(s.get("/contacts/", ada.token).body == json::value(json::array{}));
        CHECK(post(json::serialize(json::object{{"name", chars(255)}, {"phone", chars(50)}})).status == 201);

        check_422(s.get("/contacts/?limit=0", ada.token), {"query", "limit"}, "greater_than_equal");
        check_422(s.get("/contacts/?limit=1001", ada.token), {"query", "limit"}, "less_than_equal");
        check_422(s.get("/contacts/?skip=-1", ada.token), {"query", "skip"}, "greater_than_equal");
        check_422(s.get("/contacts/?limit=ten", ada.token), {"query", "limit"}, "int_parsing");
        check_422(s.get("/contacts/?contact_type=Friend", ada.token), {"query", "contact_type"}, "enum");
        CHECK(s.get("/contacts/?limit=1000", ada.token).status == 200);

        const auto id = str(s.get("/contacts/", ada.token).body.as_array()[0].at("id"));
        check_422(s.put("/contacts/" + id, R"({"name":null})", ada.token), {"body", "name"}, "string_type");
        check_422(s.put("/contacts/" + id, R"({"contact_type":null})", ada.token), {"body", "contact_type"}, "enum_type");
        check_422(s.put("/contacts/" + id, R"({"contact_type":"HR "})", ada.token), {"body", "contact_type"}, "enum");
        check_422(s.put("/contacts/" + id, R"({"phone":")" + chars(51) + "\"}", ada.token), {"body", "phone"},
                  "string_too_long");
        check_422(s.put("/contacts/" + id, R"({"last_contacted":"2026-02-30"})", ada.token), {"body", "last_contacted"},
                  "date_parsing");
        CHECK(str(s.get("/contacts/" + id, ada.token)["name"]) == chars(255));
    });
}

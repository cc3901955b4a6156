// Recruiting accounts: register (a new org each time), form-encoded login, /users/me, the org_admin's management of
// colleagues, and every way a token is refused (none, garbage, another secret, the seeker audience, a gone member).
#include "recruiting_routes.hpp"

#include <offertracker/ports/recruiting_store.hpp>

using namespace offertracker::recruiting_test;

namespace {

std::optional<std::string> org_name(recruiting_server& s, long long org_id) {
    auto unit = s.store().begin(offertracker::ports::access::read_only);
    const auto org = unit->organizations().get(org_id);
    if (!org) return std::nullopt;
    return org->name;
}

}  // namespace

TEST_CASE("recruiting: register answers 200 with the new org's admin, full_name from the email", "[recruiting][auth]") {
    for_each_engine([](recruiting_server& s) {
        const auto r = s.post("/auth/register", R"({"email":"founder@example.com","password":"secret123","org_name":"My Recruiting Co"})");
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(sorted_keys(r.body) == user_keys);
        CHECK(int_of(r["id"]) > 0);
        CHECK(str(r["email"]) == "founder@example.com");
        CHECK(str(r["full_name"]) == "founder");
        CHECK(str(r["role"]) == "org_admin");
        CHECK(int_of(r["org_id"]) > 0);
        CHECK(r["is_active"] == json::value(true));
        CHECK(org_name(s, int_of(r["org_id"])) == std::optional<std::string>("My Recruiting Co"));

        // org_name is optional: "My Organization"; every registration is a new org.
        const auto other = s.post("/auth/register", R"({"email":"second@example.com","password":"secret123"})");
        INFO(other.raw);
        REQUIRE(other.status == 200);
        CHECK(int_of(other["org_id"]) != int_of(r["org_id"]));
        CHECK(str(other["full_name"]) == "second");
        CHECK(org_name(s, int_of(other["org_id"])) == std::optional<std::string>("My Organization"));
    });
}

TEST_CASE("recruiting: register stores the email lower-cased and refuses it twice in any case", "[recruiting][auth]") {
    for_each_engine([](recruiting_server& s) {
        const auto r = s.post("/auth/register", R"({"email":"Mixed.Case@Example.COM","password":"secret123"})");
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(str(r["email"]) == "mixed.case@example.com");
        check_detail(s.post("/auth/register", R"({"email":"mixed.case@example.com","password":"secret123"})"), 400,
                     "Email already registered");
        check_detail(s.post("/auth/register", R"({"email":"MIXED.CASE@EXAMPLE.COM","password":"other-secret"})"), 400,
                     "Email already registered");
        // Login matches case-insensitively.
        CHECK_FALSE(s.login("MIXED.case@example.com", "secret123").empty());
    });
}

TEST_CASE("recruiting: register validates its body (422 in FastAPI's shape)", "[recruiting][auth][validation]") {
    for_each_engine([](recruiting_server& s) {
        check_422(s.post("/auth/register", R"({"password":"secret123"})"), {"body", "email"}, "missing", "Field required");
        check_422(s.post("/auth/register", R"({"email":"a@example.com"})"), {"body", "password"}, "missing");
        check_422(s.post("/auth/register", R"({"email":"not-an-email","password":"secret123"})"), {"body", "email"},
                  "value_error");
        check_422(s.post("/auth/register", R"({"email":"a@example.com","password":"short"})"), {"body", "password"},
                  "string_too_short");
        check_422(s.post("/auth/register", json::serialize(json::object{{"email", "a@example.com"},
                                                                         {"password", "secret123"},
                                                                         {"org_name", chars(201)}})),
                  {"body", "org_name"}, "string_too_long");
        check_422(s.post("/auth/register", R"({"email":5,"password":"secret123"})"), {"body", "email"}, "string_type");
        check_422(s.post("/auth/register", R"({"email":"a@example.com",)"), {"body", 0LL}, "json_invalid");
        check_422(s.post("/auth/register", "{\"email\":\"a@example.com\",\"password\":\"\xff\xfe secret\"}"),
                  {"body", 0LL}, "json_invalid");
        check_422(s.post("/auth/register", "[]"), {"body"}, "model_attributes_type");
        // Nothing was created.
        check_detail(s.form("/auth/login", {{"username", "a@example.com"}, {"password", "secret123"}}), 400,
                     "Incorrect email or password");
    });
}

TEST_CASE("recruiting: login is form-encoded and answers {access_token, token_type}", "[recruiting][auth]") {
    for_each_engine([](recruiting_server& s) {
        REQUIRE(s.post("/auth/register", R"({"email":"founder@example.com","password":"secret123"})").status == 200);
        const auto r = s.form("/auth/login", {{"username", "founder@example.com"}, {"password", "secret123"}});
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(sorted_keys(r.body) == sorted({"access_token", "token_type"}));
        CHECK(str(r["token_type"]) == "bearer");
        const auto me = s.get("/users/me", str(r["access_token"]));
        INFO(me.raw);
        REQUIRE(me.status == 200);
        CHECK(sorted_keys(me.body) == user_keys);
        CHECK(str(me["email"]) == "founder@example.com");
        CHECK(str(me["full_name"]) == "founder");
        CHECK(str(me["role"]) == "org_admin");
        CHECK(me["is_active"] == json::value(true));

        // Wrong password, unknown email: the same 400.
        check_detail(s.form("/auth/login", {{"username", "founder@example.com"}, {"password", "secret124"}}), 400,
                     "Incorrect email or password");
        check_detail(s.form("/auth/login", {{"username", "nobody@example.com"}, {"password", "secret123"}}), 400,
                     "Incorrect email or password");
        // The fields are required form fields: JSON does not carry them.
        check_422(s.post("/auth/login", R"({"username":"founder@example.com","password":"secret123"})"),
                  {"body", "username"}, "missing");
        check_422(s.form("/auth/login", {{"username", "founder@example.com"}}), {"body", "password"}, "missing");
    });
}

TEST_CASE("recruiting: login refuses invalid form text and throttles repeated failures", "[recruiting][auth]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        auto form = [&](const std::string& body) {
            return s.raw("POST", std::string(prefix) + "/auth/login", body, {},
                         {{"Content-Type", "application/x-www-form-urlencoded"}});
        };
        check_422(form("username=founder%40example.com&password=%FF%FE"), {"body", "password"}, "string_unicode");
        check_422(form("username=%C3&password=secret"), {"body", "username"}, "string_unicode");
        check_422(form(""), {"body", "username"}, "missing");
        // Ten failures for one account, then the eleventh try is 429 with Retry-After, even with the right password.
        for (int i = 0; i < 10; ++i) {
            INFO("failure " << i + 1);
            check_detail(s.form("/auth/login", {{"username", admin.email}, {"password", "wrong-password"}}), 400,
                         "Incorrect email or password");
        }
        const auto throttled = s.form("/auth/login", {{"username", admin.email}, {"password", admin.password}});
        INFO(throttled.raw);
        CHECK(throttled.status == 429);
        CHECK(throttled["detail"].is_string());
        CHECK(throttled.header("Retry-After").has_value());
        // The token issued before still works: throttling refuses logins, not sessions.
        CHECK(s.get("/users/me", admin.token).status == 200);
    });
}

TEST_CASE("recruiting: GET /healthz at the server root", "[recruiting][auth]") {
    for_each_engine([](recruiting_server& s) {
        const auto r = s.raw("GET", "/healthz");
        INFO(r.raw);
        CHECK(r.status == 200);
        CHECK(r.body == json::value(json::object{{"status", "ok"}}));
    });
}

TEST_CASE("recruiting: every protected route answers 401 \"Not authenticated\" without a bearer token",
          "[recruiting][auth]") {
    for_each_engine([](recruiting_server& s) {
        world placeholder;  // ids need not exist: authentication comes first
        placeholder.job = placeholder.candidate = placeholder.spare_candidate = placeholder.application = 1;
        placeholder.webhook = placeholder.colleague.id = 1;
        for (const auto& route : protected_routes()) {
            INFO(route.name);
            const auto r = send(s, route, placeholder, {});
            check_detail(r, 401, "Not authenticated");
            CHECK(r.header("WWW-Authenticate") == std::optional<std::string>("Bearer"));
            const auto basic = route.multipart
                                   ? s.raw(route.method, std::string(prefix) + route.path(placeholder), {}, {},
                                           {{"Authorization", "Basic dXNlcjpwYXNz"}})
                                   : s.raw(route.method, std::string(prefix) + route.path(placeholder),
                                           route.body(placeholder), {},
                                           {{"Authorization", "Basic dXNlcjpwYXNz"}, {"Content-Type", "application/json"}});
            check_detail(basic, 401, "Not authenticated");
        }
    });
}

TEST_CASE("recruiting: a token that fails verification is 401 \"Could not validate credentials\"", "[recruiting][auth]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        REQUIRE(s.get("/users/me", admin.token).status == 200);
        const std::string subject = std::to_string(admin.id);
        std::string tampered = admin.token;
        tampered.back() = tampered.back() == 'A' ? 'B' : 'A';
        const std::vector<std::pair<std::string, std::string>> refused{
            {"garbage", "not-a-jwt"},
            {"tampered signature", tampered},
            {"another secret", s.foreign_token(subject)},
            {"expired", s.expired_token(subject)},
            {"the seeker audience", s.token_for("offertracker", subject)},
            {"a member that does not exist", s.token_for("recruiting", "999999999")},
            {"a subject that is not an id", s.token_for("recruiting", "founder@example.com")},
        };
        for (const auto& [why, token] : refused) {
            INFO(why);
            const auto r = s.get("/users/me", token);
            check_detail(r, 401, "Could not validate credentials");
            CHECK(r.header("WWW-Authenticate") == std::optional<std::string>("Bearer"));
            CHECK(s.get("/jobs", token).status == 401);
        }
    });
}

TEST_CASE("recruiting: seeker and recruiting tokens are not interchangeable (401 both ways)", "[recruiting][auth]") {
    for_each_engine([](recruiting_server& s) {
        const auto seeker = s.seeker_post("/auth/register",
                                          R"({"email":"seeker@example.com","username":"seeker","password":"secret123"})");
        INFO(seeker.raw);
        REQUIRE(seeker.status == 201);
        const std::string seeker_token = str(seeker["access_token"]);
        REQUIRE(s.seeker_get("/users/me", seeker_token).status == 200);

        const auto admin = s.register_org("founder");
        check_detail(s.get("/users/me", seeker_token), 401, "Could not validate credentials");
        check_detail(s.get("/jobs", seeker_token), 401, "Could not validate credentials");
        const auto other_way = s.seeker_get("/users/me", admin.token);
        INFO(other_way.raw);
        CHECK(other_way.status == 401);
        CHECK(str(other_way["detail"]).rfind("Invalid or expired token", 0) == 0);
        // The same email may hold an account on each surface: they are separate aggregates.
        CHECK(s.post("/auth/register", R"({"email":"seeker@example.com","password":"secret123"})").status == 200);
    });
}

TEST_CASE("recruiting: an org_admin invites, lists and changes colleagues", "[recruiting][auth][users]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto invited = s.post("/users",
                                    R"({"email":"Recruiter@Example.com","full_name":"Rita Recruiter","role":"recruiter","password":"secret-rita"})",
                                    admin.token);
        INFO(invited.raw);
        REQUIRE(invited.status == 201);
        CHECK(sorted_keys(invited.body) == user_keys);
        CHECK(str(invited["email"]) == "recruiter@example.com");
        CHECK(str(invited["full_name"]) == "Rita Recruiter");
        CHECK(str(invited["role"]) == "recruiter");
        CHECK(int_of(invited["org_id"]) == admin.org_id);
        CHECK(invited["is_active"] == json::value(true));
        // full_name defaults to the local part.
        const auto viewer = s.post("/users", R"({"email":"vic@example.com","role":"viewer","password":"secret-vic"})",
                                   admin.token);
        INFO(viewer.raw);
        REQUIRE(viewer.status == 201);
        CHECK(str(viewer["full_name"]) == "vic");
        CHECK(str(viewer["role"]) == "viewer");

        // The colleague signs in with the password the admin handed over, and sees the same org.
        const auto rita = s.login("recruiter@example.com", "secret-rita");
        const auto me = s.get("/users/me", rita);
        CHECK(int_of(me["id"]) == id_of(invited));
        CHECK(int_of(me["org_id"]) == admin.org_id);

        const auto list = s.get("/users", admin.token);
        INFO(list.raw);
        REQUIRE(list.status == 200);
        REQUIRE(list.body.is_array());
        std::vector<long long> ids;
        for (const auto& u : list.body.as_array()) {
            CHECK(sorted_keys(u) == user_keys);
            ids.push_back(id_of(u));
        }
        std::sort(ids.begin(), ids.end());
        CHECK(ids == std::vector<long long>{admin.id, id_of(invited), id_of(viewer)});

        // PATCH is partial: role alone keeps full_name.
        const auto promoted = s.patch("/users/" + std::to_string(id_of(viewer)), R"({"role":"recruiter"})", admin.token);
        INFO(promoted.raw);
        REQUIRE(promoted.status == 200);
        CHECK(str(promoted["role"]) == "recruiter");
        CHECK(str(promoted["full_name"]) == "vic");
        const auto renamed = s.patch("/users/" + std::to_string(id_of(viewer)), R"({"full_name":"Victor"})", admin.token);
        CHECK(str(renamed["full_name"]) == "Victor");
        CHECK(str(renamed["role"]) == "recruiter");

        check_detail(s.patch("/users/999999999", R"({"full_name":"x"})", admin.token), 404, "Member not found");
        check_detail(s.post("/users", R"({"email":"founder@example.com","role":"viewer","password":"secret-again"})",
                            admin.token),
                     400, "Email already registered");
        // An admin may not leave the org without an active admin.
        check_detail(s.patch("/users/" + std::to_string(admin.id), R"({"role":"viewer"})", admin.token), 400,
                     "An organization needs an active org_admin");
        check_detail(s.patch("/users/" + std::to_string(admin.id), R"({"is_active":false})", admin.token), 400,
                     "An organization needs an active org_admin");
    });
}

TEST_CASE("recruiting: invitations and member changes validate their bodies", "[recruiting][auth][users][validation]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        check_422(s.post("/users", R"({"email":"a@example.com","role":"org_admin","password":"secret123"})", admin.token),
                  {"body", "role"}, "enum");
        check_422(s.post("/users", R"({"email":"a@example.com","role":"owner","password":"secret123"})", admin.token),
                  {"body", "role"}, "enum");
        check_422(s.post("/users", R"({"email":"a@example.com","role":"viewer"})", admin.token), {"body", "password"},
                  "missing");
        check_422(s.post("/users", R"({"email":"nope","role":"viewer","password":"secret123"})", admin.token),
                  {"body", "email"}, "value_error");
        check_422(s.post("/users", R"({"email":"a@example.com","role":"viewer","password":"short"})", admin.token),
                  {"body", "password"}, "string_too_short");
        check_422(s.post("/users", "{", admin.token), {"body", 0LL}, "json_invalid");
        const auto colleague = s.invite(admin, "colleague", "recruiter");
        const std::string path = "/users/" + std::to_string(colleague.id);
        check_422_at(s.patch(path, R"({"full_name":null})", admin.token), {"body", "full_name"});
        check_422_at(s.patch(path, R"({"is_active":"maybe"})", admin.token), {"body", "is_active"});
        check_422(s.patch(path, R"({"role":"archived"})", admin.token), {"body", "role"}, "enum");
        check_422(s.patch(path, json::serialize(json::object{{"full_name", chars(201)}}), admin.token),
                  {"body", "full_name"}, "string_too_long");
        check_422(s.patch("/users/abc", R"({"full_name":"x"})", admin.token), {"path", "user_id"}, "int_parsing");
    });
}

TEST_CASE("recruiting: a deactivated colleague's token stops working and they cannot log in", "[recruiting][auth][users]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto rita = s.invite(admin, "rita", "recruiter");
        REQUIRE(s.get("/users/me", rita.token).status == 200);
        const auto r = s.patch("/users/" + std::to_string(rita.id), R"({"is_active":false})", admin.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(r["is_active"] == json::value(false));
        check_detail(s.get("/users/me", rita.token), 401, "Could not validate credentials");
        check_detail(s.form("/auth/login", {{"username", rita.email}, {"password", rita.password}}), 400,
                     "Incorrect email or password");
        // Reactivated, the old token works again (it was never revoked, only refused while inactive).
        REQUIRE(s.patch("/users/" + std::to_string(rita.id), R"({"is_active":true})", admin.token).status == 200);
        CHECK(s.get("/users/me", rita.token).status == 200);
    });
}

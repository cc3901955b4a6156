// POST /auth/register and POST /auth/login over real sockets, on every engine.
#include "api_fixture.hpp"

using namespace offertracker::api_test;

namespace {

const std::vector<std::string> user_response_keys{"id",           "email",      "username",         "display_name",
                                                  "bio",          "is_profile_public", "profile_visibility",
                                                  "streak_days",  "last_active_date",  "created_at", "updated_at"};

std::string register_body(std::string_view email, std::string_view username, std::string_view password) {
    return json::serialize(json::object{{"email", email}, {"username", username}, {"password", password}});
}

// Neither the password nor any hash ever appears in a response.
void check_no_secrets(const reply& r, std::string_view password) {
    INFO(r.raw);
    CHECK(r.raw.find("password") == std::string::npos);
    CHECK(r.raw.find("hash") == std::string::npos);
    CHECK(r.raw.find("$argon2") == std::string::npos);
    CHECK(r.raw.find(std::string(password)) == std::string::npos);
}

}  // namespace

TEST_CASE("register: 201 with a bearer token and the UserResponse, display_name defaulting to username", "[api][auth]") {
    for_each_engine([](api_server& s) {
        const auto r = s.post("/auth/register", register_body("Ada@Example.com", "ada", "hunter22"));
        INFO(r.raw);
        REQUIRE(r.status == 201);
        CHECK(keys_of(r.body) == std::vector<std::string>{"access_token", "token_type", "user"});
        CHECK(str(r["token_type"]) == "bearer");
        CHECK_FALSE(str(r["access_token"]).empty());
        const auto& user = r["user"];
        CHECK(keys_of(user) == user_response_keys);
        CHECK(str(user.at("username")) == "ada");
        CHECK(str(user.at("display_name")) == "ada");
        CHECK(user.at("bio").is_null());
        CHECK(user.at("is_profile_public") == json::value(false));
        CHECK(str(user.at("profile_visibility")) == "private");
        CHECK(user.at("streak_days") == json::value(0));  // registering is not activity (docs/behaviour.md §3)
        CHECK(user.at("last_active_date").is_null());
        check_no_secrets(r, "hunter22");

        // The token works at once.
        const auto me = s.get("/users/me", str(r["access_token"]));
        CHECK(me.status == 200);
        CHECK(str(me["id"]) == str(user.at("id")));
    });
}

TEST_CASE("register: display_name kept when given, at most 100 characters; blank falls back", "[api][auth]") {
    for_each_engine([](api_server& s) {
        auto r = s.post("/auth/register", R"({"email":"a@x.io","username":"abc","password":"secret","display_name":"Ada L."})");
        REQUIRE(r.status == 201);
        CHECK(str(r.body.at_pointer("/user/display_name")) == "Ada L.");

        r = s.post("/auth/register", json::serialize(json::object{
                                         {"email", "b@x.io"}, {"username", "bcd"}, {"password", "secret"},
                                         {"display_name", chars(100)}}));
        CHECK(r.status == 201);
        r = s.post("/auth/register", json::serialize(json::object{
                                         {"email", "c@x.io"}, {"username", "cde"}, {"password", "secret"},
                                         {"display_name", chars(101)}}));
        check_422(r, {"body", "display_name"}, "string_too_long");
        r = s.post("/auth/register", R"({"email":"d@x.io","username":"def","password":"secret","display_name":null})");
        REQUIRE(r.status == 201);
        CHECK(str(r.body.at_pointer("/user/display_name")) == "def");
    });
}

TEST_CASE("register: username and email taken are 400, username checked first, email case-insensitively", "[api][auth]") {
    for_each_engine([](api_server& s) {
        REQUIRE(s.post("/auth/register", register_body("taken@example.com", "taken", "secret1")).status == 201);

        check_detail(s.post("/auth/register", register_body("other@example.com", "taken", "secret1")), 400,
                     "Username already taken");
        check_detail(s.post("/auth/register", register_body("taken@example.com", "fresh", "secret1")), 400,
                     "Email already taken");
        check_detail(s.post("/auth/register", register_body("TAKEN@Example.COM", "fresh", "secret1")), 400,
                     "Email already taken");
        // Both taken: the username is reported.
        check_detail(s.post("/auth/register", register_body("taken@example.com", "taken", "secret1")), 400,
                     "Username already taken");
    });
}

TEST_CASE("register: field constraints are 422 in the documented shape", "[api][auth]") {
    for_each_engine([](api_server& s) {
        SECTION("email at most 255 characters and well-formed") {
            const std::string domain_part = "@example.com";
            const std::string ok = chars(255 - domain_part.size(), 'e') + domain_part;
            REQUIRE(ok.size() == 255);
            CHECK(s.post("/auth/register", register_body(ok, "longmail", "secret")).status == 201);
            const std::string too_long = "f" + ok;
            check_422(s.post("/auth/register", register_body(too_long, "longmail2", "secret")), {"body", "email"},
                      "string_too_long");
            for (const char* bad : {"not-an-email", "a@b", "@example.com", "a b@example.com", "a@@example.com", ""}) {
                INFO(bad);
                check_422(s.post("/auth/register", register_body(bad, "someone", "secret")), {"body", "email"},
                          "value_error");
            }
        }
        SECTION("username 3 to 50 characters") {
            check_422(s.post("/auth/register", register_body("u2@x.io", "ab", "secret")), {"body", "username"},
                      "string_too_short", "String should have at least 3 characters");
            CHECK(s.post("/auth/register", register_body("u3@x.io", "abc", "secret")).status == 201);
            CHECK(s.post("/auth/register", register_body("u50@x.io", chars(50, 'u'), "secret")).status == 201);
            check_422(s.post("/auth/register", register_body("u51@x.io", chars(51, 'v'), "secret")),
                      {"body", "username"}, "string_too_long", "String should have at most 50 characters");
        }
        SECTION("password 6 to 128 characters") {
            check_422(s.post("/auth/register", register_body("p5@x.io", "pfive", "12345")), {"body", "password"},
                      "string_too_short");
            CHECK(s.post("/auth/register", register_body("p6@x.io", "psix", "123456")).status == 201);
            CHECK(s.post("/auth/register", register_body("p128@x.io", "p128", chars(128, 'p'))).status == 201);
            check_422(s.post("/auth/register", register_body("p129@x.io", "p129", chars(129, 'p'))),
                      {"body", "password"}, "string_too_long");
        }
        SECTION("missing fields and wrong types") {
            const auto r = s.post("/auth/register", R"({"email":"m@x.io"})");
            check_422(r, {"body", "username"}, "missing", "Field required");
            check_422(r, {"body", "password"}, "missing", "Field required");
            check_422(s.post("/auth/register", R"({"email":"m@x.io","username":123,"password":"secret"})"),
                      {"body", "username"}, "string_type", "Input should be a valid string");
            check_422(s.post("/auth/register", R"({"email":"m@x.io","username":"mmm","password":true})"),
                      {"body", "password"}, "string_type");
            check_422(s.post("/auth/register", R"({"email":null,"username":"mmm","password":"secret"})"),
                      {"body", "email"}, "string_type");
        }
        SECTION("malformed, non-object and empty bodies") {
            check_422(s.post("/auth/register", R"({"email": "a@x.io",)"), {"body", 0LL}, "json_invalid");
            check_422(s.post("/auth/register", R"(["a@x.io","abc","secret"])"), {"body"}, "model_attributes_type");
            check_422(s.post("/auth/register", ""), {"body"}, "missing");
        }
    });
}

TEST_CASE("login: JSON and OAuth2 form, case-insensitive email, streak counted", "[api][auth]") {
    for_each_engine([](api_server& s) {
        REQUIRE(s.post("/auth/register", register_body("Grace@Example.com", "grace", "sixsix")).status == 201);

        SECTION("JSON login returns the same shape, the user after the streak update") {
            const auto r = s.post("/auth/login", R"({"email":"grace@example.com","password":"sixsix"})");
            INFO(r.raw);
            REQUIRE(r.status == 200);
            CHECK(keys_of(r.body) == std::vector<std::string>{"access_token", "token_type", "user"});
            CHECK(str(r["token_type"]) == "bearer");
            CHECK(keys_of(r["user"]) == user_response_keys);
            CHECK(str(r.body.at_pointer("/user/username")) == "grace");
            CHECK(r.body.at_pointer("/user/streak_days") == json::value(1));
            CHECK(str(r.body.at_pointer("/user/last_active_date")) == today_utc());
            check_no_secrets(r, "sixsix");
            CHECK(s.get("/users/me", str(r["access_token"])).status == 200);
        }
        SECTION("email is case-insensitive (a 6-character password logs in, docs/behaviour.md §18)") {
            const auto r = s.post("/auth/login", R"({"email":"GRACE@EXAMPLE.COM","password":"sixsix"})");
            CHECK(r.status == 200);
        }
        SECTION("form-encoded username=email & password") {
            const auto r = s.raw("POST", "/api/v1/auth/login", "username=grace%40example.com&password=sixsix", {},
                                 {{"Content-Type", "application/x-www-form-urlencoded"}});
            INFO(r.raw);
            REQUIRE(r.status == 200);
            CHECK(str(r["token_type"]) == "bearer");
            CHECK(s.get("/users/me", str(r["access_token"])).status == 200);
            const auto missing = s.raw("POST", "/api/v1/auth/login", "username=grace%40example.com", {},
                                       {{"Content-Type", "application/x-www-form-urlencoded"}});
            check_422(missing, {"body", "password"}, "missing");
        }
        SECTION("wrong password and unknown email give the same 401") {
            const auto wrong = s.post("/auth/login", R"({"email":"grace@example.com","password":"wrong-password"})");
            const auto unknown = s.post("/auth/login", R"({"email":"nobody@example.com","password":"sixsix"})");
            check_detail(wrong, 401, "Incorrect email or password");
            check_detail(unknown, 401, "Incorrect email or password");
            CHECK(wrong.raw == unknown.raw);
            const auto form_wrong = s.raw("POST", "/api/v1/auth/login", "username=grace%40example.com&password=nopenope",
                                          {}, {{"Content-Type", "application/x-www-form-urlencoded"}});
            check_detail(form_wrong, 401, "Incorrect email or password");
        }
        SECTION("422 for missing fields, short passwords and bad bodies") {
            check_422(s.post("/auth/login", R"({"email":"grace@example.com"})"), {"body", "password"}, "missing");
            check_422(s.post("/auth/login", R"({"email":"grace@example.com","password":"12345"})"),
                      {"body", "password"}, "string_too_short");
            check_422(s.post("/auth/login", R"({"email":"grace@example.com","password":123456})"),
                      {"body", "password"}, "string_type");
            check_422(s.post("/auth/login", "{"), {"body", 0LL}, "json_invalid");
            check_422(s.post("/auth/login", "[]"), {"body"}, "model_attributes_type");
            check_422(s.post("/auth/login", ""), {"body"}, "missing");
        }
    });
}

// What a hostile client tried against the landed server, over real sockets on every engine: invalid UTF-8
// where text enters, bodies sized to make the server read before it knows who is asking, absolute-form targets,
// and responses a shared cache could keep.
#include "api_fixture.hpp"

using namespace offertracker::api_test;
using namespace std::chrono_literals;
using offertracker::testing::make_multipart;
using offertracker::testing::multipart_field;

namespace {

constexpr std::string_view unicode_msg = "Input should be a valid string, unable to parse raw data as a unicode string";
constexpr std::size_t ten_mib = 10 * 1024 * 1024;

std::string pdf_of(std::size_t size) {
    std::string b = "%PDF-1.4\n";
    b.resize(size, 'p');
    return b;
}

// The raw head of a request whose body is never sent: the answer must come from the head alone.
test_response answer_to_head(api_server& s, std::string_view request_line, std::size_t content_length,
                             const std::string& token = {}) {
    auto client = s.connect();
    client.set_timeout(5s);
    std::string head = std::string(request_line) + "\r\nHost: api.test\r\nContent-Type: application/pdf\r\n";
    if (!token.empty()) head += "Authorization: Bearer " + token + "\r\n";
    head += "Content-Length: " + std::to_string(content_length) + "\r\n\r\n";
    client.send_raw(head);
    return client.read_response();
}

}  // namespace

TEST_CASE("hostile: a path segment that is not UTF-8 names nothing (404)", "[api][hostile][utf8]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto app = str(s.create_application(ada).at("id"));
        for (const std::string& path : std::vector<std::string>{"/applications/%FF", "/applications/%C0%AF", "/contacts/%ED%A0%80",
                                       "/users/%FF", "/social/groups/%F4%90%80%80", "/resumes/abc%FE",
                                       "/tags/application/" + app + "/assign/%FF", "/applications/" + app + "/stages/%FF"}) {
            INFO(path);
            check_detail(s.get(path, ada.token), 404, "Not Found");
        }
        check_detail(s.del("/social/follow/%FF", ada.token), 404, "Not Found");
        check_detail(s.post("/applications/%FF/stages", R"({"stage_name":"x"})", ada.token), 404, "Not Found");
    });
}

TEST_CASE("hostile: a query value or form field that is not UTF-8 is 422, never 500", "[api][hostile][utf8]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        check_422(s.get("/users/search?q=%FF", ada.token), {"query", "q"}, "string_unicode", unicode_msg);
        check_422(s.get("/applications/?status=%C3", ada.token), {"query", "status"}, "string_unicode");
        check_422(s.get("/contacts/?application_id=%ED%B0%80", ada.token), {"query", "application_id"}, "string_unicode");
        check_422(s.get("/analytics/activity?application_id=%FF", ada.token), {"query", "application_id"},
                  "string_unicode");
        // A name that is not text cannot be echoed back: the error names the query as a whole.
        check_422(s.get("/applications/?%FF=1", ada.token), {"query"}, "value_error");

        // The OAuth2 form login needs no token, so this is what an anonymous client reaches.
        const auto form = s.raw("POST", "/api/v1/auth/login", "username=%FF%40x.io&password=secret1", {},
                                {{"Content-Type", "application/x-www-form-urlencoded"}});
        check_422(form, {"body", "username"}, "string_unicode", unicode_msg);
        check_422(s.raw("POST", "/api/v1/auth/login", "username=ada%40example.com&password=se%80cret", {},
                        {{"Content-Type", "application/x-www-form-urlencoded"}}),
                  {"body", "password"}, "string_unicode");
    });
}

TEST_CASE("hostile: JSON escapes that decode to no valid text are 422", "[api][hostile][utf8]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        for (const std::string body : {R"({"company_name":"\ud800","role_title":"r"})",
                                       R"({"company_name":"a\udc00b","role_title":"r"})",
                                       R"({"company_name":"x","role_title":"r","notes":"\u0000"})"}) {
            INFO(body);
            const auto r = s.post("/applications/", body, ada.token);
            INFO(r.raw);
            CHECK(r.status == 422);
        }
        CHECK(s.get("/applications/", ada.token).body.as_array().empty());
    });
}

TEST_CASE("hostile: a file over 10 MB gets the documented 400, up to a cap; above it 413 unread",
          "[api][hostile][upload]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto id = s.create_resume(ada);
        const auto body = make_multipart({multipart_field{"file", pdf_of(ten_mib + ten_mib / 20), "cv.pdf", "application/pdf"}});
        check_detail(s.raw("POST", "/api/v1/upload/resumes/" + id, body.body, ada.token, {{"Content-Type", body.content_type}}),
                     400, "File too large (max 10 MB)");

        // The same request in absolute form meets the same route and the same limit.
        auto client = s.connect();
        client.set_default_header("Authorization", "Bearer " + ada.token);
        const auto absolute = client.request("POST", "http://api.test/api/v1/upload/resumes/" + id, body.body,
                                             {{"Content-Type", body.content_type}});
        CHECK(absolute.status == 400);
        CHECK(parse_json(absolute.body) == parse_json(R"j({"detail":"File too large (max 10 MB)"})j"));

        // Over the cap: 413 from the head alone, even with a valid token.
        const auto huge = answer_to_head(s, "POST /api/v1/upload/resumes/" + id + " HTTP/1.1", 17 * 1024 * 1024, ada.token);
        CHECK(huge.status == 413);
        CHECK(parse_json(huge.body) == parse_json(R"({"detail":"Request body too large"})"));
    });
}

TEST_CASE("hostile: only a matched upload route with a valid token may send more than the default body",
          "[api][hostile][upload]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto id = s.create_resume(ada);
        const std::size_t five_mib = 5 * 1024 * 1024;
        // Each of these would have made the server wait for (and read) five megabytes.
        using attempt = std::pair<std::string, std::string>;  // request line, token
        for (const auto& [line, token] : std::vector<attempt>{{"POST /api/v1/upload/whatever HTTP/1.1", ada.token},
                                          {"POST /api/v1/upload/resumes/" + id + " HTTP/1.1", ""},
                                          {"POST /api/v1/upload/resumes/" + id + " HTTP/1.1", "not.a.token"},
                                          {"POST /api/v1/upload/resumes/" + id + " HTTP/1.1", s.expired_token(ada.id)},
                                          {"PUT /api/v1/upload/resumes/" + id + " HTTP/1.1", ada.token},
                                          {"POST /api/v1/resumes/ HTTP/1.1", ada.token}}) {
            INFO(line << (token.empty() ? " without a token" : " with a token"));
            const auto r = answer_to_head(s, line, five_mib, token);
            CHECK(r.status == 413);
        }
    });
}

TEST_CASE("hostile: private responses are no-store; CORS never asks for credentials", "[api][hostile][headers]") {
    for_each_engine([](api_server& s) {
        const auto reg = s.post("/auth/register", R"({"email":"ada@example.com","username":"ada","password":"secret1"})");
        REQUIRE(reg.status == 201);
        CHECK(reg.header("Cache-Control") == std::optional<std::string>{"no-store"});
        const auto token = str(reg["access_token"]);
        const auto login = s.post("/auth/login", R"({"email":"ada@example.com","password":"secret1"})");
        REQUIRE(login.status == 200);
        CHECK(login.header("Cache-Control") == std::optional<std::string>{"no-store"});
        const auto form = s.raw("POST", "/api/v1/auth/login", "username=ada%40example.com&password=secret1", {},
                                {{"Content-Type", "application/x-www-form-urlencoded"}});
        CHECK(form.header("Cache-Control") == std::optional<std::string>{"no-store"});

        for (const auto* path : {"/users/me", "/applications/", "/analytics/dashboard", "/social/groups/mine"}) {
            INFO(path);
            CHECK(s.get(path, token).header("Cache-Control") == std::optional<std::string>{"no-store"});
        }
        CHECK(s.get("/applications/00000000-0000-4000-8000-000000000000", token).header("Cache-Control") ==
              std::optional<std::string>{"no-store"});  // errors to an authenticated request too
        CHECK(s.get("/users/me").header("Cache-Control") == std::optional<std::string>{"no-store"});

        const auto cors = s.raw("GET", "/api/v1/users/me", {}, token, {{"Origin", std::string(allowed_origin)}});
        CHECK(cors.header("Access-Control-Allow-Origin") == std::optional<std::string>{std::string(allowed_origin)});
        CHECK_FALSE(cors.header("Access-Control-Allow-Credentials"));
    });
}

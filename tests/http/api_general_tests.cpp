// Cross-cutting behaviour of the OfferTracker surface: authentication on every route, the root, 404/405,
// trailing slashes, CORS, body limits and concurrent conflicting writes.
#include "api_fixture.hpp"

#include <atomic>
#include <barrier>
#include <thread>

using namespace offertracker::api_test;
using namespace std::chrono_literals;

namespace {

struct route {
    const char* method;
    const char* path;
};

// Every route of the surface that needs a token (ids need not exist: authentication comes first).
const std::vector<route> protected_routes{
    {"GET", "/users/me"},
    {"PUT", "/users/me"},
    {"GET", "/users/search?q=a"},
    {"GET", "/users/00000000-0000-4000-8000-000000000000"},
    {"GET", "/resumes/"},
    {"POST", "/resumes/"},
    {"GET", "/resumes/r1"},
    {"PUT", "/resumes/r1"},
    {"DELETE", "/resumes/r1"},
    {"POST", "/upload/resumes/r1"},
    {"GET", "/applications/"},
    {"GET", "/applications"},
    {"POST", "/applications/"},
    {"GET", "/applications/a1"},
    {"PUT", "/applications/a1"},
    {"DELETE", "/applications/a1"},
    {"POST", "/applications/a1/stages"},
    {"PUT", "/applications/a1/stages/s1"},
    {"DELETE", "/applications/a1/stages/s1"},
    {"POST", "/applications/a1/outcome"},
    {"PUT", "/applications/a1/outcome/o1"},
    {"DELETE", "/applications/a1/outcome/o1"},
    {"POST", "/applications/a1/reflection"},
    {"PUT", "/applications/a1/reflection/r1"},
    {"DELETE", "/applications/a1/reflection/r1"},
    {"GET", "/analytics/activity"},
    {"GET", "/files/u1/f1.pdf"},
};

reply call(api_server& s, const route& r, const test_headers& headers) {
    return s.raw(r.method, std::string(prefix) + r.path, std::string_view(r.method) == "GET" || std::string_view(r.method) == "DELETE" ? "" : "{}",
                 {}, headers);
}

std::string b64url(std::string_view in) {
    static constexpr char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        const unsigned v = (unsigned char)in[i] << 16 | (unsigned char)in[i + 1] << 8 | (unsigned char)in[i + 2];
        out += table[v >> 18 & 63];
        out += table[v >> 12 & 63];
        out += table[v >> 6 & 63];
        out += table[v & 63];
    }
    if (i + 1 == in.size()) {
        const unsigned v = (unsigned char)in[i] << 16;
        out += table[v >> 18 & 63];
        out += table[v >> 12 & 63];
    } else if (i + 2 == in.size()) {
        const unsigned v = (unsigned char)in[i] << 16 | (unsigned char)in[i + 1] << 8;
        out += table[v >> 18 & 63];
        out += table[v >> 12 & 63];
        out += table[v >> 6 & 63];
    }
    return out;
}

}  // namespace

TEST_CASE("401: every protected route refuses a missing or malformed Authorization header", "[api][auth]") {
    for_each_engine([](api_server& s) {
        for (const auto& r : protected_routes) {
            INFO(r.method << " " << r.path);
            const auto none = call(s, r, {});
            check_detail(none, 401, "Not authenticated");
            CHECK(none.header("WWW-Authenticate") == std::optional<std::string>("Bearer"));
            check_detail(call(s, r, {{"Authorization", "Basic dXNlcjpwYXNz"}}), 401, "Not authenticated");
            check_detail(call(s, r, {{"Authorization", "Bearer"}}), 401, "Not authenticated");
            check_detail(call(s, r, {{"Authorization", "Bearer "}}), 401, "Not authenticated");
            const auto garbage = call(s, r, {{"Authorization", "Bearer not-a-jwt"}});
            CHECK(garbage.status == 401);
            CHECK(str(garbage["detail"]).rfind("Invalid or expired token", 0) == 0);
        }
    });
}

TEST_CASE("401: tokens signed with another secret, expired, tampered or 'alg: none'", "[api][auth]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        auto expect_refused = [&](const std::string& token) {
            INFO("token " << token);
            const auto r = s.get("/users/me", token);
            CHECK(r.status == 401);
            CHECK(str(r["detail"]).rfind("Invalid or expired token", 0) == 0);
            CHECK(r.header("WWW-Authenticate") == std::optional<std::string>("Bearer"));
            CHECK(s.get("/applications/", token).status == 401);
        };
        REQUIRE(s.get("/users/me", ada.token).status == 200);
        expect_refused(s.foreign_token(ada.id));
        expect_refused(s.expired_token(ada.id));

        const auto dot1 = ada.token.find('.');
        const auto dot2 = ada.token.find('.', dot1 + 1);
        REQUIRE(dot2 != std::string::npos);
        // A flipped signature character.
        std::string tampered = ada.token;
        tampered.back() = tampered.back() == 'A' ? 'B' : 'A';
        expect_refused(tampered);
        // Another user's id in a payload kept under the original signature.
        const std::string payload = R"({"sub":"someone-else","aud":"offertracker","iat":1,"exp":9999999999})";
        expect_refused(ada.token.substr(0, dot1 + 1) + b64url(payload) + ada.token.substr(dot2));
        // alg: none, unsigned.
        expect_refused(b64url(R"({"alg":"none","typ":"JWT"})") + "." + b64url(payload) + ".");
        // The scheme is case-insensitive; the token itself is not.
        CHECK(s.raw("GET", "/api/v1/users/me", {}, {}, {{"Authorization", "bearer " + ada.token}}).status == 200);
    });
}

TEST_CASE("GET / answers the welcome JSON", "[api]") {
    for_each_engine([](api_server& s) {
        const auto r = s.raw("GET", "/");
        CHECK(r.status == 200);
        CHECK(r.body == parse_json(R"({"message":"Welcome to OfferTracker API"})"));
        CHECK(r.header("Content-Type").value_or("").rfind("application/json", 0) == 0);
        CHECK(r.header("X-Request-ID").has_value());
    });
}

TEST_CASE("unknown routes are 404 and wrong methods 405, both as {\"detail\": ...}", "[api]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        check_detail(s.get("/no-such-route", ada.token), 404, "Not Found");
        check_detail(s.get("/applications/a1/nothing", ada.token), 404, "Not Found");
        check_detail(s.raw("GET", "/api/v1"), 404, "Not Found");
        check_detail(s.raw("GET", "/nowhere"), 404, "Not Found");

        auto r = s.raw("POST", "/api/v1/users/me", "{}", ada.token);
        check_detail(r, 405, "Method Not Allowed");
        CHECK(r.header("Allow").has_value());
        check_detail(s.raw("DELETE", "/api/v1/applications/", {}, ada.token), 405, "Method Not Allowed");
        check_detail(s.raw("PATCH", "/api/v1/applications/a1", "{}", ada.token), 405, "Method Not Allowed");
        check_detail(s.raw("GET", "/api/v1/auth/login"), 405, "Method Not Allowed");
        check_detail(s.raw("GET", "/api/v1/applications/a1/outcome", {}, ada.token), 405, "Method Not Allowed");
    });
}

TEST_CASE("collection routes answer with and without the trailing slash, without redirecting", "[api]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        for (const char* path : {"/applications/", "/applications", "/resumes/", "/resumes"}) {
            INFO(path);
            const auto created =
                s.post(path, std::string_view(path).find("resumes") != std::string_view::npos
                                 ? R"({"version_name":"v"})"
                                 : R"({"company_name":"Acme","role_title":"Dev"})",
                       ada.token);
            CHECK(created.status == 201);
            const auto listed = s.get(path, ada.token);
            CHECK(listed.status == 200);
            CHECK(listed.body.is_array());
        }
        CHECK(s.get("/applications/", ada.token).body.as_array().size() == 2);
        CHECK(s.get("/resumes", ada.token).body.as_array().size() == 2);
        CHECK(s.get("/users/me/", ada.token).status == 200);
    });
}

TEST_CASE("CORS: preflight and responses for a configured origin only", "[api]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        auto pre = s.raw("OPTIONS", "/api/v1/applications/", {}, {},
                         {{"Origin", std::string(allowed_origin)},
                          {"Access-Control-Request-Method", "POST"},
                          {"Access-Control-Request-Headers", "authorization, content-type"}});
        CHECK((pre.status == 204 || pre.status == 200));
        CHECK(pre.header("Access-Control-Allow-Origin") == std::optional<std::string>(std::string(allowed_origin)));
        CHECK(pre.header("Access-Control-Allow-Methods").value_or("").find("POST") != std::string::npos);
        const auto allowed_headers = pre.header("Access-Control-Allow-Headers").value_or("");
        CHECK((allowed_headers.find("uthorization") != std::string::npos || allowed_headers == "*"));

        const auto get = s.raw("GET", "/api/v1/applications/", {}, ada.token, {{"Origin", std::string(allowed_origin)}});
        CHECK(get.status == 200);
        CHECK(get.header("Access-Control-Allow-Origin") == std::optional<std::string>(std::string(allowed_origin)));

        auto foreign = s.raw("OPTIONS", "/api/v1/applications/", {}, {},
                             {{"Origin", "https://evil.example.com"}, {"Access-Control-Request-Method", "POST"}});
        CHECK(foreign.status == 403);
        CHECK_FALSE(foreign.header("Access-Control-Allow-Origin").has_value());
        const auto foreign_get =
            s.raw("GET", "/api/v1/applications/", {}, ada.token, {{"Origin", "https://evil.example.com"}});
        CHECK_FALSE(foreign_get.header("Access-Control-Allow-Origin").has_value());
    });
}

TEST_CASE("413: an over-large body is refused from its Content-Length, without the server reading it", "[api]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto resume = s.create_resume(ada);
        for (const std::string& target : {"/api/v1/upload/resumes/" + resume, std::string("/api/v1/applications/")}) {
            INFO(target);
            auto c = s.connect();
            c.set_timeout(5s);
            const std::size_t announced = 30 * 1024 * 1024;
            c.send_raw("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + ada.token +
                       "\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " +
                       std::to_string(announced) + "\r\n\r\n");
            // No body byte is ever sent: a server that waited for it would time the client out.
            const auto r = c.read_response();
            CHECK(r.status == 413);
            CHECK(parse_json(r.body) == parse_json(R"({"detail":"Request body too large"})"));
        }
        // A JSON route's limit (1 MiB here) applies to bodies that are actually sent.
        const std::string big = R"({"company_name":"Acme","role_title":"Dev","notes":")" + chars(default_body_limit) + "\"}";
        const auto r = s.post("/applications/", big, ada.token);
        CHECK(r.status == 413);
        CHECK(str(r["detail"]) == "Request body too large");
        // The server is still fine.
        CHECK(s.get("/applications/", ada.token).status == 200);
    });
}

namespace {

// Runs two requests at the same moment on two connections; returns both replies.
std::pair<test_response, test_response> simultaneously(api_server& s, const std::function<test_response(test_client&)>& a,
                                                       const std::function<test_response(test_client&)>& b) {
    auto ca = s.connect();
    auto cb = s.connect();
    std::barrier sync(2);
    test_response ra, rb;
    std::string error_a, error_b;
    std::thread ta([&] {
        sync.arrive_and_wait();
        try {
            ra = a(ca);
        } catch (const std::exception& e) {
            error_a = e.what();
        }
    });
    std::thread tb([&] {
        sync.arrive_and_wait();
        try {
            rb = b(cb);
        } catch (const std::exception& e) {
            error_b = e.what();
        }
    });
    ta.join();
    tb.join();
    CHECK(error_a.empty());
    CHECK(error_b.empty());
    return {ra, rb};
}

test_headers json_auth(const std::string& token) {
    return {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}};
}

// Exactly one success and one conflict with the given detail; never a 500.
void check_one_wins(const std::pair<test_response, test_response>& rs, unsigned success, unsigned conflict,
                    std::string_view detail) {
    const auto& [a, b] = rs;
    INFO("A: " << a.status << " " << a.body);
    INFO("B: " << b.status << " " << b.body);
    const bool a_won = a.status == success && b.status == conflict;
    const bool b_won = b.status == success && a.status == conflict;
    CHECK((a_won || b_won));
    const auto& loser = a_won ? b : a;
    CHECK(parse_json(loser.body) == json::value(json::object{{"detail", detail}}));
}

}  // namespace

TEST_CASE("concurrency: two simultaneous outcomes for one application give one 201 and one 409", "[api][concurrency]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        for (int round = 0; round < 5; ++round) {
            const auto app = s.create_application(ada, R"({"company_name":"Acme","role_title":"Dev","status":"Applied"})");
            const std::string target = "/api/v1/applications/" + str(app.at("id")) + "/outcome";
            auto send = [&](test_client& c) { return c.request("POST", target, R"({"salary":100})", json_auth(ada.token)); };
            check_one_wins(simultaneously(s, send, send), 201, 409,
                           "This application already has offer details. Use PUT to update.");
            const auto after = s.get("/applications/" + str(app.at("id")), ada.token);
            CHECK(str(after["status"]) == "Offer");
            CHECK(after["outcome"].is_object());
        }
    });
}

TEST_CASE("concurrency: two simultaneous reflections for one application give one 201 and one 409", "[api][concurrency]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        for (int round = 0; round < 5; ++round) {
            const auto app = s.create_application(ada);
            const std::string target = "/api/v1/applications/" + str(app.at("id")) + "/reflection";
            auto send = [&](test_client& c) {
                return c.request("POST", target, R"({"what_worked":"prep"})", json_auth(ada.token));
            };
            check_one_wins(simultaneously(s, send, send), 201, 409,
                           "This application already has a reflection. Use PUT to update.");
        }
    });
}

TEST_CASE("concurrency: two simultaneous registrations of one username or email give one 201 and one 400", "[api][concurrency]") {
    for_each_engine([](api_server& s) {
        for (int round = 0; round < 5; ++round) {
            const std::string name = "twin" + std::to_string(round);
            auto first = [&](test_client& c) {
                return c.request("POST", "/api/v1/auth/register",
                                 R"({"email":")" + name + R"(-a@example.com","username":")" + name + R"(","password":"secret"})",
                                 {{"Content-Type", "application/json"}});
            };
            auto second = [&](test_client& c) {
                return c.request("POST", "/api/v1/auth/register",
                                 R"({"email":")" + name + R"(-b@example.com","username":")" + name + R"(","password":"secret"})",
                                 {{"Content-Type", "application/json"}});
            };
            check_one_wins(simultaneously(s, first, second), 201, 400, "Username already taken");

            const std::string mail = "same" + std::to_string(round) + "@example.com";
            auto by_mail = [&](const std::string& user) {
                return [&, user](test_client& c) {
                    return c.request("POST", "/api/v1/auth/register",
                                     R"({"email":")" + mail + R"(","username":")" + user + R"(","password":"secret"})",
                                     {{"Content-Type", "application/json"}});
                };
            };
            check_one_wins(simultaneously(s, by_mail("m1-" + name), by_mail("m2-" + name)), 201, 400,
                           "Email already taken");
        }
    });
}

// Regression (PostgreSQL lost updates, fixed with SERIALIZABLE write transactions and a retry in the surface):
// PUT /applications/{id} reads the row, merges the sent fields and writes the whole row back. Two simultaneous
// partial PUTs ({"notes":"N"} and {"location":"L"}) must both stick.
TEST_CASE("concurrency: two simultaneous partial updates of different fields both stick", "[api][concurrency]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        int lost = 0;
        for (int round = 0; round < 10; ++round) {
            const std::string id = str(s.create_application(ada).at("id"));
            const std::string target = "/api/v1/applications/" + id;
            auto notes = [&](test_client& c) { return c.request("PUT", target, R"({"notes":"N"})", json_auth(ada.token)); };
            auto location = [&](test_client& c) {
                return c.request("PUT", target, R"({"location":"L"})", json_auth(ada.token));
            };
            const auto [a, b] = simultaneously(s, notes, location);
            CHECK(a.status == 200);
            CHECK(b.status == 200);
            const auto got = s.get("/applications/" + id, ada.token);
            if (str(got["notes"]) != "N" || str(got["location"]) != "L") ++lost;
        }
        CHECK(lost == 0);
    });
}

// Regression (PostgreSQL, same cause): two simultaneous POST /applications/{id}/stages on an Applied application
// must log exactly one automatic Applied -> Interviewing change.
TEST_CASE("concurrency: two simultaneous stages on an Applied application log one status change", "[api][concurrency]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        for (int round = 0; round < 10; ++round) {
            INFO("round " << round);
            const std::string id =
                str(s.create_application(ada, R"({"company_name":"Acme","role_title":"Dev","status":"Applied"})").at("id"));
            const std::string target = "/api/v1/applications/" + id + "/stages";
            auto send = [&](test_client& c) { return c.request("POST", target, R"({"stage_name":"S"})", json_auth(ada.token)); };
            const auto [a, b] = simultaneously(s, send, send);
            CHECK(a.status == 201);
            CHECK(b.status == 201);
            const auto got = s.get("/applications/" + id, ada.token);
            CHECK(str(got["status"]) == "Interviewing");
            CHECK(got["stages"].as_array().size() == 2);
            int changes = 0;
            const auto log = s.get("/analytics/activity?application_id=" + id, ada.token);
            for (const auto& e : log.body.as_array())
                if (str(e.at("action")) == "Status Changed") ++changes;
            CHECK(changes == 1);
        }
    });
}

// Regression (PostgreSQL, same cause): DELETE /applications/{id} racing POST /applications/{id}/stages gives
// 201 (the stage was added first and removed with the application) or 404 "Application not found"; never a 500.
TEST_CASE("concurrency: deleting an application while a stage is added never gives a 500", "[api][concurrency]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        for (int round = 0; round < 10; ++round) {
            INFO("round " << round);
            const std::string id = str(s.create_application(ada).at("id"));
            auto remove = [&](test_client& c) {
                return c.request("DELETE", "/api/v1/applications/" + id, {}, json_auth(ada.token));
            };
            auto add = [&](test_client& c) {
                return c.request("POST", "/api/v1/applications/" + id + "/stages", R"({"stage_name":"S"})", json_auth(ada.token));
            };
            const auto [d, a] = simultaneously(s, remove, add);
            INFO("delete " << d.status << " " << d.body << "; stage " << a.status << " " << a.body);
            CHECK(d.status == 200);
            CHECK((a.status == 201 || a.status == 404));
            check_detail(s.get("/applications/" + id, ada.token), 404, "Application not found");
        }
    });
}

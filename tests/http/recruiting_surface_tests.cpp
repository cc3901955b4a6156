// Cross-cutting behaviour of the Recruiting surface over the whole route table: bodies that are not the JSON object a
// route reads, the seeker's tokens on every route, the OpenAPI document, and the surface served alone at /api/v1.
#include "recruiting_routes.hpp"

using namespace offertracker::recruiting_test;

namespace {

bool takes_json_body(const route_case& r) { return !r.multipart && (r.method == "POST" || r.method == "PATCH"); }

// "PATCH /jobs/{job_id}" -> "/jobs/{job_id}"; "POST /agent/chat (list jobs)" -> "/agent/chat".
std::string path_template(const route_case& r) {
    std::string path = r.name.substr(r.name.find(' ') + 1);
    if (const auto space = path.find(' '); space != std::string::npos) path.resize(space);
    return path;
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

TEST_CASE("recruiting surface: every JSON-bodied route answers 422 for a body that is not a JSON object",
          "[recruiting][validation]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto w = make_world(s, admin, "Body");
        for (const auto& route : protected_routes()) {
            if (!takes_json_body(route)) continue;
            INFO(route.name);
            const auto path = route.path(w);
            auto send_body = [&](std::string_view body) { return s.call(route.method, path, body, admin.token); };
            check_422(send_body("{"), {"body", 0LL}, "json_invalid", "JSON decode error");
            check_422(send_body("{\"a\":1,}"), {"body", 0LL}, "json_invalid");
            check_422(send_body("{\"message\":\"\xff\xfe\",\"title\":\"\xc3\x28\"}"), {"body", 0LL}, "json_invalid");
            check_422(send_body("[]"), {"body"}, "model_attributes_type",
                      "Input should be a valid dictionary or object to extract fields from");
            check_422(send_body("42"), {"body"}, "model_attributes_type");
            check_422(send_body(""), {"body"}, "missing", "Field required");
        }
        // None of it created or changed anything.
        CHECK(int_of(s.get("/jobs", admin.token)["total"]) == 1);
        CHECK(int_of(s.get("/candidates", admin.token)["total"]) == 2);
        CHECK(int_of(s.get("/applications", admin.token)["total"]) == 1);
        CHECK(str(s.get("/jobs/" + std::to_string(w.job), admin.token)["title"]) == w.job_title);
    });
}

TEST_CASE("recruiting surface: a seeker's token is refused on every route", "[recruiting][auth]") {
    for_each_engine([](recruiting_server& s) {
        const auto seeker = s.seeker_post("/auth/register",
                                          R"({"email":"seeker@example.com","username":"seeker","password":"secret123"})");
        REQUIRE(seeker.status == 201);
        const std::string token = str(seeker["access_token"]);
        const auto admin = s.register_org("founder");
        const auto w = make_world(s, admin, "Seeker");
        // The seeker's id as a Recruiting subject (a UUID) and a seeker-audience token naming the admin.
        const std::vector<std::pair<std::string, std::string>> tokens{
            {"a seeker's token", token},
            {"a seeker-audience token naming the org_admin", s.token_for("offertracker", std::to_string(admin.id))},
        };
        for (const auto& [why, t] : tokens) {
            for (const auto& route : protected_routes()) {
                INFO(route.name << " with " << why);
                check_detail(send(s, route, w, t), 401, "Could not validate credentials");
            }
        }
    });
}

TEST_CASE("recruiting surface: /openapi.json documents every route under the prefix, next to the seeker's",
          "[recruiting][docs]") {
    for_each_engine([](recruiting_server& s) {
        const auto r = s.raw("GET", "/openapi.json");
        INFO(r.raw.substr(0, 2000));
        REQUIRE(r.status == 200);
        const auto* paths = r["paths"].if_object();
        REQUIRE(paths);
        for (const auto& route : protected_routes()) {
            const std::string path = std::string(prefix) + path_template(route);
            INFO(route.name << " as " << path);
            const auto* item = paths->if_contains(path);
            REQUIRE(item);
            CHECK(item->as_object().contains(lower(route.method)));
        }
        for (const char* path : {"/auth/register", "/auth/login"}) {
            INFO(path);
            CHECK(paths->contains(std::string(prefix) + path));
        }
        CHECK(paths->contains("/api/v1/auth/register"));  // the seeker's, still there
    });
}

TEST_CASE("recruiting surface: served alone at /api/v1, the seed's walk-through works at the seed's paths",
          "[recruiting][auth]") {
    for_each_engine(surface_setup{.recruiting_alone = true}, [](recruiting_server& s) {
        const auto reg = s.raw("POST", "/api/v1/auth/register",
                               R"({"email":"founder@example.com","password":"secret123","org_name":"My Recruiting Co"})",
                               {}, {{"Content-Type", "application/json"}});
        INFO(reg.raw);
        REQUIRE(reg.status == 200);
        CHECK(str(reg["full_name"]) == "founder");
        const auto login = s.raw("POST", "/api/v1/auth/login", "username=founder%40example.com&password=secret123", {},
                                 {{"Content-Type", "application/x-www-form-urlencoded"}});
        INFO(login.raw);
        REQUIRE(login.status == 200);
        const std::string token = str(login["access_token"]);
        CHECK(s.raw("GET", "/api/v1/users/me", {}, token).status == 200);
        const auto job = s.raw("POST", "/api/v1/jobs", R"({"title":"Senior Backend Engineer"})", token,
                               {{"Content-Type", "application/json"}});
        CHECK(job.status == 201);
        CHECK(int_of(s.raw("GET", "/api/v1/jobs", {}, token)["total"]) == 1);
        CHECK(s.raw("GET", "/healthz").body == json::value(json::object{{"status", "ok"}}));
        // Nothing is left at the default prefix.
        CHECK(s.raw("GET", std::string(prefix) + "/users/me", {}, token).status == 404);
        // The helpers follow the prefix.
        CHECK(s.get("/users/me", token).status == 200);
    });
}

TEST_CASE("recruiting surface: every collection route answers with and without the trailing slash",
          "[recruiting][routing]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const std::vector<std::string> collections{"/users", "/jobs", "/candidates", "/applications", "/webhooks"};
        int checked = 0;
        for (const auto& route : protected_routes()) {
            const auto path = path_template(route);
            if (std::find(collections.begin(), collections.end(), path) == collections.end()) continue;
            for (const std::string slash : {"", "/"}) {
                INFO(route.name << " with '" << slash << "'");
                const auto w = make_world(s, admin, "Slash");
                const auto r = s.call(route.method, route.path(w) + slash, route.body(w), admin.token);
                INFO(r.raw);
                CHECK(r.status == route.success);
                ++checked;
            }
        }
        CHECK(checked == 2 * 10);
    });
}

TEST_CASE("recruiting surface: an unknown path is 404 \"Not Found\", a known path with another method 405",
          "[recruiting][routing]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        check_detail(s.get("/nothing-here", admin.token), 404, "Not Found");
        check_detail(s.get("/jobs/1/nothing", admin.token), 404, "Not Found");
        const std::vector<std::pair<std::string, std::string>> wrong_method{
            {"PUT", "/jobs/1"},          {"POST", "/jobs/1"},         {"PUT", "/candidates/1"},
            {"POST", "/applications/1"}, {"DELETE", "/jobs"},         {"GET", "/auth/login"},
            {"GET", "/auth/register"},   {"PUT", "/users/me"},        {"GET", "/matching/candidates_for_job"},
            {"GET", "/agent/chat"},      {"PATCH", "/webhooks/1"},    {"POST", "/jobs/1/pipeline"},
        };
        for (const auto& [method, path] : wrong_method) {
            INFO(method << " " << path);
            const auto r = s.raw(method, std::string(prefix) + path, method == "GET" ? "" : "{}", admin.token,
                                 {{"Content-Type", "application/json"}});
            check_detail(r, 405, "Method Not Allowed");
            CHECK(r.header("Allow").has_value());
        }
    });
}

// Unit tests for the router (no socket): parameters, decoding, trailing slashes, precedence, 404/405, mounts.
#include <offertracker/http/router.hpp>

#include <catch2/catch.hpp>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

using namespace offertracker::adapters::http;

namespace {

request make_request(std::string method, std::string path) {
    request req;
    req.method = std::move(method);
    req.target = path;
    req.path = std::move(path);
    return req;
}

handler named(std::string name) {
    return [name](const request&, const path_params& params) {
        std::string body = name;
        for (const auto& [key, value] : params.all()) body += " " + key + "=" + value;
        return response::text(200, body);
    };
}

// A surface-specific error shape so tests can tell which mount rendered an error.
error_renderer shaped(std::string tag) {
    return [tag](const request&, unsigned status, std::string_view message) {
        return response::json(status, "{\"" + tag + "\":\"" + std::string{message} + "\"}");
    };
}

}  // namespace

TEST_CASE("router matches fixed routes and parameters", "[http][router]") {
    router r;
    r.mount_at("/api/v1", shaped("detail"))
        .get("/applications/{id}", named("app"))
        .get("/applications/{id}/stages/{stage_id}", named("stage"))
        .post("/applications/", named("create"));
    CHECK(r.dispatch(make_request("GET", "/api/v1/applications/42")).body == "app id=42");
    CHECK(r.dispatch(make_request("GET", "/api/v1/applications/a/stages/b")).body == "stage id=a stage_id=b");
    CHECK(r.dispatch(make_request("POST", "/api/v1/applications/")).body == "create");
}

TEST_CASE("path_params get and find", "[http][router]") {
    const path_params params{{{"id", "7"}}};
    CHECK(params.get("id") == "7");
    CHECK(params.get("nope").empty());
    CHECK(params.find("id") == std::optional<std::string_view>{"7"});
    CHECK_FALSE(params.find("nope"));
}

TEST_CASE("router percent-decodes each parameter after splitting", "[http][router]") {
    router r;
    r.mount_at("").get("/files/{key}", named("file")).get("/files/{key}/meta", named("meta"));
    // An encoded slash stays inside its segment: it neither reaches /meta nor fails to match.
    CHECK(r.dispatch(make_request("GET", "/files/a%2Fmeta")).body == "file key=a/meta");
    CHECK(r.dispatch(make_request("GET", "/files/x%20y+z")).body == "file key=x y+z");
    CHECK(r.dispatch(make_request("GET", "/files/%E2%82%AC/meta")).body == "meta key=\xE2\x82\xAC");
    CHECK(r.dispatch(make_request("GET", "/files/bad%zz")).status == 404);
}

TEST_CASE("router ignores a trailing slash both ways", "[http][router]") {
    router r;
    auto& m = r.mount_at("/api/v1", shaped("detail"));
    m.get("/tags/", named("tags")).get("/tags/{id}", named("tag"));
    m.get("/users/me", named("me"));
    CHECK(r.dispatch(make_request("GET", "/api/v1/tags/")).body == "tags");
    CHECK(r.dispatch(make_request("GET", "/api/v1/tags")).body == "tags");
    CHECK(r.dispatch(make_request("GET", "/api/v1/users/me/")).body == "me");
    CHECK(r.dispatch(make_request("GET", "/api/v1/tags/5/")).body == "tag id=5");
    CHECK_THROWS_AS(m.get("/tags", named("again")), std::invalid_argument);  // same route as "/tags/"
}

TEST_CASE("router prefers fixed segments over parameters whatever the order", "[http][router]") {
    router r;
    auto& m = r.mount_at("/api/v1");
    m.get("/users/{user_id}", named("user")).get("/users/me", named("me"));
    m.get("/{a}/b", named("param-first")).get("/a/{b}", named("fixed-first"));
    CHECK(r.dispatch(make_request("GET", "/api/v1/users/me")).body == "me");
    CHECK(r.dispatch(make_request("GET", "/api/v1/users/123")).body == "user user_id=123");
    CHECK(r.dispatch(make_request("GET", "/api/v1/a/b")).body == "fixed-first b=b");
}

TEST_CASE("router falls back to a less specific route that has the method", "[http][router]") {
    router r;
    r.mount_at("").get("/users/me", named("me")).put("/users/{id}", named("put-user"));
    CHECK(r.dispatch(make_request("PUT", "/users/me")).body == "put-user id=me");
}

TEST_CASE("router answers 404 and 405 in the mount's shape", "[http][router]") {
    router r;
    r.mount_at("/api/v1", shaped("detail")).get("/items/{id}", named("get")).del("/items/{id}", named("del"));
    r.mount_at("/api", shaped("error")).get("/health", named("health"));

    const auto missing = r.dispatch(make_request("GET", "/api/v1/nothing"));
    CHECK(missing.status == 404);
    CHECK(missing.body == "{\"detail\":\"Not Found\"}");
    CHECK(missing.header("Content-Type") == std::optional<std::string_view>{"application/json"});

    const auto wrong_method = r.dispatch(make_request("POST", "/api/v1/items/3"));
    CHECK(wrong_method.status == 405);
    CHECK(wrong_method.body == "{\"detail\":\"Method Not Allowed\"}");
    CHECK(wrong_method.header("Allow") == std::optional<std::string_view>{"GET, HEAD, DELETE"});

    const auto other_mount = r.dispatch(make_request("GET", "/api/nothing"));
    CHECK(other_mount.status == 404);
    CHECK(other_mount.body == "{\"error\":\"Not Found\"}");

    // No mount at all: plain text.
    const auto unowned = r.dispatch(make_request("GET", "/elsewhere"));
    CHECK(unowned.status == 404);
}

TEST_CASE("router gives the longest mount prefix, on segment boundaries", "[http][router]") {
    router r;
    r.mount_at("", shaped("root")).get("/api/v1/ping", named("root-ping")).get("/healthz", named("healthz"));
    r.mount_at("/api", shaped("pipeline")).get("/v1/ping", named("pipeline-ping")).get("/health", named("pipeline"));
    r.mount_at("/api/v1", shaped("offertracker")).get("/ping", named("offertracker-ping"));
    CHECK(r.dispatch(make_request("GET", "/api/v1/ping")).body == "offertracker-ping");
    CHECK(r.dispatch(make_request("GET", "/api/health")).body == "pipeline");
    CHECK(r.dispatch(make_request("GET", "/healthz")).body == "healthz");
    // "/api/v10" is not under "/api/v1": it belongs to "/api".
    CHECK(r.dispatch(make_request("GET", "/api/v10")).body == "{\"pipeline\":\"Not Found\"}");
    CHECK(r.dispatch(make_request("GET", "/apix")).body == "{\"root\":\"Not Found\"}");
    CHECK(r.render_error(make_request("POST", "/api/v1/x"), 413, "Too big").body == "{\"offertracker\":\"Too big\"}");
    CHECK(r.render_error(request{}, 400, "Bad").body == "{\"root\":\"Bad\"}");
}

TEST_CASE("router mount root path and mount reuse", "[http][router]") {
    router r;
    auto& first = r.mount_at("/api/v1", shaped("detail"));
    first.get("/", named("welcome"));
    CHECK(&r.mount_at("/api/v1") == &first);
    CHECK(r.dispatch(make_request("GET", "/api/v1")).body == "welcome");
    CHECK(r.dispatch(make_request("GET", "/api/v1/")).body == "welcome");
}

TEST_CASE("router HEAD uses GET routes", "[http][router]") {
    router r;
    r.mount_at("").get("/x", named("x"));
    CHECK(r.dispatch(make_request("HEAD", "/x")).body == "x");
}

TEST_CASE("router rejects malformed patterns and prefixes", "[http][router]") {
    router r;
    auto& m = r.mount_at("/p");
    CHECK_THROWS_AS(m.get("no-slash", named("x")), std::invalid_argument);
    CHECK_THROWS_AS(m.get("/a/{", named("x")), std::invalid_argument);
    CHECK_THROWS_AS(m.get("/a/x{id}", named("x")), std::invalid_argument);
    CHECK_THROWS_AS(m.get("/a/{}", named("x")), std::invalid_argument);
    CHECK_THROWS_AS(m.get("/a/{id}/{id}", named("x")), std::invalid_argument);
    m.get("/a/{id}", named("x"));
    CHECK_THROWS_AS(m.get("/a/{other}", named("x")), std::invalid_argument);
    CHECK_THROWS_AS(r.mount_at("/trailing/"), std::invalid_argument);
    CHECK_THROWS_AS(r.mount_at("nope"), std::invalid_argument);
}

TEST_CASE("router propagates handler exceptions and survives a throwing renderer", "[http][router]") {
    router r;
    r.mount_at("", [](const request&, unsigned, std::string_view) -> response { throw std::runtime_error("broken renderer"); })
        .get("/boom", [](const request&, const path_params&) -> response { throw std::runtime_error("boom"); });
    CHECK_THROWS_AS(r.dispatch(make_request("GET", "/boom")), std::runtime_error);
    const auto res = r.dispatch(make_request("GET", "/missing"));
    CHECK(res.status == 404);
    CHECK(res.header("Content-Type") == std::optional<std::string_view>{"text/plain; charset=utf-8"});
}

TEST_CASE("message helpers set, add and remove headers case-insensitively", "[http][router]") {
    auto res = response::json(201, "{}");
    res.set_header("content-type", "text/csv").add_header("Set-Cookie", "a=1").add_header("Set-Cookie", "b=2");
    CHECK(res.headers.size() == 3);
    CHECK(res.header("CONTENT-TYPE") == std::optional<std::string_view>{"text/csv"});
    res.remove_header("set-cookie");
    CHECK(res.headers.size() == 1);
    CHECK(response::redirect(303, "/dashboard").header("Location") == std::optional<std::string_view>{"/dashboard"});
    request req;
    req.headers = {{"X-Thing", "1"}};
    CHECK(req.header("x-thing") == std::optional<std::string_view>{"1"});
    CHECK(reason_phrase(413) == "Payload Too Large");
}

TEST_CASE("router: a segment that is not NUL-free UTF-8 names nothing", "[http][router][utf8]") {
    router r;
    r.mount_at("/api", shaped("detail")).get("/items/{id}", named("item"));
    CHECK(r.dispatch(make_request("GET", "/api/items/caf%C3%A9")).body == "item id=caf\xC3\xA9");
    for (const auto* path : {"/api/items/%FF", "/api/items/%C0%AF", "/api/items/%ED%A0%80", "/api/items/a%00b",
                             "/api/items/%F4%90%80%80"}) {
        INFO(path);
        const auto res = r.dispatch(make_request("GET", path));
        CHECK(res.status == 404);
        CHECK(res.body == "{\"detail\":\"Not Found\"}");
    }
}

TEST_CASE("router: a route's larger body limit is granted only when its admission check accepts the head",
          "[http][router][limits]") {
    router r;
    auto& m = r.mount_at("/api", shaped("detail"));
    m.post("/upload/{id}", named("upload"),
           {.body_limit = 4096, .admit = [](const request& head) { return head.header("Authorization").has_value(); }});
    m.post("/small", named("small"), {.body_limit = 16});
    m.post("/plain", named("plain"));
    m.post("/throws", named("throws"), {.body_limit = 4096, .admit = [](const request&) -> bool { throw 1; }});

    auto head = make_request("POST", "/api/upload/7");
    CHECK(r.body_limit(head, 1024) == 1024);  // no credentials yet: the default
    head.headers.emplace_back("Authorization", "Bearer x");
    CHECK(r.body_limit(head, 1024) == 4096);
    CHECK(r.body_limit(make_request("PUT", "/api/upload/7"), 1024) == 1024);     // another method
    CHECK(r.body_limit(make_request("POST", "/api/upload/%FF"), 1024) == 1024);  // no route
    CHECK(r.body_limit(make_request("POST", "/elsewhere"), 1024) == 1024);
    CHECK(r.body_limit(make_request("POST", "/api/small"), 1024) == 16);  // a smaller limit needs no admission
    CHECK(r.body_limit(make_request("POST", "/api/plain"), 1024) == 1024);
    CHECK(r.body_limit(make_request("POST", "/api/throws"), 1024) == 1024);
}

TEST_CASE("router: each_route lists every method with its parameters named as registered", "[http][router][docs]") {
    router r;
    r.mount_at("/api", shaped("detail"))
        .get("/things/", named("list"), {.doc = {.summary = "List things", .tag = "Things"}})
        .post("/things/", named("create"))
        .get("/things/{thing_id}", named("get"))
        .del("/things/{id}", named("delete"));
    r.mount_at("").get("/", named("root"));
    std::vector<std::string> seen;
    r.each_route([&](const route_listing& route) {
        seen.push_back(route.method + " " + route.mount_prefix + route.pattern + " " + route.doc.summary);
    });
    CHECK(seen == std::vector<std::string>{"GET /api/things/ List things", "POST /api/things/ ",
                                           "GET /api/things/{thing_id} ", "DELETE /api/things/{id} ", "GET / "});
}

TEST_CASE("router filters wrap routes, the router's own errors and handle_error, outermost first", "[http][router]") {
    router r;
    std::vector<std::string> order;
    const auto tagging = [&order](std::string name) -> filter {
        return [&order, name](request& req, const next_step& next) {
            order.push_back(name);
            req.request_id += name;  // a filter may change the request the rest of the chain sees
            auto res = next(req);
            res.add_header("X-Filters", name);
            return res;
        };
    };
    r.add_filter(tagging("router-1")).add_filter(tagging("router-2"));
    r.mount_at("/api", shaped("detail"))
        .add_filter(tagging("mount"))
        .get("/id", [](const request& req, const path_params&) { return response::text(200, req.request_id); });
    r.mount_at("/other", shaped("other")).get("/x", named("x"));

    const auto routed = r.dispatch(make_request("GET", "/api/id"));
    CHECK(routed.body == "router-1router-2mount");
    CHECK(order == std::vector<std::string>{"router-1", "router-2", "mount"});

    order.clear();
    const auto missing = r.dispatch(make_request("GET", "/api/none"));
    CHECK(missing.status == 404);
    CHECK(missing.body == "{\"detail\":\"Not Found\"}");
    CHECK(order == std::vector<std::string>{"router-1", "router-2", "mount"});

    order.clear();
    CHECK(r.dispatch(make_request("GET", "/other/x")).body == "x");
    CHECK(order == std::vector<std::string>{"router-1", "router-2"});  // another mount's filters stay its own

    order.clear();
    const auto too_large = r.render_error(make_request("POST", "/api/id"), 413, "Request body too large");
    CHECK(too_large.body == "{\"detail\":\"Request body too large\"}");
    CHECK(order == std::vector<std::string>{"router-1", "router-2", "mount"});

    order.clear();
    CHECK(r.dispatch(make_request("GET", "/nowhere")).status == 404);  // no mount owns it: the router's filters only
    CHECK(order == std::vector<std::string>{"router-1", "router-2"});
}

TEST_CASE("a filter may answer on its own or refuse in the mount's shape", "[http][router]") {
    router r;
    int handled = 0;
    auto& m = r.mount_at("/api", shaped("detail"));
    m.add_filter([](request& req, const next_step& next) {
        auto res = next(req);
        res.set_header("X-Outer", "yes");
        return res;
    });
    m.add_filter([](request& req, const next_step& next) {
        if (req.header("X-Stop")) return response::text(200, "answered by the filter");
        if (req.header("X-Refuse")) return next.error(req, 429, "Too many requests");
        return next(req);
    });
    m.get("/x", [&handled](const request&, const path_params&) {
        ++handled;
        return response::text(200, "handler");
    });
    auto stopped = make_request("GET", "/api/x");
    stopped.headers.emplace_back("X-Stop", "1");
    CHECK(r.dispatch(stopped).body == "answered by the filter");
    auto refused = make_request("GET", "/api/x");
    refused.headers.emplace_back("X-Refuse", "1");
    const auto res = r.dispatch(refused);
    CHECK(res.status == 429);
    CHECK(res.body == "{\"detail\":\"Too many requests\"}");
    CHECK(res.header("X-Outer") == std::optional<std::string_view>{"yes"});
    CHECK(handled == 0);
    CHECK(r.dispatch(make_request("GET", "/api/x")).body == "handler");
    CHECK_THROWS_AS(m.add_filter(filter{}), std::invalid_argument);
}

TEST_CASE("a renderer sees the request it answers", "[http][router]") {
    router r;
    r.mount_at("/site", [](const request& req, unsigned status, std::string_view message) {
        const bool json = req.header("Accept") == std::optional<std::string_view>{"application/json"};
        return json ? response::json(status, "{\"error\":\"" + std::string{message} + "\"}")
                    : response::html(status, "<p>" + std::string{message} + "</p>");
    });
    CHECK(r.dispatch(make_request("GET", "/site/none")).body == "<p>Not Found</p>");
    auto api = make_request("GET", "/site/none");
    api.headers.emplace_back("Accept", "application/json");
    CHECK(r.dispatch(api).body == "{\"error\":\"Not Found\"}");
}

TEST_CASE("the router keeps what it retains alive until it goes, and moves it along", "[http][router]") {
    std::weak_ptr<const int> watched;
    {
        router outer;
        {
            auto owned = std::make_shared<const int>(42);
            watched = owned;
            router r;
            r.retain(owned);
            owned.reset();
            CHECK_FALSE(watched.expired());
            outer = std::move(r);
        }
        CHECK_FALSE(watched.expired());  // the moved-to router holds it now
    }
    CHECK(watched.expired());
}

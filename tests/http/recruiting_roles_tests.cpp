// The role matrix: org_admin, recruiter and viewer × every route of the table. A viewer reads (200) and every write is
// 403 "Not enough permissions"; a recruiter reads and writes but member and webhook management is 403; an org_admin
// may do everything. A deactivated member is 401 everywhere, and a role change applies to the next request.
#include "recruiting_routes.hpp"

#include <barrier>
#include <thread>

using namespace offertracker::recruiting_test;

namespace {

bool allowed(const std::string& role, permission needs) {
    if (needs == permission::read) return true;
    if (needs == permission::write) return role != "viewer";
    return role == "org_admin";
}

const char* describe(permission needs) {
    switch (needs) {
        case permission::read: return "read";
        case permission::write: return "write";
        case permission::admin: return "admin";
    }
    return "?";
}

// How many records the org has of each kind, as its admin sees them.
std::vector<long long> totals(recruiting_server& s, const member& admin) {
    return {int_of(s.get("/jobs", admin.token)["total"]), int_of(s.get("/candidates", admin.token)["total"]),
            int_of(s.get("/applications", admin.token)["total"]),
            static_cast<long long>(s.get("/users", admin.token).body.as_array().size()),
            static_cast<long long>(s.get("/webhooks", admin.token).body.as_array().size())};
}

}  // namespace

TEST_CASE("recruiting roles: every route for org_admin, recruiter and viewer", "[recruiting][roles]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto recruiter = s.invite(admin, "rita", "recruiter");
        const auto viewer = s.invite(admin, "vic", "viewer");
        for (const auto& route : protected_routes()) {
            for (const auto* who : {&admin, &recruiter, &viewer}) {
                INFO(route.name << " (" << describe(route.needs) << ") as " << who->role);
                const auto w = make_world(s, admin, "Role");
                const auto before = totals(s, admin);
                const auto r = send(s, route, w, who->token);
                INFO("response: " << r.raw);
                if (allowed(who->role, route.needs)) {
                    CHECK(r.status == route.success);
                    if (route.success != 204) CHECK_FALSE(r.body.is_null());
                } else {
                    check_detail(r, 403, "Not enough permissions");
                    // A refused write changed nothing.
                    CHECK(totals(s, admin) == before);
                    CHECK(s.get("/jobs/" + std::to_string(w.job), admin.token).status == 200);
                    CHECK(s.get("/applications/" + std::to_string(w.application), admin.token).status == 200);
                }
            }
        }
    });
}

TEST_CASE("recruiting roles: a deactivated member is 401 on every route", "[recruiting][roles]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto w = make_world(s, admin, "Gone");
        for (const char* role : {"recruiter", "viewer"}) {
            const auto m = s.invite(admin, unique_local(role), role);
            s.deactivate(admin, m);
            for (const auto& route : protected_routes()) {
                INFO(route.name << " as a deactivated " << role);
                const auto r = send(s, route, w, m.token);
                check_detail(r, 401, "Could not validate credentials");
                CHECK(r.header("WWW-Authenticate") == std::optional<std::string>("Bearer"));
            }
        }
        // And nothing of the world was touched by them.
        CHECK(s.get("/jobs/" + std::to_string(w.job), admin.token).status == 200);
        CHECK(s.get("/candidates/" + std::to_string(w.candidate), admin.token).status == 200);
        CHECK(s.get("/applications/" + std::to_string(w.application), admin.token).status == 200);
    });
}

TEST_CASE("recruiting roles: a role change applies to the member's next request", "[recruiting][roles]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto rita = s.invite(admin, "rita", "recruiter");
        CHECK(s.post("/jobs", R"({"title":"Before"})", rita.token).status == 201);
        REQUIRE(s.patch("/users/" + std::to_string(rita.id), R"({"role":"viewer"})", admin.token).status == 200);
        check_detail(s.post("/jobs", R"({"title":"After"})", rita.token), 403, "Not enough permissions");
        CHECK(s.get("/jobs", rita.token).status == 200);
        CHECK(str(s.get("/users/me", rita.token)["role"]) == "viewer");
        // Promoted to org_admin, the same token manages members.
        REQUIRE(s.patch("/users/" + std::to_string(rita.id), R"({"role":"org_admin"})", admin.token).status == 200);
        CHECK(s.get("/users", rita.token).status == 200);
        CHECK(s.post("/jobs", R"({"title":"Again"})", rita.token).status == 201);
    });
}

TEST_CASE("recruiting roles: two org_admins demoting each other at once leave the org an active org_admin",
          "[recruiting][roles][concurrency]") {
    for_each_engine([](recruiting_server& s) {
        const auto first = s.register_org("founder");
        for (int round = 0; round < 4; ++round) {
            INFO("round " << round);
            const auto second = s.invite(first, unique_local("second"), "recruiter");
            REQUIRE(s.patch("/users/" + std::to_string(second.id), R"({"role":"org_admin"})", first.token).status == 200);
            const std::string body = round % 2 == 0 ? R"({"role":"viewer"})" : R"({"is_active":false})";
            auto c1 = s.connect();
            auto c2 = s.connect();
            std::barrier sync(2);
            offertracker::testing::test_response r1, r2;
            auto demote = [&](offertracker::testing::test_client& c, const member& who, const member& target,
                              offertracker::testing::test_response& out) {
                sync.arrive_and_wait();
                out = c.request("PATCH", std::string(prefix) + "/users/" + std::to_string(target.id), body,
                                {{"Authorization", "Bearer " + who.token}, {"Content-Type", "application/json"}});
            };
            std::thread t1([&] { demote(c1, first, second, r1); });
            std::thread t2([&] { demote(c2, second, first, r2); });
            t1.join();
            t2.join();
            INFO("first demotes second: " << r1.status << " " << r1.body);
            INFO("second demotes first: " << r2.status << " " << r2.body);
            CHECK((r1.status == 200 || r2.status == 200));
            CHECK_FALSE((r1.status == 200 && r2.status == 200));
            for (const auto* r : {&r1, &r2})
                if (r->status != 200) CHECK((r->status == 400 || r->status == 403 || r->status == 401));
            // Whoever is still an active admin sees at least one active org_admin: itself.
            const member& survivor = r1.status == 200 ? first : second;
            const auto users = s.get("/users", survivor.token);
            INFO(users.raw);
            REQUIRE(users.status == 200);
            int admins = 0;
            for (const auto& u : users.body.as_array())
                if (str(u.at("role")) == "org_admin" && u.at("is_active") == json::value(true)) ++admins;
            CHECK(admins >= 1);
            if (&survivor != &first) break;  // the founder lost its rights: later rounds would need the survivor
        }
    });
}

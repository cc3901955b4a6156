// GET /progress/milestones, /progress/milestones/mine and /progress/stats over real sockets: 401, the 12
// seeded milestones, awards after registration and tracked writes (once each, also for simultaneous requests),
// and the summary's figures (docs/behaviour.md §2, §3, §16).
#include <algorithm>
#include <barrier>
#include <thread>

#include "api_fixture.hpp"

using namespace offertracker::api_test;

namespace {

const std::vector<std::string> milestone_keys{"id", "name", "description", "criteria", "created_at"};
const std::vector<std::string> user_milestone_keys{"id", "user_id", "milestone_id", "reached_at", "milestone"};

// The names of the user's milestones as listed (most recent first).
std::vector<std::string> mine(api_server& s, const account& who) {
    const auto r = s.get("/progress/milestones/mine", who.token);
    INFO(r.raw);
    REQUIRE(r.status == 200);
    REQUIRE(r.body.is_array());
    std::vector<std::string> out;
    for (const auto& m : r.body.as_array()) out.push_back(str(m.at("milestone").at("name")));
    return out;
}

std::vector<std::string> sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
}

// Sends the same request on two connections at the same moment; returns both statuses.
std::pair<unsigned, unsigned> twice_at_once(api_server& s, std::string_view method, const std::string& target,
                                            const std::string& body, const std::string& token) {
    auto ca = s.connect();
    auto cb = s.connect();
    std::barrier sync(2);
    unsigned sa = 0, sb = 0;
    auto send = [&](test_client& c, unsigned& status) {
        sync.arrive_and_wait();
        try {
            status = c.request(method, target, body,
                               {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}})
                         .status;
        } catch (const std::exception&) {
            status = 0;
        }
    };
    std::thread ta([&] { send(ca, sa); });
    std::thread tb([&] { send(cb, sb); });
    ta.join();
    tb.join();
    return {sa, sb};
}

}  // namespace

TEST_CASE("progress: 401 without a valid token", "[api][progress]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        for (const std::string path : {"/progress/milestones", "/progress/milestones/mine", "/progress/stats"}) {
            INFO(path);
            check_detail(s.get(path), 401, "Not authenticated");
            CHECK(s.get(path, "not-a-jwt").status == 401);
            CHECK(s.get(path, s.expired_token(ada.id)).status == 401);
            CHECK(s.get(path, s.foreign_token(ada.id)).status == 401);
        }
    });
}

TEST_CASE("progress: the 12 milestones in seed order, criteria as JSON objects", "[api][progress]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto r = s.get("/progress/milestones", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        REQUIRE(r.body.is_array());
        const auto& list = r.body.as_array();
        REQUIRE(list.size() == 12);
        const std::vector<std::pair<std::string, std::string>> want{
            {"Getting Started", R"({"action":"register"})"},
            {"First Application", R"({"action":"create_application","count":1})"},
            {"Building Momentum", R"({"action":"create_application","count":10})"},
            {"In the Zone", R"({"action":"create_application","count":25})"},
            {"Self-Reflective", R"({"action":"create_reflection","count":1})"},
            {"Growth Mindset", R"({"action":"create_reflection","count":10})"},
            {"One Week Strong", R"({"action":"streak","days":7})"},
            {"Thirty Day Streak", R"({"action":"streak","days":30})"},
            {"Connected", R"({"action":"follow","count":5})"},
            {"Part of a Circle", R"({"action":"join_group","count":1})"},
            {"Sharing Insights", R"({"action":"create_post","count":1})"},
            {"Offer Received", R"({"action":"outcome_offer","count":1})"},
        };
        for (std::size_t i = 0; i < 12; ++i) {
            INFO(i);
            CHECK(keys_of(list[i]) == milestone_keys);
            CHECK(str(list[i].at("name")) == want[i].first);
            CHECK(list[i].at("criteria") == parse_json(want[i].second));
            CHECK(list[i].at("created_at").is_string());
        }
        CHECK(str(list[0].at("description")) == "You created your account and took the first step.");
        CHECK(str(list[11].at("description")) == "You received a job offer. All the effort was worth it.");
        CHECK(s.get("/progress/milestones/", ada.token).body == r.body);
    });
}

TEST_CASE("progress: Getting Started at registration, with the nested milestone", "[api][progress]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto r = s.get("/progress/milestones/mine", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        REQUIRE(r.body.as_array().size() == 1);
        const auto& m = r.body.as_array()[0];
        CHECK(keys_of(m) == user_milestone_keys);
        CHECK(str(m.at("user_id")) == ada.id);
        const auto all = s.get("/progress/milestones", ada.token).body.as_array();
        CHECK(m.at("milestone_id") == all[0].at("id"));
        CHECK(m.at("milestone") == all[0]);
        CHECK(str(m.at("reached_at")).substr(0, 10) == today_utc());
    });
}

TEST_CASE("progress: First Application after one, Building Momentum at ten, never twice", "[api][progress]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        s.create_application(ada);
        CHECK(mine(s, ada) == std::vector<std::string>{"First Application", "Getting Started"});
        for (int i = 2; i <= 9; ++i) s.create_application(ada);
        CHECK(mine(s, ada).size() == 2);
        s.create_application(ada);  // the tenth
        CHECK(mine(s, ada) == std::vector<std::string>{"Building Momentum", "First Application", "Getting Started"});
        for (int i = 11; i <= 14; ++i) s.create_application(ada);
        CHECK(mine(s, ada) == std::vector<std::string>{"Building Momentum", "First Application", "Getting Started"});
        // Deleting applications does not take a milestone back, and reaching the count again does not repeat it.
        const auto list = s.get("/applications/?limit=1000", ada.token).body.as_array();
        for (std::size_t i = 0; i < 6; ++i)
            REQUIRE(s.del("/applications/" + str(list[i].at("id")), ada.token).status == 200);
        for (int i = 0; i < 6; ++i) s.create_application(ada);
        CHECK(mine(s, ada).size() == 3);
        CHECK(s.get("/progress/stats", ada.token)["milestones_reached"] == json::value(3));
    });
}

TEST_CASE("progress: reflections and offers award theirs; a Rejected outcome does not", "[api][progress]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto a = str(s.create_application(ada, R"({"company_name":"A","role_title":"Dev","status":"Applied"})").at("id"));
        const auto b = str(s.create_application(ada, R"({"company_name":"B","role_title":"Dev","status":"Applied"})").at("id"));
        REQUIRE(s.post("/applications/" + a + "/outcome", R"({"status":"Rejected"})", ada.token).status == 201);
        CHECK(sorted(mine(s, ada)) == std::vector<std::string>{"First Application", "Getting Started"});
        REQUIRE(s.post("/applications/" + b + "/outcome", "{}", ada.token).status == 201);
        CHECK(mine(s, ada).front() == "Offer Received");
        REQUIRE(s.post("/applications/" + a + "/reflection", "{}", ada.token).status == 201);
        CHECK(mine(s, ada).front() == "Self-Reflective");
    });
}

TEST_CASE("progress: two simultaneous writes never award a milestone twice", "[api][progress][concurrency]") {
    for_each_engine([](api_server& s) {
        for (int round = 0; round < 3; ++round) {
            const auto who = s.register_user("racer" + std::to_string(round));
            // From 0 applications: both requests may see First Application unreached.
            auto [a, b] = twice_at_once(s, "POST", "/api/v1/applications/",
                                        R"({"company_name":"Acme","role_title":"Dev"})", who.token);
            CHECK(a == 201);
            CHECK(b == 201);
            CHECK(sorted(mine(s, who)) == std::vector<std::string>{"First Application", "Getting Started"});
            // From 8: the two requests make 9 and 10: exactly one award, at once, on every engine (PostgreSQL write
            // transactions are SERIALIZABLE, so neither request can miss the other's row).
            for (int i = 3; i <= 8; ++i) s.create_application(who);
            std::tie(a, b) = twice_at_once(s, "POST", "/api/v1/applications/",
                                           R"({"company_name":"Acme","role_title":"Dev"})", who.token);
            CHECK(a == 201);
            CHECK(b == 201);
            auto names = mine(s, who);
            CHECK(std::count(names.begin(), names.end(), "Building Momentum") <= 1);
            CHECK(std::count(names.begin(), names.end(), "Building Momentum") == 1);
            s.create_application(who);  // the eleventh
            names = mine(s, who);
            CHECK(std::count(names.begin(), names.end(), "Building Momentum") == 1);
            CHECK(sorted(names) ==
                  std::vector<std::string>{"Building Momentum", "First Application", "Getting Started"});
            CHECK(s.get("/progress/stats", who.token)["milestones_reached"] == json::value(3));
        }
    });
}

TEST_CASE("progress: stats of a new user, after login, and after tracked writes", "[api][progress][stats]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto fresh = s.get("/progress/stats", ada.token);
        INFO(fresh.raw);
        REQUIRE(fresh.status == 200);
        CHECK(fresh.body == parse_json(R"({"total_applications":0,"total_offers":0,"total_rejections":0,
            "total_reflections":0,"total_stages":0,"streak_days":0,"milestones_reached":1,"total_contacts":0,
            "total_reminders_pending":0})"));
        // Login counts as activity (docs/behaviour.md §3).
        REQUIRE(s.post("/auth/login", R"({"email":")" + ada.email + R"(","password":")" + ada.password + "\"}").status == 200);
        CHECK(s.get("/progress/stats", ada.token)["streak_days"] == json::value(1));

        // Offers and rejections per application (docs/behaviour.md §16): an Accepted application without an outcome is an
        // offer; a Rejected status and a Rejected outcome on one application count once.
        s.create_application(ada, R"({"company_name":"A","role_title":"Dev","status":"Accepted"})");
        const auto rejected = str(s.create_application(ada, R"({"company_name":"B","role_title":"Dev","status":"Rejected"})").at("id"));
        REQUIRE(s.post("/applications/" + rejected + "/outcome", R"({"status":"Rejected"})", ada.token).status == 201);
        REQUIRE(s.post("/applications/" + rejected + "/stages", R"({"stage_name":"Screen"})", ada.token).status == 201);
        const auto after = s.get("/progress/stats", ada.token);
        CHECK(after.body == parse_json(R"({"total_applications":2,"total_offers":1,"total_rejections":1,
            "total_reflections":0,"total_stages":1,"streak_days":1,"milestones_reached":2,"total_contacts":0,
            "total_reminders_pending":0})"));
    });
}

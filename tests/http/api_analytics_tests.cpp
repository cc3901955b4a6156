// GET /analytics/dashboard and /analytics/questions over real sockets: 401, the empty dashboard, the question
// bank, and a known data set of 32 applications built through the API whose every figure is checked against
// values worked out by hand (docs/behaviour.md §21 with §4).
#include <ctime>

#include "api_fixture.hpp"

using namespace offertracker::api_test;

namespace {

using namespace std::chrono;

sys_days today_days() {
    const std::string t = today_utc();
    return sys_days{year{std::stoi(t.substr(0, 4))} / month{static_cast<unsigned>(std::stoi(t.substr(5, 2)))} /
                    day{static_cast<unsigned>(std::stoi(t.substr(8, 2)))}};
}

std::string iso(sys_days d) {
    const year_month_day ymd{d};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
}

// The Monday of the current ISO week.
sys_days this_monday() {
    const sys_days t = today_days();
    return t - days{weekday{t}.iso_encoding() - 1};
}

// Day `d` (0 = Monday) of the week `weeks_back` weeks before the current one.
std::string day_of_week(int weeks_back, int d) { return iso(this_monday() - days{7 * weeks_back} + days{d}); }

// A date three days from now: always in the future.
std::string future() { return iso(today_days() + days{3}); }

// The ISO week label of the week `weeks_back` weeks ago, from the C library (%G-W%V), not from the product.
std::string week_label(int weeks_back) {
    const auto monday = this_monday() - days{7 * weeks_back};
    std::time_t t = static_cast<std::time_t>(duration_cast<seconds>(monday.time_since_epoch()).count());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%G-W%V", &tm);
    return buf;
}

const std::vector<std::string> dashboard_keys{"pipeline",         "response_rate", "interview_rate",
                                              "offer_rate",       "source_breakdown", "weekly_trend",
                                              "salary_insights",  "top_companies"};
const std::vector<std::string> salary_keys{"applications_with_salary", "average_expected_min", "average_expected_max",
                                           "offers_with_salary",       "average_offered",      "highest_offer",
                                           "currency"};


// One application of the known data set.
struct row {
    std::string company;
    std::string status;
    std::optional<std::string> source;
    std::optional<std::string> applied_date;
    std::optional<long long> salary_min;
    std::optional<long long> salary_max;
    std::vector<std::string> stage_dates;
    std::optional<std::string> outcome_status;  // an outcome is recorded when set
    std::optional<long long> outcome_salary;
};

}  // namespace

TEST_CASE("analytics: 401 without a valid token", "[api][analytics]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        for (const std::string path : {"/analytics/dashboard", "/analytics/questions"}) {
            INFO(path);
            check_detail(s.get(path), 401, "Not authenticated");
            CHECK(s.get(path, "not-a-jwt").status == 401);
            CHECK(s.get(path, s.expired_token(ada.id)).status == 401);
            CHECK(s.get(path, s.foreign_token(ada.id)).status == 401);
            CHECK(s.get(path, ada.token).status == 200);
        }
    });
}

TEST_CASE("analytics: the dashboard of a user with no applications", "[api][analytics]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto r = s.get("/analytics/dashboard", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(keys_of(r.body) == dashboard_keys);
        CHECK(r["pipeline"] == json::value(json::array{}));
        CHECK(r["response_rate"] == json::value(0.0));
        CHECK(r["interview_rate"] == json::value(0.0));
        CHECK(r["offer_rate"] == json::value(0.0));
        CHECK(r["source_breakdown"] == json::value(json::array{}));
        CHECK(r["top_companies"] == json::value(json::array{}));
        CHECK(keys_of(r["salary_insights"]) == salary_keys);
        CHECK(r["salary_insights"] == parse_json(R"({"applications_with_salary":0,"average_expected_min":null,
            "average_expected_max":null,"offers_with_salary":0,"average_offered":null,"highest_offer":null,"currency":"USD"})"));
        // docs/behaviour.md §4: always the 12 ISO weeks ending with the current one, zero-filled.
        REQUIRE(r["weekly_trend"].is_array());
        const auto& weeks = r["weekly_trend"].as_array();
        REQUIRE(weeks.size() == 12);
        for (std::size_t i = 0; i < 12; ++i) {
            INFO("week " << i);
            CHECK(keys_of(weeks[i]) == std::vector<std::string>{"week", "applications", "stages"});
            CHECK(str(weeks[i].at("week")) == week_label(11 - static_cast<int>(i)));
            CHECK(weeks[i].at("applications") == json::value(0));
            CHECK(weeks[i].at("stages") == json::value(0));
        }
        // The trailing-slash form answers too.
        CHECK(s.get("/analytics/dashboard/", ada.token).status == 200);
    });
}

TEST_CASE("analytics: only Saved applications give rates of 0.0", "[api][analytics]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        s.create_application(ada, R"({"company_name":"Acme","role_title":"Dev","status":"Saved"})");
        s.create_application(ada, R"({"company_name":"Acme","role_title":"Dev"})");  // default Saved
        const auto r = s.get("/analytics/dashboard", ada.token);
        REQUIRE(r.status == 200);
        CHECK(r["pipeline"] == parse_json(R"([{"status":"Saved","count":2}])"));
        CHECK(r["response_rate"] == json::value(0.0));
        CHECK(r["interview_rate"] == json::value(0.0));
        CHECK(r["offer_rate"] == json::value(0.0));
        CHECK(r["source_breakdown"] == parse_json(R"([{"source":"Unknown","applied":2,"interviews":0,"offers":0}])"));
        CHECK(r["top_companies"] == parse_json(R"([{"company":"Acme","count":2}])"));
    });
}

TEST_CASE("analytics: the question bank", "[api][analytics][questions]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const auto empty = s.get("/analytics/questions", ada.token);
        REQUIRE(empty.status == 200);
        CHECK(empty.body == parse_json(R"({"questions":[],"total":0})"));

        const auto acme = str(s.create_application(ada, R"({"company_name":"Acme Corp","role_title":"Software Engineer"})").at("id"));
        const auto globex = str(s.create_application(ada, R"({"company_name":"Globex","role_title":"SRE"})").at("id"));
        const auto hooli = str(s.create_application(bob, R"({"company_name":"Hooli","role_title":"PM"})").at("id"));
        REQUIRE(s.post("/applications/" + globex + "/stages",
                       R"({"stage_name":"Coffee chat","questions_asked":["Why Globex?"]})", ada.token).status == 201);
        REQUIRE(s.post("/applications/" + acme + "/stages",
                       R"({"stage_name":"Round 1","stage_type":"Behavioral","questions_asked":["Tell me about a time you resolved a conflict.","Why leave?"]})",
                       ada.token).status == 201);
        REQUIRE(s.post("/applications/" + hooli + "/stages", R"({"stage_name":"X","questions_asked":["Bob's"]})",
                       bob.token).status == 201);
        REQUIRE(s.post("/applications/" + acme + "/stages", R"({"stage_name":"Round 2","stage_type":"Technical"})",
                       ada.token).status == 201);
        const auto r = s.get("/analytics/questions", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(keys_of(r.body) == std::vector<std::string>{"questions", "total"});
        CHECK(r.body == parse_json(R"({"questions":[
            {"question":"Why Globex?","stage_type":"Coffee chat","company":"Globex","role":"SRE"},
            {"question":"Tell me about a time you resolved a conflict.","stage_type":"Behavioral","company":"Acme Corp","role":"Software Engineer"},
            {"question":"Why leave?","stage_type":"Behavioral","company":"Acme Corp","role":"Software Engineer"}],
            "total":3})"));
        CHECK(s.get("/analytics/questions", bob.token).body.at("total") == json::value(1));
    });
}

TEST_CASE("analytics + progress: a known data set, every figure checked against hand-computed values",
          "[api][analytics][progress][known]") {
    // D(w, d): day d (0 = Monday) of the ISO week w weeks before the current one. The trend window starts at
    // D(11, 0) and ends today; F is three days ahead.
    const auto D = day_of_week;
    const std::string F = future();
    const std::vector<row> rows{
        /* 1 */ {"Acme", "Applied", "LinkedIn", D(0, 0), 100000, 120000, {}, {}, {}},
        /* 2 */ {"Globex", "Applied", "LinkedIn", D(0, 0), {}, {}, {}, {}, {}},
        /* 3 */ {"Acme", "Withdrawn", "Indeed", D(1, 1), {}, {}, {}, {}, {}},
        /* 4 */ {"Initech", "Interviewing", "LinkedIn", D(1, 2), 80000, 100000, {D(1, 3), D(0, 0)}, {}, {}},
        /* 5 */ {"Wayne", "Saved", {}, {}, 0, 50000, {}, {}, {}},
        /* 6 */ {"Hooli", "Accepted", "Referral", D(2, 0), {}, 150000, {D(2, 1)}, "Offer", 140000},
        /* 7 */ {"Acme", "Rejected", "LinkedIn", D(2, 2), {}, {}, {D(2, 3)}, "Rejected", {}},
        /* 8 */ {"Stark", "Applied", "Indeed", D(3, 0), 90000, {}, {}, {}, {}},
        /* 9 */ {"Globex", "Interviewing", "Referral", D(3, 1), {}, {}, {D(3, 2)}, {}, {}},
        /* 10 */ {"Umbrella", "Offer", "LinkedIn", D(4, 0), 110000, 130000, {D(4, 1), D(4, 2)}, "Offer", 125000},
        /* 11 */ {"Acme", "Applied", {}, F, {}, {}, {}, {}, {}},
        /* 12 */ {"Cyberdyne", "Saved", "LinkedIn", {}, {}, {}, {}, {}, {}},
        /* 13 */ {"Tyrell", "Rejected", "Company Website", D(5, 0), {}, {}, {}, {}, {}},
        /* 14 */ {"Initech", "Applied", "Indeed", D(5, 3), {}, {}, {}, {}, {}},
        /* 15 */ {"Soylent", "Interviewing", "LinkedIn", D(6, 0), 95000, 105000, {D(6, 1)}, {}, {}},
        /* 16 */ {"Acme", "Offer", "Referral", D(7, 0), {}, {}, {D(7, 1)}, "Offer", 0},
        /* 17 */ {"Globex", "Applied", "LinkedIn", D(8, 0), {}, {}, {}, {}, {}},
        /* 18 */ {"Massive", "Rejected", "Indeed", D(9, 0), {}, {}, {}, "Rejected", {}},
        /* 19 */ {"Wonka", "Withdrawn", {}, D(10, 0), {}, {}, {}, "Rejected", {}},  // then PUT back to Withdrawn
        /* 20 */ {"Hooli", "Interviewing", "Indeed", D(11, 0), {}, {}, {D(11, 1)}, {}, {}},
        /* 21 */ {"Stark", "Applied", "LinkedIn", D(12, 6), {}, {}, {}, {}, {}},
        /* 22 */ {"Acme", "Accepted", "LinkedIn", D(1, 0), 120000, 140000, {D(1, 1)}, "Offer", 150000},
        /* 23 */ {"Oscorp", "Saved", "Referral", {}, {}, 70000, {}, {}, {}},
        /* 24 */ {"Globex", "Rejected", {}, D(0, 0), {}, {}, {}, "Rejected", {}},
        /* 25 */ {"Initech", "Interviewing", "LinkedIn", D(2, 4), {}, {}, {F}, {}, {}},
        /* 26 */ {"Pied Piper", "Applied", "Company Website", D(4, 4), {}, {}, {}, {}, {}},
        /* 27 */ {"Acme", "Applied", "Indeed", D(6, 2), {}, {}, {}, {}, {}},
        /* 28 */ {"Vandelay", "Offer", "LinkedIn", D(8, 3), 100000, 100000, {D(8, 4)}, {}, {}},
        /* 29 */ {"Hooli", "Rejected", "Referral", D(9, 2), {}, {}, {D(9, 3), D(9, 4), D(12, 0)}, {}, {}},
        /* 30 */ {"Umbrella", "Saved", {}, {}, {}, {}, {}, {}, {}},
        /* 31 */ {"Globex", "Interviewing", {}, D(10, 1), {}, {}, {D(10, 2)}, {}, {}},
        /* 32 */ {"Acme", "Applied", "LinkedIn", D(3, 3), {}, {}, {}, {}, {}},
    };
    REQUIRE(rows.size() == 32);

    for_each_engine([&](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");  // his data must not leak into Ada's figures
        s.create_application(bob, R"({"company_name":"Acme","role_title":"Dev","status":"Offer","applied_source":"LinkedIn","salary_min":1})");

        std::vector<std::string> ids;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto& r = rows[i];
            INFO("row " << i + 1);
            json::object body{{"company_name", r.company}, {"role_title", "Engineer"}, {"status", r.status}};
            if (r.source) body["applied_source"] = *r.source;
            if (r.applied_date) body["applied_date"] = *r.applied_date;
            if (r.salary_min) body["salary_min"] = *r.salary_min;
            if (r.salary_max) body["salary_max"] = *r.salary_max;
            const auto app = s.create_application(ada, json::serialize(body));
            const std::string id = str(app.at("id"));
            ids.push_back(id);
            for (const auto& d : r.stage_dates)
                REQUIRE(s.post("/applications/" + id + "/stages",
                               R"({"stage_name":"Round","stage_date":")" + d + "\"}", ada.token).status == 201);
            if (r.outcome_status) {
                json::object outcome{{"status", *r.outcome_status}};
                if (r.outcome_salary) outcome["salary"] = *r.outcome_salary;
                REQUIRE(s.post("/applications/" + id + "/outcome", json::serialize(outcome), ada.token).status == 201);
            }
        }
        // Row 19: rejected by its outcome, then set back to Withdrawn by hand.
        REQUIRE(s.put("/applications/" + ids[18], R"({"status":"Withdrawn"})", ada.token).status == 200);
        // Two reflections, two contacts, three reminders of which one is completed.
        REQUIRE(s.post("/applications/" + ids[6] + "/reflection", "{}", ada.token).status == 201);
        REQUIRE(s.post("/applications/" + ids[28] + "/reflection", "{}", ada.token).status == 201);
        REQUIRE(s.post("/contacts/", R"({"name":"Grace"})", ada.token).status == 201);
        REQUIRE(s.post("/contacts/", R"({"name":"Linus","application_id":")" + ids[0] + "\"}", ada.token).status == 201);
        const std::string later = iso(today_days() + days{30}) + "T09:00:00Z";
        for (int i = 0; i < 3; ++i)
            REQUIRE(s.post("/reminders/", R"({"title":"Follow up","remind_at":")" + later + "\"}", ada.token).status == 201);
        const auto reminders = s.get("/reminders/", ada.token);
        REQUIRE(reminders.body.is_array());
        REQUIRE(s.post("/reminders/" + str(reminders.body.as_array().at(0).at("id")) + "/complete", "{}", ada.token).status == 200);

        // Every status is what the rows say after the auto-transitions (none applies: no stage on an Applied
        // application; outcomes agree with the statuses, and Accepted keeps its status).
        for (std::size_t i = 0; i < rows.size(); ++i) {
            INFO("row " << i + 1);
            CHECK(str(s.get("/applications/" + ids[i], ada.token)["status"]) == rows[i].status);
        }

        const auto d = s.get("/analytics/dashboard", ada.token);
        INFO(d.raw);
        REQUIRE(d.status == 200);
        CHECK(keys_of(d.body) == dashboard_keys);

        // Applied 10, Interviewing 6, Rejected 5, Saved 4, Offer 3, then Withdrawn 2 (first seen in row 3)
        // before Accepted 2 (row 6).
        CHECK(d["pipeline"] == parse_json(R"([{"status":"Applied","count":10},{"status":"Interviewing","count":6},
            {"status":"Rejected","count":5},{"status":"Saved","count":4},{"status":"Offer","count":3},
            {"status":"Withdrawn","count":2},{"status":"Accepted","count":2}])"));

        // Denominator 32 - 4 Saved = 28. Responses 6 + 3 + 2 + 5 = 16 → 0.571428… → 0.5714;
        // interviews 6 + 3 + 2 = 11 → 0.392857… → 0.3929; offers 3 + 2 = 5 → 0.178571… → 0.1786.
        CHECK(d["response_rate"] == json::value(0.5714));
        CHECK(d["interview_rate"] == json::value(0.3929));
        CHECK(d["offer_rate"] == json::value(0.1786));

        // LinkedIn rows 1,2,4,7,10,12,15,17,21,22,25,28,32 (13; stages on 4,7,10,15,22,25,28; Offer outcomes 10,22);
        // Indeed 3,8,14,18,20,27 (6; stage on 20); Unknown 5,11,19,24,30,31 (6; stage on 31), after Indeed by
        // first sight; Referral 6,9,16,23,29 (5; stages 6,9,16,29; Offer outcomes 6,16); Company Website 13,26.
        CHECK(d["source_breakdown"] == parse_json(R"([
            {"source":"LinkedIn","applied":13,"interviews":7,"offers":2},
            {"source":"Indeed","applied":6,"interviews":1,"offers":0},
            {"source":"Unknown","applied":6,"interviews":1,"offers":0},
            {"source":"Referral","applied":5,"interviews":4,"offers":2},
            {"source":"Company Website","applied":2,"interviews":0,"offers":0}])"));

        // Oldest first: 11 weeks back .. the current week. Row 11 (future) and row 21 (the day before the
        // window) are not counted, nor rows without applied_date; stage dates F and D(12, 0) neither.
        const std::vector<std::pair<int, int>> trend{
            /* w11 */ {1, 1}, /* w10 */ {2, 1}, /* w9 */ {2, 2}, /* w8 */ {2, 1}, /* w7 */ {1, 1}, /* w6 */ {2, 1},
            /* w5 */ {2, 0},  /* w4 */ {2, 2},  /* w3 */ {3, 1}, /* w2 */ {3, 2}, /* w1 */ {3, 2}, /* w0 */ {3, 1}};
        REQUIRE(d["weekly_trend"].is_array());
        const auto& weeks = d["weekly_trend"].as_array();
        REQUIRE(weeks.size() == 12);
        for (std::size_t i = 0; i < 12; ++i) {
            INFO("week " << i);
            CHECK(weeks[i] == json::value(json::object{{"week", week_label(11 - static_cast<int>(i))},
                                                       {"applications", trend[i].first},
                                                       {"stages", trend[i].second}}));
        }

        // With salary: rows 1,4,5,6,8,10,15,22,23,28 (10). Minimums 100000, 80000, 0, 90000, 110000, 95000, 120000,
        // 100000: 695000 / 8 = 86875.0. Maximums 120000, 100000, 50000, 150000, 130000, 105000, 140000, 70000,
        // 100000: 965000 / 9 = 107222.22. Offer outcomes with a salary: 140000, 125000, 0, 150000 (4):
        // 415000 / 4 = 103750.0, highest 150000.
        CHECK(keys_of(d["salary_insights"]) == salary_keys);
        CHECK(d["salary_insights"] == parse_json(R"({"applications_with_salary":10,"average_expected_min":86875.0,
            "average_expected_max":107222.22,"offers_with_salary":4,"average_offered":103750.0,"highest_offer":150000,
            "currency":"USD"})"));
        CHECK(d["salary_insights"].at("highest_offer").is_int64());

        // Acme 8, Globex 5, Initech 3 before Hooli 3, Stark 2 before Umbrella 2, then the 1s in first-seen order
        // (Wayne, Cyberdyne, Tyrell, Soylent); Massive, Wonka, Oscorp, Pied Piper and Vandelay fall past the ten.
        CHECK(d["top_companies"] == parse_json(R"([{"company":"Acme","count":8},{"company":"Globex","count":5},
            {"company":"Initech","count":3},{"company":"Hooli","count":3},{"company":"Stark","count":2},
            {"company":"Umbrella","count":2},{"company":"Wayne","count":1},{"company":"Cyberdyne","count":1},
            {"company":"Tyrell","count":1},{"company":"Soylent","count":1}])"));

        // /progress/stats (docs/behaviour.md §16). Offers: status Offer 10,16,28, Accepted 6,22, Offer outcomes 6,10,16,22
        // → 5 applications. Rejections: status 7,13,18,24,29, Rejected outcomes 7,18,19,24 → 6 applications.
        // Stages 2+1+1+1+2+1+1+1+1+1+1+3+1 = 17. Milestones: Getting Started, First Application, Building
        // Momentum, In the Zone, Self-Reflective, Offer Received.
        const auto stats = s.get("/progress/stats", ada.token);
        INFO(stats.raw);
        REQUIRE(stats.status == 200);
        CHECK(stats.body == parse_json(R"({"total_applications":32,"total_offers":5,"total_rejections":6,
            "total_reflections":2,"total_stages":17,"streak_days":1,"milestones_reached":6,"total_contacts":2,
            "total_reminders_pending":2})"));
        CHECK(keys_of(stats.body) == std::vector<std::string>{"total_applications", "total_offers", "total_rejections",
                                                              "total_reflections", "total_stages", "streak_days",
                                                              "milestones_reached", "total_contacts",
                                                              "total_reminders_pending"});
        std::vector<std::string> mine;
        const auto reached = s.get("/progress/milestones/mine", ada.token);
        REQUIRE(reached.body.is_array());
        for (const auto& m : reached.body.as_array())
            mine.push_back(str(m.at("milestone").at("name")));
        std::sort(mine.begin(), mine.end());
        CHECK(mine == std::vector<std::string>{"Building Momentum", "First Application", "Getting Started",
                                               "In the Zone", "Offer Received", "Self-Reflective"});

        // Bob's dashboard holds only his own application.
        const auto theirs = s.get("/analytics/dashboard", bob.token);
        CHECK(theirs["pipeline"] == parse_json(R"([{"status":"Offer","count":1}])"));
        CHECK(theirs["salary_insights"].at("applications_with_salary") == json::value(1));
    });
}

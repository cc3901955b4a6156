// The Pipeline analytics: every dashboard figure with hand-built applications (empty, one, all rejected, the
// 7-day and 30-day window edges, rounding to one decimal) and the timeline's periods, ranges and stamps.
#include <offertracker/pipeline/dashboard.hpp>

#include <catch2/catch.hpp>

#include "pipeline_fixture.hpp"

#include <vector>

namespace p = offertracker::pipeline;
namespace d = offertracker::domain;
using namespace offertracker::pipeline_test;
using st = d::application_status;

namespace {

long long status_count(const p::pipeline_dashboard& dash, std::string_view word) {
    for (const auto& c : dash.by_status)
        if (c.key == word) return c.count;
    return -1;
}

}  // namespace

TEST_CASE("dashboard: no applications gives zeros, every status and 30 empty days") {
    const auto dash = p::compute_dashboard({}, today);
    CHECK(dash.total_applications == 0);
    CHECK(dash.applications_change == 0.0);
    CHECK(dash.active_companies == 0);
    CHECK(dash.interview_rate == 0.0);
    CHECK(dash.response_rate == 0.0);
    CHECK_FALSE(dash.avg_response_time);
    CHECK_FALSE(dash.avg_match_score);
    REQUIRE(dash.by_status.size() == 7);
    const std::vector<std::string> order{"saved", "applied", "interview", "offer", "rejected", "accepted", "withdrawn"};
    for (std::size_t i = 0; i < order.size(); ++i) {
        CHECK(dash.by_status[i].key == order[i]);
        CHECK(dash.by_status[i].count == 0);
    }
    CHECK(dash.by_source.empty());
    REQUIRE(dash.applications_over_time.size() == 30);
    CHECK(dash.applications_over_time.front().day == day_at(-29));
    CHECK(dash.applications_over_time.back().day == today);
    for (std::size_t i = 0; i < 30; ++i) {
        CHECK(dash.applications_over_time[i].count == 0);
        if (i > 0) CHECK(d::days_between(dash.applications_over_time[i - 1].day, dash.applications_over_time[i].day) == 1);
    }
}

TEST_CASE("dashboard: one saved application") {
    const std::vector apps{app("a", st::saved, 0, "Acme")};
    const auto dash = p::compute_dashboard(apps, today);
    CHECK(dash.total_applications == 1);
    CHECK(dash.applications_change == 100.0);
    CHECK(dash.active_companies == 1);
    CHECK(dash.interview_rate == 0.0);  // a saved job was not applied to
    CHECK(dash.response_rate == 0.0);
    CHECK(status_count(dash, "saved") == 1);
    REQUIRE(dash.by_source.size() == 1);
    CHECK(dash.by_source[0].key == "manual");
    CHECK(dash.by_source[0].count == 1);
    CHECK(dash.applications_over_time.back().count == 1);
}

TEST_CASE("dashboard: applications_change over the two 7-day windows and their edges") {
    auto created = [](std::vector<int> days_ago) {
        std::vector<d::application> out;
        for (std::size_t i = 0; i < days_ago.size(); ++i) out.push_back(app("a" + std::to_string(i), st::saved, days_ago[i]));
        return out;
    };
    // recent: today-6 .. today; before: today-13 .. today-7
    CHECK(p::compute_dashboard(created({0, 6, 7}), today).applications_change == 100.0);   // 2 vs 1
    CHECK(p::compute_dashboard(created({0, 7, 13}), today).applications_change == -50.0);  // 1 vs 2
    CHECK(p::compute_dashboard(created({1, 2, 3, 8, 9}), today).applications_change == 50.0);
    CHECK(p::compute_dashboard(created({7}), today).applications_change == -100.0);
    CHECK(p::compute_dashboard(created({14, 20}), today).applications_change == 0.0);  // both windows empty
    CHECK(p::compute_dashboard(created({6}), today).applications_change == 100.0);     // only the recent
    CHECK(p::compute_dashboard(created({-1}), today).applications_change == 0.0);      // tomorrow counts nowhere
    // one decimal: 1 vs 3 = -66.666...
    CHECK(p::compute_dashboard(created({0, 8, 9, 10}), today).applications_change == Approx(-66.7).margin(1e-9));
}

TEST_CASE("dashboard: active companies are distinct names of open statuses, ASCII case-insensitive") {
    std::vector apps{app("a", st::saved, 0, "Acme"),       app("b", st::applied, 0, "ACME "),
                     app("c", st::interviewing, 0, "acme"), app("d", st::offer, 0, "Globex"),
                     app("e", st::rejected, 0, "Initech"),  app("f", st::accepted, 0, "Umbrella"),
                     app("g", st::withdrawn, 0, "Hooli")};
    const auto dash = p::compute_dashboard(apps, today);
    CHECK(dash.active_companies == 2);
    CHECK(dash.total_applications == 7);
    for (auto w : {"saved", "applied", "interview", "offer", "rejected", "accepted", "withdrawn"})
        CHECK(status_count(dash, w) == 1);
}

TEST_CASE("dashboard: interview and response rates over applied applications, one decimal") {
    std::vector apps{app("s", st::saved), app("a1", st::applied), app("a2", st::applied),
                     app("i", st::interviewing)};
    auto dash = p::compute_dashboard(apps, today);
    CHECK(dash.interview_rate == Approx(33.3).margin(1e-9));  // 1 of 3
    CHECK(dash.response_rate == Approx(33.3).margin(1e-9));
    apps.push_back(app("r", st::rejected));
    apps.push_back(app("o", st::offer));
    dash = p::compute_dashboard(apps, today);
    CHECK(dash.interview_rate == 40.0);  // i, o of 5 applied
    CHECK(dash.response_rate == 60.0);   // i, r, o
    // A rejection after an interview counts for both through its stamp.
    apps.back().status = st::rejected;
    apps.back().interview_at = stamp_at(-3);
    apps.back().rejected_at = stamp_at(-1);
    dash = p::compute_dashboard(apps, today);
    CHECK(dash.interview_rate == 40.0);
    CHECK(dash.response_rate == 60.0);
    // Two of three: 66.666... -> 66.7
    const std::vector two_of_three{app("x", st::accepted), app("y", st::offer), app("z", st::applied)};
    CHECK(p::compute_dashboard(two_of_three, today).interview_rate == Approx(66.7).margin(1e-9));
}

TEST_CASE("dashboard: all rejected") {
    std::vector apps{app("a", st::rejected), app("b", st::rejected), app("c", st::rejected)};
    const auto dash = p::compute_dashboard(apps, today);
    CHECK(dash.response_rate == 100.0);
    CHECK(dash.interview_rate == 0.0);
    CHECK(dash.active_companies == 0);
    CHECK(status_count(dash, "rejected") == 3);
    CHECK_FALSE(dash.avg_response_time);  // no stamps
}

TEST_CASE("dashboard: average response time from applied to the first response stamp") {
    auto a = app("a", st::interviewing);
    a.applied_at = stamp_at(-10, 10);
    a.interview_at = stamp_at(-6, 22);  // 4.5 days
    a.rejected_at = stamp_at(-1);       // later: not the first
    auto b = app("b", st::rejected);
    b.applied_date = day_at(-3);        // midnight
    b.rejected_at = stamp_at(-1, 12);   // 2.5 days
    auto c = app("c", st::applied);     // no response
    c.applied_at = stamp_at(-2);
    auto e = app("e", st::offer);       // a response stamped before applying is left out
    e.applied_at = stamp_at(-1);
    e.offer_at = stamp_at(-2);
    std::vector apps{a, b, c, e};
    auto dash = p::compute_dashboard(apps, today);
    REQUIRE(dash.avg_response_time);
    CHECK(*dash.avg_response_time == 3.5);
    // applied_at wins over applied_date
    apps[1].applied_at = stamp_at(-2, 12);  // 1 day
    dash = p::compute_dashboard(apps, today);
    CHECK(*dash.avg_response_time == Approx(2.8).margin(1e-9));  // (4.5 + 1) / 2 = 2.75 -> 2.8
}

TEST_CASE("dashboard: average match score of scored applications, one decimal") {
    std::vector apps{app("a"), app("b"), app("c"), app("d")};
    CHECK_FALSE(p::compute_dashboard(apps, today).avg_match_score);
    apps[0].ai_match_score = 70;
    apps[1].ai_match_score = 71;
    apps[2].ai_match_score = 71;
    const auto dash = p::compute_dashboard(apps, today);
    REQUIRE(dash.avg_match_score);
    CHECK(*dash.avg_match_score == Approx(70.7).margin(1e-9));
    apps[3].ai_match_score = 0;  // a score of 0 is a score
    CHECK(*p::compute_dashboard(apps, today).avg_match_score == 53.0);
}

TEST_CASE("dashboard: by_source counts the words that occur, count desc then word asc") {
    std::vector apps{app("a"), app("b"), app("c"), app("d"), app("e"), app("f")};
    apps[0].applied_source = d::source::referral;
    apps[1].applied_source = d::source::linkedin;
    apps[2].applied_source = d::source::linkedin;
    apps[3].applied_source = d::source::company_website;
    apps[4].applied_source = d::source::referral;
    // f: manual
    const auto dash = p::compute_dashboard(apps, today);
    const std::vector<p::count_by> want{{"linkedin", 2}, {"referral", 2}, {"company_website", 1}, {"manual", 1}};
    CHECK(dash.by_source == want);
}

TEST_CASE("dashboard: applications over time covers the 30 days ending today") {
    std::vector apps{app("a", st::saved, 0), app("b", st::saved, 0), app("c", st::saved, 29),
                     app("d", st::saved, 30), app("e", st::saved, -1), app("f", st::saved, 12)};
    const auto dash = p::compute_dashboard(apps, today);
    const auto& days = dash.applications_over_time;
    REQUIRE(days.size() == 30);
    CHECK(days[29].count == 2);
    CHECK(days[0].count == 1);
    CHECK(days[0].day == day_at(-29));
    CHECK(days[17].day == day_at(-12));
    CHECK(days[17].count == 1);
    long long sum = 0;
    for (const auto& dc : days) sum += dc.count;
    CHECK(sum == 4);  // 30 days ago and tomorrow are outside
    CHECK(dash.total_applications == 6);
}

TEST_CASE("timeline: the period words") {
    CHECK(p::timeline_period_from("7d") == p::timeline_period::days_7);
    CHECK(p::timeline_period_from("30d") == p::timeline_period::days_30);
    CHECK(p::timeline_period_from("90d") == p::timeline_period::days_90);
    CHECK(p::timeline_period_from("all") == p::timeline_period::all);
    CHECK_FALSE(p::timeline_period_from("7D"));
    CHECK_FALSE(p::timeline_period_from("1y"));
    CHECK_FALSE(p::timeline_period_from(""));
    for (auto w : {"7d", "30d", "90d", "all"}) CHECK(p::to_string(*p::timeline_period_from(w)) == w);
}

TEST_CASE("timeline: fixed periods end today, ascending, zeros included") {
    for (const auto& [period, n] : std::vector<std::pair<p::timeline_period, int>>{
             {p::timeline_period::days_7, 7}, {p::timeline_period::days_30, 30}, {p::timeline_period::days_90, 90}}) {
        const auto points = p::compute_timeline({}, period, today);
        REQUIRE(points.size() == static_cast<std::size_t>(n));
        CHECK(points.front().day == day_at(1 - n));
        CHECK(points.back().day == today);
        for (const auto& pt : points) CHECK(pt.applications + pt.interviews + pt.offers + pt.rejections == 0);
    }
}

TEST_CASE("timeline: applications by created_at, the rest by their stamps' dates") {
    auto a = app("a", st::offer, 5);
    a.interview_at = stamp_at(-3, 23);
    a.offer_at = stamp_at(0, 1);
    auto b = app("b", st::rejected, 6);
    b.rejected_at = stamp_at(-3);
    auto c = app("c", st::interviewing, 7);  // created the day before the 7-day window
    c.interview_at = stamp_at(-6, 0);
    auto f = app("f", st::applied, -2);     // created in the future: outside
    const std::vector apps{a, b, c, f};
    const auto points = p::compute_timeline(apps, p::timeline_period::days_7, today);
    REQUIRE(points.size() == 7);
    // index i is today - 6 + i
    CHECK(points[1].applications == 1);  // a, 5 days ago
    CHECK(points[0].applications == 1);  // b, 6 days ago
    CHECK(points[0].interviews == 1);    // c's interview
    CHECK(points[3].interviews == 1);    // a's interview
    CHECK(points[3].rejections == 1);    // b
    CHECK(points[6].offers == 1);        // a, today
    long long apps_total = 0;
    for (const auto& pt : points) apps_total += pt.applications;
    CHECK(apps_total == 2);
}

TEST_CASE("timeline: all starts at the earliest created_at, today when none, capped") {
    auto none = p::compute_timeline({}, p::timeline_period::all, today);
    REQUIRE(none.size() == 1);
    CHECK(none[0].day == today);
    const std::vector apps{app("a", st::saved, 40), app("b", st::saved, 3), app("c", st::saved, -5)};
    auto points = p::compute_timeline(apps, p::timeline_period::all, today);
    REQUIRE(points.size() == 41);
    CHECK(points.front().day == day_at(-40));
    CHECK(points.front().applications == 1);
    CHECK(points.back().day == today);
    const std::vector future{app("f", st::saved, -5)};
    CHECK(p::compute_timeline(future, p::timeline_period::all, today).size() == 1);
    const std::vector ancient{app("old", st::saved, 20000), app("new", st::saved, 0)};
    points = p::compute_timeline(ancient, p::timeline_period::all, today);
    REQUIRE(points.size() == static_cast<std::size_t>(p::timeline_max_days));
    CHECK(points.front().day == day_at(1 - p::timeline_max_days));
    CHECK(points.front().applications == 0);  // the 20000-day-old one is before the cap
    CHECK(points.back().applications == 1);
}

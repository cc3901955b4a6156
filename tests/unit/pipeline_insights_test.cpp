// The offline insights, type by type, with hand-built applications, stages and activity: what each rule finds, its
// evidence (metrics and job ids), the priority order, the limit, the bound on ids, and empty input.
#include <offertracker/pipeline/insights.hpp>

#include <catch2/catch.hpp>

#include "pipeline_fixture.hpp"

#include <algorithm>
#include <vector>

namespace p = offertracker::pipeline;
namespace d = offertracker::domain;
using namespace offertracker::pipeline_test;
using st = d::application_status;
using ids = std::vector<d::id>;

namespace {

struct data {
    std::vector<d::application> apps;
    std::vector<d::stage> stages;
    std::vector<d::activity_entry> activity;
    int stale_days = 14;
    d::date on = today;

    std::vector<p::insight> run(p::insight_type t, std::size_t limit = 50) const;
};

std::size_t sentences(const std::string& text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((text[i] == '.' || text[i] == '!') && (i + 1 == text.size() || text[i + 1] == ' ')) ++n;
    return n;
}

// What every insight of every case must be: its type, a title, 1-3 sentences, a known priority, bounded ids, and
// at most `limit` of them.
std::vector<p::insight> data::run(p::insight_type t, std::size_t limit) const {
    auto all = p::compute_insights({on, apps, stages, activity, stale_days}, t, limit);
    CHECK(all.size() <= limit);
    for (const auto& i : all) {
        INFO(i.title << ": " << i.content);
        CHECK(i.type == t);
        CHECK_FALSE(i.title.empty());
        CHECK(sentences(i.content) >= 1);
        CHECK(sentences(i.content) <= 3);
        CHECK((i.priority == "high" || i.priority == "medium" || i.priority == "low"));
        CHECK(i.job_ids.size() <= p::max_job_ids);
        CHECK_FALSE(i.metrics.empty());
    }
    return all;
}

double metric(const p::insight& i, std::string_view name) {
    for (const auto& m : i.metrics)
        if (m.name == name) return m.value;
    FAIL("no metric " << name << " in \"" << i.title << "\"");
    return -1;
}

const p::insight* titled(const std::vector<p::insight>& all, std::string_view title) {
    for (const auto& i : all)
        if (i.title == title) return &i;
    return nullptr;
}

std::vector<std::string> titles(const std::vector<p::insight>& all) {
    std::vector<std::string> out;
    for (const auto& i : all) out.push_back(i.title);
    return out;
}

bool priority_ordered(const std::vector<p::insight>& all) {
    auto rank = [](std::string_view pr) { return pr == "high" ? 0 : pr == "medium" ? 1 : 2; };
    for (std::size_t i = 1; i < all.size(); ++i)
        if (rank(all[i - 1].priority) > rank(all[i].priority)) return false;
    return true;
}

d::application with_follow_up(d::application a, int days_from_today) {
    a.follow_up_date = day_at(days_from_today);
    return a;
}

}  // namespace

TEST_CASE("insight types: the words both ways") {
    for (auto t : {p::insight_type::daily_digest, p::insight_type::pattern_detection, p::insight_type::recommendation,
                   p::insight_type::weekly_summary})
        CHECK(p::insight_type_from(p::to_string(t)) == t);
    CHECK(p::to_string(p::insight_type::daily_digest) == "daily_digest");
    CHECK(p::to_string(p::insight_type::weekly_summary) == "weekly_summary");
    CHECK_FALSE(p::insight_type_from("Daily_Digest"));
    CHECK_FALSE(p::insight_type_from("digest"));
    CHECK(p::insight_type_words().size() == 4);
}

TEST_CASE("insights: empty input never fails") {
    const data empty;
    CHECK(empty.run(p::insight_type::daily_digest).empty());
    CHECK(empty.run(p::insight_type::pattern_detection).empty());
    CHECK(empty.run(p::insight_type::recommendation).empty());
    const auto weekly = empty.run(p::insight_type::weekly_summary);
    REQUIRE(weekly.size() == 1);
    CHECK(weekly[0].title == "A quiet week");
    CHECK(weekly[0].priority == "low");
    CHECK(metric(weekly[0], "applications_this_week") == 0);
    CHECK(weekly[0].job_ids.empty());
    CHECK(empty.run(p::insight_type::weekly_summary, 0).empty());
}

TEST_CASE("daily digest: follow-ups, interviews and offers, high priority first") {
    data in;
    in.apps = {with_follow_up(app("a", st::applied, 30, "Acme"), -3),
               with_follow_up(app("b", st::interviewing, 30, "Globex"), -1),
               with_follow_up(app("c", st::applied, 30, "Initech"), 0),
               with_follow_up(app("d", st::rejected, 30, "Hooli"), -5),  // closed: no follow-up
               with_follow_up(app("x", st::applied, 30, "Later"), 2),    // not due yet
               app("e", st::interviewing, 30, "Umbrella"),
               app("f", st::interviewing, 30, "Stark"),
               app("g", st::interviewing, 30, "Wayne"),
               app("h", st::offer, 30, "Wonka")};
    in.apps.back().offer_at = stamp_at(-10);
    in.stages = {round_of("s1", "e", today, d::stage_type::technical),
                 round_of("s2", "f", day_at(3), d::stage_type::phone_screen),
                 round_of("s3", "f", day_at(8)),  // beyond 7 days
                 round_of("s4", "g", day_at(1), d::stage_type::onsite, d::stage_result::cancelled),
                 round_of("s5", "zz", today)};  // not one of the live applications
    const auto all = in.run(p::insight_type::daily_digest);
    CHECK(titles(all) == std::vector<std::string>{"2 follow-ups overdue", "1 follow-up due today", "1 interview today",
                                                  "1 offer awaiting a decision", "1 interview in the next 7 days"});
    CHECK(priority_ordered(all));
    for (const auto& i : all) CHECK(i.type == p::insight_type::daily_digest);

    const auto& overdue = all[0];
    CHECK(overdue.priority == "high");
    CHECK(overdue.job_ids == ids{"a", "b"});
    CHECK(metric(overdue, "overdue_follow_ups") == 2);
    CHECK(metric(overdue, "oldest_days_overdue") == 3);
    CHECK_THAT(overdue.content, Catch::Contains("Acme and Globex; the oldest was due 3 days ago."));
    CHECK(all[1].job_ids == ids{"c"});
    CHECK(all[2].job_ids == ids{"e"});
    CHECK_THAT(all[2].content, Catch::Contains("Umbrella (Technical)"));
    CHECK(all[3].priority == "high");  // waited 10 days
    CHECK(metric(all[3], "oldest_offer_days") == 10);
    CHECK(all[3].job_ids == ids{"h"});
    CHECK(all[4].priority == "medium");
    CHECK(all[4].job_ids == ids{"f"});
    CHECK(metric(all[4], "days_to_next_interview") == 3);

    const auto two = in.run(p::insight_type::daily_digest, 2);
    CHECK(titles(two) == std::vector<std::string>{"2 follow-ups overdue", "1 follow-up due today"});
}

TEST_CASE("daily digest: a closed application's rounds are not on the agenda") {
    data in;
    in.apps = {app("w", st::withdrawn), app("o", st::interviewing)};
    in.stages = {round_of("s1", "w", today), round_of("s2", "o", day_at(2))};
    const auto all = in.run(p::insight_type::daily_digest);
    CHECK(titles(all) == std::vector<std::string>{"1 interview in the next 7 days"});
    CHECK(all[0].job_ids == ids{"o"});
}

TEST_CASE("daily digest: a recent offer is medium; nothing due says so") {
    data in;
    in.apps = {app("h", st::offer, 3)};
    in.apps[0].offer_at = stamp_at(-2);
    auto all = in.run(p::insight_type::daily_digest);
    REQUIRE(all.size() == 1);
    CHECK(all[0].priority == "medium");
    CHECK(metric(all[0], "oldest_offer_days") == 2);
    in.apps = {app("a", st::applied, 3)};
    all = in.run(p::insight_type::daily_digest);
    REQUIRE(all.size() == 1);
    CHECK(all[0].title == "Nothing due today");
    CHECK(all[0].priority == "low");
    CHECK(metric(all[0], "live_applications") == 1);
}

TEST_CASE("daily digest: evidence ids are bounded, the counts are not") {
    data in;
    for (int i = 0; i < 30; ++i) in.apps.push_back(with_follow_up(app("a" + std::to_string(100 + i), st::applied, 40), -1 - i));
    const auto all = in.run(p::insight_type::daily_digest);
    REQUIRE(all.size() == 1);
    CHECK(all[0].job_ids.size() == p::max_job_ids);
    CHECK(all[0].job_ids.front() == "a129");  // the oldest due first
    CHECK(metric(all[0], "overdue_follow_ups") == 30);
    CHECK(metric(all[0], "oldest_days_overdue") == 30);
    CHECK_THAT(all[0].content, Catch::Contains("and 27 more"));
}

TEST_CASE("pattern detection: conversion per source") {
    data in;
    in.apps = {app("r1", st::interviewing), app("r2", st::offer),   app("l1", st::interviewing),
               app("l2", st::applied),      app("l3", st::applied), app("l4", st::applied),
               app("m1", st::applied),      app("s1", st::saved)};
    for (auto& a : in.apps)
        if (a.id[0] == 'r') a.applied_source = d::source::referral;
        else if (a.id[0] == 'l' || a.id[0] == 's') a.applied_source = d::source::linkedin;
    const auto all = in.run(p::insight_type::pattern_detection);
    CHECK(titles(all) == std::vector<std::string>{"Referral: 2 of 2 reached an interview",
                                                  "LinkedIn: 1 of 4 reached an interview"});
    const auto& best = all[0];
    CHECK(best.priority == "high");
    CHECK(best.job_ids == ids{"r2", "r1"});  // the offer first
    CHECK(metric(best, "interview_rate") == 100.0);
    CHECK(metric(best, "offer_rate") == 50.0);
    CHECK(metric(best, "overall_interview_rate") == Approx(42.9).margin(1e-9));  // 3 of 7 applied
    CHECK(all[1].priority == "medium");
    CHECK(all[1].job_ids.front() == "l1");
    CHECK(metric(all[1], "applications") == 4);  // the saved one is not applied
    CHECK_THAT(best.content, Catch::Contains("Of 2 applications through Referral, 2 (100.0%) reached an interview"));
}

TEST_CASE("pattern detection: stage types that lead to offers") {
    data in;
    in.apps = {app("x1", st::offer), app("x2", st::rejected), app("y1", st::interviewing), app("y2", st::interviewing)};
    in.apps[1].interview_at = stamp_at(-5);
    in.stages = {round_of("t1", "x1", day_at(-9), d::stage_type::technical, d::stage_result::passed),
                 round_of("t2", "x2", day_at(-8), d::stage_type::technical, d::stage_result::failed),
                 round_of("t3", "x1", day_at(-7), d::stage_type::technical, d::stage_result::passed),
                 round_of("p1", "y1", day_at(-6), d::stage_type::phone_screen),
                 round_of("p2", "y2", day_at(-5), d::stage_type::phone_screen),
                 round_of("u1", "y2", day_at(-4), std::nullopt)};
    const auto all = in.run(p::insight_type::pattern_detection);
    const auto* technical = titled(all, "Technical rounds: 1 of 2 reached an offer");
    const auto* phone = titled(all, "Phone Screen rounds: 0 of 2 reached an offer");
    REQUIRE(technical);
    REQUIRE(phone);
    CHECK(technical->priority == "high");
    CHECK(phone->priority == "low");
    CHECK(metric(*technical, "rounds") == 3);
    CHECK(metric(*technical, "passed") == 2);
    CHECK(metric(*technical, "offer_rate") == 50.0);
    CHECK(technical->job_ids == ids{"x1", "x2"});
    CHECK(phone->job_ids == ids{"y1", "y2"});
    CHECK(priority_ordered(all));
}

TEST_CASE("pattern detection: most rejections before an interview") {
    data in;
    in.apps = {app("r1", st::rejected), app("r2", st::rejected), app("r3", st::rejected)};
    in.stages = {round_of("s", "r3", day_at(-3))};
    const auto all = in.run(p::insight_type::pattern_detection);
    const auto* early = titled(all, "Most rejections come before an interview");
    REQUIRE(early);
    CHECK(early->priority == "high");  // 2 of 3
    CHECK(early->job_ids == ids{"r1", "r2"});
    CHECK(metric(*early, "rejections") == 3);
    CHECK(metric(*early, "before_interview") == 2);
    CHECK(metric(*early, "after_interview") == 1);
    CHECK(titled(all, "Rejections cluster after Technical rounds") == nullptr);  // one is no cluster
    CHECK(all.front().title == "Most rejections come before an interview");
}

TEST_CASE("pattern detection: rejections after interviews cluster by the last stage type, and their timing") {
    data in;
    in.apps = {app("r1", st::rejected, 60), app("r3", st::rejected, 60), app("r4", st::rejected, 60),
               app("r5", st::rejected, 60)};
    const int to_reject[] = {3, 10, 40, 12};
    for (std::size_t i = 0; i < in.apps.size(); ++i) {
        in.apps[i].applied_at = stamp_at(-50);
        in.apps[i].rejected_at = stamp_at(-50 + to_reject[i]);
    }
    in.stages = {round_of("a", "r3", day_at(-45), d::stage_type::technical),
                 round_of("b", "r4", day_at(-46), d::stage_type::phone_screen),
                 round_of("c", "r4", day_at(-44), d::stage_type::technical),
                 round_of("d", "r5", day_at(-44), d::stage_type::phone_screen)};
    const auto all = in.run(p::insight_type::pattern_detection);
    const auto* late = titled(all, "Most rejections come after interviews");
    REQUIRE(late);
    CHECK(late->priority == "high");  // 3 of 4
    CHECK(late->job_ids == ids{"r3", "r4", "r5"});
    const auto* cluster = titled(all, "Rejections cluster after Technical rounds");
    REQUIRE(cluster);
    CHECK(cluster->job_ids == ids{"r3", "r4"});
    CHECK(metric(*cluster, "rejections_after_rounds") == 3);
    CHECK(metric(*cluster, "after_this_stage_type") == 2);
    CHECK(metric(*cluster, "share") == Approx(66.7).margin(1e-9));
    const auto* timing = titled(all, "Rejections arrive after a median of 11.0 days");
    REQUIRE(timing);
    CHECK(timing->priority == "low");
    CHECK(metric(*timing, "median_days") == 11.0);
    CHECK(metric(*timing, "within_7_days") == 1);
    CHECK(metric(*timing, "within_8_to_30_days") == 2);
    CHECK(metric(*timing, "after_30_days") == 1);
    CHECK(timing->job_ids == ids{"r1", "r3", "r5", "r4"});  // quickest first
    CHECK(priority_ordered(all));
}

TEST_CASE("pattern detection: rejections split evenly are no cluster") {
    data in;
    in.apps = {app("r1", st::rejected), app("r2", st::rejected)};
    in.apps[1].interview_at = stamp_at(-2);
    const auto all = in.run(p::insight_type::pattern_detection);
    const auto* even = titled(all, "Rejections split evenly around interviews");
    REQUIRE(even);
    CHECK(even->priority == "low");
    CHECK(even->job_ids == ids{"r1", "r2"});
    CHECK(titled(all, "Most rejections come before an interview") == nullptr);
    CHECK(titled(all, "Most rejections come after interviews") == nullptr);
}

TEST_CASE("pattern detection: a single rejection shows no rejection pattern") {
    data in;
    in.apps = {app("r1", st::rejected), app("a", st::applied)};
    for (const auto& i : in.run(p::insight_type::pattern_detection)) CHECK_THAT(i.title, !Catch::Contains("ejection"));
}

TEST_CASE("recommendation: stale applications by update and activity") {
    data in;
    in.apps = {app("a", st::applied, 20, "Acme"), app("b", st::applied, 20, "Globex"),
               app("c", st::rejected, 30, "Closed"), app("d", st::saved, 14, "Dunder"),
               app("e", st::interviewing, 13, "Early")};
    in.activity = {activity_on("n1", "b", -2), activity_on("n2", "zz", 0)};
    auto all = in.run(p::insight_type::recommendation);
    const auto* stale = titled(all, "2 applications idle for 14+ days");
    REQUIRE(stale);
    CHECK(stale->job_ids == ids{"a", "d"});
    CHECK(stale->priority == "medium");
    CHECK(metric(*stale, "stale_applications") == 2);
    CHECK(metric(*stale, "longest_idle_days") == 20);
    CHECK(metric(*stale, "stale_days") == 14);
    CHECK_THAT(stale->content, Catch::Contains("Acme and Dunder"));
    in.stale_days = 10;
    all = in.run(p::insight_type::recommendation);
    stale = titled(all, "3 applications idle for 10+ days");
    REQUIRE(stale);
    CHECK(stale->priority == "high");
    CHECK(stale->job_ids == ids{"a", "d", "e"});
}

TEST_CASE("recommendation: strong matches still saved") {
    data in;
    in.apps = {app("a"), app("b"), app("c"), app("d", st::applied)};
    in.apps[0].ai_match_score = 72;
    in.apps[1].ai_match_score = 85;
    in.apps[2].ai_match_score = 69;
    in.apps[3].ai_match_score = 95;
    auto all = in.run(p::insight_type::recommendation);
    const auto* strong = titled(all, "2 strong matches not applied to yet");
    REQUIRE(strong);
    CHECK(strong->job_ids == ids{"b", "a"});
    CHECK(strong->priority == "high");
    CHECK(metric(*strong, "best_score") == 85);
    CHECK(metric(*strong, "threshold") == p::high_match_score);
    in.apps[1].ai_match_score = 70;
    all = in.run(p::insight_type::recommendation);
    strong = titled(all, "2 strong matches not applied to yet");
    REQUIRE(strong);
    CHECK(strong->priority == "medium");
    CHECK(strong->job_ids == ids{"a", "b"});
}

TEST_CASE("recommendation: the best source, when it beats the rest") {
    data in;
    in.apps = {app("r1", st::interviewing), app("r2", st::offer), app("r3", st::applied),
               app("l1", st::interviewing), app("l2", st::applied), app("l3", st::applied), app("l4", st::applied),
               app("l5", st::applied)};
    for (auto& a : in.apps) a.applied_source = a.id[0] == 'r' ? d::source::referral : d::source::linkedin;
    auto all = in.run(p::insight_type::recommendation);
    const auto* use = titled(all, "Use Referral more");
    REQUIRE(use);
    CHECK(use->priority == "medium");
    CHECK(metric(*use, "interview_rate") == Approx(66.7).margin(1e-9));
    CHECK(metric(*use, "overall_interview_rate") == 37.5);
    CHECK(use->job_ids == ids{"r1", "r2", "r3"});
    // One source only: nothing to compare.
    for (auto& a : in.apps) a.applied_source = d::source::referral;
    CHECK(titled(in.run(p::insight_type::recommendation), "Use Referral more") == nullptr);
    // Too small a sample.
    in.apps = {app("r1", st::interviewing), app("r2", st::offer), app("l1", st::applied), app("l2", st::applied),
               app("l3", st::applied)};
    for (auto& a : in.apps) a.applied_source = a.id[0] == 'r' ? d::source::referral : d::source::linkedin;
    for (const auto& i : in.run(p::insight_type::recommendation)) CHECK_THAT(i.title, !Catch::StartsWith("Use "));
}

TEST_CASE("recommendation: a low response rate") {
    data in;
    for (int i = 0; i < 6; ++i) in.apps.push_back(app("a" + std::to_string(i), st::applied));
    in.apps[0].status = st::rejected;
    auto all = in.run(p::insight_type::recommendation);
    const auto* low = titled(all, "Low response rate: 16.7%");
    REQUIRE(low);
    CHECK(low->priority == "high");
    CHECK(metric(*low, "applications") == 6);
    CHECK(metric(*low, "responses") == 1);
    CHECK(low->job_ids == ids{"a1", "a2", "a3", "a4", "a5"});
    in.apps.pop_back();  // 1 of 5 = 20%: not low
    for (const auto& i : in.run(p::insight_type::recommendation)) CHECK_THAT(i.title, !Catch::StartsWith("Low"));
    in.apps = {app("a", st::applied), app("b", st::applied), app("c", st::applied), app("d", st::applied)};
    for (const auto& i : in.run(p::insight_type::recommendation)) CHECK_THAT(i.title, !Catch::StartsWith("Low"));
}

TEST_CASE("weekly summary: this ISO week against the last") {
    data in;  // today: Friday; this week from day -4 (Monday), last week days -11..-5
    in.apps = {app("a", st::applied, 0, "Acme"), app("b", st::applied, 4, "Beta"), app("c", st::applied, 5),
               app("d", st::applied, 11), app("e", st::applied, 12), app("f", st::offer, 30, "Wonka")};
    in.apps[0].created_at = stamp_at(0, 1);
    in.apps[1].created_at = stamp_at(-4, 0);   // Monday 00:00: this week
    in.apps[2].created_at = stamp_at(-5, 23);  // Sunday 23:00: last week
    in.apps[3].interview_at = stamp_at(-6);
    in.apps[4].interview_at = stamp_at(-7);
    in.apps[0].interview_at = stamp_at(-1);
    in.apps[5].offer_at = stamp_at(-2);
    in.apps[4].rejected_at = stamp_at(-10);
    const auto all = in.run(p::insight_type::weekly_summary);
    CHECK(titles(all) == std::vector<std::string>{"1 new offer this week", "This week: 2 applications (0.0%)"});
    const auto& sum = all[1];
    CHECK(sum.priority == "medium");
    CHECK(metric(sum, "applications_this_week") == 2);
    CHECK(metric(sum, "applications_last_week") == 2);
    CHECK(metric(sum, "applications_change") == 0.0);
    CHECK(metric(sum, "interviews_this_week") == 1);
    CHECK(metric(sum, "interviews_last_week") == 2);
    CHECK(metric(sum, "interviews_change") == -50.0);
    CHECK(metric(sum, "offers_change") == 100.0);
    CHECK(metric(sum, "rejections_last_week") == 1);
    CHECK(metric(sum, "rejections_change") == -100.0);
    CHECK(sum.job_ids == ids{"a", "b", "f"});
    CHECK_THAT(sum.content, Catch::Contains("2026-W49"));
    CHECK(all[0].job_ids == ids{"f"});
    CHECK(all[0].priority == "high");
}

TEST_CASE("weekly summary: fewer applications than last week, and a week across the new year") {
    data in;
    in.apps = {app("a", st::applied, 7), app("b", st::applied, 8), app("c", st::applied, 0)};
    auto all = in.run(p::insight_type::weekly_summary);
    const auto* fewer = titled(all, "Fewer applications than last week");
    REQUIRE(fewer);
    CHECK(fewer->priority == "low");
    CHECK(metric(*fewer, "applications_last_week") == 2);
    CHECK(titled(all, "This week: 1 application (-50.0%)") != nullptr);

    data ny;
    ny.on = d::date{year{2027}, month{1}, day{1}};  // Friday; its ISO week 2026-W53 starts Monday 2026-12-28
    ny.apps = {app("x"), app("y")};
    ny.apps[0].created_at = time_point_cast<microseconds>(sys_days{d::date{year{2026}, month{12}, day{28}}});
    ny.apps[1].created_at = time_point_cast<microseconds>(sys_days{d::date{year{2026}, month{12}, day{27}}});
    all = ny.run(p::insight_type::weekly_summary);
    REQUIRE(all.size() == 1);
    CHECK(metric(all[0], "applications_this_week") == 1);
    CHECK(metric(all[0], "applications_last_week") == 1);
    CHECK_THAT(all[0].content, Catch::Contains("2026-W53"));
}

TEST_CASE("insights: tens of thousands of rows, counted in full, evidence bounded") {
    data in;
    for (int i = 0; i < 20000; ++i) {
        auto a = with_follow_up(app("a" + std::to_string(100000 + i), i % 2 ? st::applied : st::rejected, 60), -1);
        a.applied_source = static_cast<d::source>(i % 10);
        in.apps.push_back(std::move(a));
        in.stages.push_back(round_of("s" + std::to_string(i), in.apps.back().id, day_at(-(i % 30))));
        in.activity.push_back(activity_on("n" + std::to_string(i), in.apps.back().id, -(i % 40)));
    }
    const auto digest = in.run(p::insight_type::daily_digest);
    REQUIRE_FALSE(digest.empty());
    CHECK(metric(digest[0], "overdue_follow_ups") == 10000);  // the applied half; the rejected are closed
    CHECK(digest[0].job_ids.size() == p::max_job_ids);
    const auto patterns = in.run(p::insight_type::pattern_detection);
    const auto* late = titled(patterns, "Most rejections come after interviews");
    REQUIRE(late);
    CHECK(metric(*late, "rejections") == 10000);
    const auto recs = in.run(p::insight_type::recommendation);
    long long idle = 0;  // the open (odd) ones whose last activity is 14 or more days old
    for (int i = 1; i < 20000; i += 2) idle += i % 40 >= 14 ? 1 : 0;
    const auto* stale = titled(recs, std::to_string(idle) + " applications idle for 14+ days");
    REQUIRE(stale);
    CHECK(metric(*stale, "longest_idle_days") == 39);
    CHECK(in.run(p::insight_type::weekly_summary).size() >= 1);
}

// The analytics dashboard (docs/behaviour.md §21 with §4), cell by cell: ISO weeks, rounding, pipeline,
// rates, source breakdown, the 12-week trend, salary insights and top companies, with the edge cases.
#include <offertracker/domain/analytics.hpp>

#include <chrono>

#include "test_support.hpp"

using namespace offertracker;
using domain::application_status;
using domain::compute_dashboard;
using domain::outcome_status;
using domain::source;
using test::ymd;

namespace {

using status = application_status;

struct data {
    std::vector<domain::application> apps;
    std::vector<domain::stage> stages;
    std::vector<domain::outcome> outcomes;

    domain::application& app(status st = status::applied, std::string company = "Acme",
                             std::optional<source> src = std::nullopt) {
        domain::application a;
        a.id = "app-" + std::to_string(apps.size() + 1);
        a.user_id = "u";
        a.company_name = std::move(company);
        a.role_title = "Engineer";
        a.status = st;
        a.applied_source = src;
        apps.push_back(a);
        return apps.back();
    }
    domain::stage& stage(const domain::application& a, domain::date when = ymd(2026, 3, 1)) {
        domain::stage s;
        s.id = "stage-" + std::to_string(stages.size() + 1);
        s.application_id = a.id;
        s.stage_name = "Round";
        s.stage_date = when;
        stages.push_back(s);
        return stages.back();
    }
    domain::outcome& outcome(const domain::application& a, std::optional<outcome_status> st = outcome_status::offer,
                             std::optional<long long> salary = std::nullopt) {
        domain::outcome o;
        o.id = "outcome-" + std::to_string(outcomes.size() + 1);
        o.application_id = a.id;
        o.status = st;
        o.salary = salary;
        outcomes.push_back(o);
        return outcomes.back();
    }
    domain::dashboard dashboard(domain::date today = ymd(2026, 3, 15)) const {
        return compute_dashboard(apps, stages, outcomes, today);
    }
};

std::vector<std::string> week_keys(const domain::dashboard& d) {
    std::vector<std::string> out;
    for (const auto& w : d.weekly_trend) out.push_back(w.week);
    return out;
}

const std::vector<std::string> weeks_to_2026_w11{"2025-W52", "2026-W01", "2026-W02", "2026-W03",
                                                 "2026-W04", "2026-W05", "2026-W06", "2026-W07",
                                                 "2026-W08", "2026-W09", "2026-W10", "2026-W11"};

}  // namespace

namespace Catch {
template <>
struct StringMaker<domain::pipeline_count> {
    static std::string convert(const domain::pipeline_count& p) {
        return "{" + std::string(domain::to_string(p.status)) + ", " + std::to_string(p.count) + "}";
    }
};
template <>
struct StringMaker<domain::source_effectiveness> {
    static std::string convert(const domain::source_effectiveness& s) {
        return "{" + s.source + ", " + std::to_string(s.applied) + ", " + std::to_string(s.interviews) + ", " +
               std::to_string(s.offers) + "}";
    }
};
template <>
struct StringMaker<domain::weekly_count> {
    static std::string convert(const domain::weekly_count& w) {
        return "{" + w.week + ", " + std::to_string(w.applications) + ", " + std::to_string(w.stages) + "}";
    }
};
template <>
struct StringMaker<domain::company_count> {
    static std::string convert(const domain::company_count& c) {
        return "{" + c.company + ", " + std::to_string(c.count) + "}";
    }
};
}  // namespace Catch

// --- ISO weeks ----------------------------------------------------------------------------------------------

TEST_CASE("ISO week of a date, around year ends and in week-53 years", "[domain][analytics][iso]") {
    using domain::iso_week;
    using domain::iso_week_of;
    CHECK(iso_week_of(ymd(2026, 3, 15)) == iso_week{2026, 11});  // a Sunday: the end of its week
    CHECK(iso_week_of(ymd(2026, 3, 9)) == iso_week{2026, 11});   // the Monday of the same week
    CHECK(iso_week_of(ymd(2026, 1, 1)) == iso_week{2026, 1});    // a Thursday: week 1 of its own year
    CHECK(iso_week_of(ymd(2025, 12, 29)) == iso_week{2026, 1});  // a Monday in December, already 2026-W01
    CHECK(iso_week_of(ymd(2025, 12, 28)) == iso_week{2025, 52});
    CHECK(iso_week_of(ymd(2024, 12, 30)) == iso_week{2025, 1});
    // 2026 ends on a Thursday, so it has 53 weeks; 1-3 January 2027 still belong to 2026-W53.
    CHECK(iso_week_of(ymd(2026, 12, 31)) == iso_week{2026, 53});
    CHECK(iso_week_of(ymd(2027, 1, 1)) == iso_week{2026, 53});
    CHECK(iso_week_of(ymd(2027, 1, 3)) == iso_week{2026, 53});
    CHECK(iso_week_of(ymd(2027, 1, 4)) == iso_week{2027, 1});
    CHECK(iso_week_of(ymd(2020, 12, 31)) == iso_week{2020, 53});
    CHECK(iso_week_of(ymd(2021, 1, 3)) == iso_week{2020, 53});
}

TEST_CASE("ISO week text is YYYY-Www with a two-digit week", "[domain][analytics][iso]") {
    CHECK(domain::format_iso_week({2026, 9}) == "2026-W09");
    CHECK(domain::format_iso_week({2026, 53}) == "2026-W53");
    CHECK(domain::format_iso_week({2025, 1}) == "2025-W01");
}

TEST_CASE("the Monday of a date's ISO week", "[domain][analytics][iso]") {
    CHECK(domain::iso_week_monday(ymd(2026, 3, 15)) == ymd(2026, 3, 9));
    CHECK(domain::iso_week_monday(ymd(2026, 3, 9)) == ymd(2026, 3, 9));
    CHECK(domain::iso_week_monday(ymd(2027, 1, 1)) == ymd(2026, 12, 28));
}

TEST_CASE("rounding keeps Python's digits: exact binary value, ties to even", "[domain][analytics][round]") {
    using domain::round_decimals;
    CHECK(round_decimals(2.0 / 3.0, 4) == 0.6667);
    CHECK(round_decimals(1.0 / 3.0, 4) == 0.3333);
    CHECK(round_decimals(1.0 / 32.0, 4) == 0.0312);  // exactly half: to even
    CHECK(round_decimals(3.0 / 32.0, 4) == 0.0938);  // exactly half: to even (up)
    CHECK(round_decimals(0.125, 2) == 0.12);
    CHECK(round_decimals(5.0 / 3.0, 2) == 1.67);
    CHECK(round_decimals(0.5, 4) == 0.5);
    CHECK(round_decimals(95000.0, 2) == 95000.0);
    CHECK(round_decimals(0.0, 4) == 0.0);
}

// --- no data ----------------------------------------------------------------------------------------------

TEST_CASE("no applications at all: the empty defaults, but still 12 zero-filled weeks", "[domain][analytics]") {
    const auto d = data{}.dashboard();
    CHECK(d.pipeline.empty());
    CHECK(d.response_rate == 0.0);
    CHECK(d.interview_rate == 0.0);
    CHECK(d.offer_rate == 0.0);
    CHECK(d.source_breakdown.empty());
    REQUIRE(d.weekly_trend.size() == 12);
    CHECK(week_keys(d) == weeks_to_2026_w11);
    for (const auto& w : d.weekly_trend) {
        CHECK(w.applications == 0);
        CHECK(w.stages == 0);
    }
    CHECK(d.salary_insights == domain::salary_insight{0, std::nullopt, std::nullopt, 0, std::nullopt, std::nullopt, "USD"});
    CHECK(d.top_companies.empty());
}

// --- pipeline and rates ---------------------------------------------------------------------------------------

TEST_CASE("pipeline: one entry per occurring status, by count descending, ties in first-seen order",
          "[domain][analytics][pipeline]") {
    data x;
    x.app(status::rejected);
    x.app(status::applied);
    x.app(status::applied);
    x.app(status::saved);
    x.app(status::rejected);
    x.app(status::interviewing);
    x.app(status::applied);
    const auto d = x.dashboard();
    CHECK(d.pipeline == std::vector<domain::pipeline_count>{
                            {status::applied, 3}, {status::rejected, 2}, {status::saved, 1}, {status::interviewing, 1}});
}

TEST_CASE("rates: denominator excludes Saved; Applied and Withdrawn count in it only", "[domain][analytics][rates]") {
    data x;
    x.app(status::saved);
    x.app(status::saved);
    x.app(status::applied);
    x.app(status::interviewing);
    x.app(status::offer);
    x.app(status::accepted);
    x.app(status::rejected);
    x.app(status::withdrawn);
    const auto d = x.dashboard();
    // denominator 6: response {Interviewing, Offer, Accepted, Rejected} 4, interview 3, offer 2
    CHECK(d.response_rate == 0.6667);
    CHECK(d.interview_rate == 0.5);
    CHECK(d.offer_rate == 0.3333);
}

TEST_CASE("rates: each status on its own", "[domain][analytics][rates]") {
    struct row {
        status st;
        double response, interview, offer;
    };
    const std::vector<row> rows{
        {status::applied, 0.0, 0.0, 0.0},      {status::interviewing, 1.0, 1.0, 0.0},
        {status::offer, 1.0, 1.0, 1.0},        {status::accepted, 1.0, 1.0, 1.0},
        {status::rejected, 1.0, 0.0, 0.0},     {status::withdrawn, 0.0, 0.0, 0.0},
    };
    for (const auto& r : rows) {
        INFO(domain::to_string(r.st));
        data x;
        x.app(r.st);
        x.app(status::applied);  // denominator 2
        const auto d = x.dashboard();
        CHECK(d.response_rate == r.response / 2);
        CHECK(d.interview_rate == r.interview / 2);
        CHECK(d.offer_rate == r.offer / 2);
    }
}

TEST_CASE("only Saved applications: every rate is 0.0", "[domain][analytics][rates]") {
    data x;
    x.app(status::saved);
    x.app(status::saved);
    const auto d = x.dashboard();
    CHECK(d.response_rate == 0.0);
    CHECK(d.interview_rate == 0.0);
    CHECK(d.offer_rate == 0.0);
    CHECK(d.pipeline == std::vector<domain::pipeline_count>{{status::saved, 2}});
    // Saved applications still count in the source breakdown and top companies.
    CHECK(d.source_breakdown == std::vector<domain::source_effectiveness>{{"Unknown", 2, 0, 0}});
    CHECK(d.top_companies == std::vector<domain::company_count>{{"Acme", 2}});
}

TEST_CASE("rates use the application status only, not stages or outcomes", "[domain][analytics][rates]") {
    data x;
    auto& a = x.app(status::applied);
    x.stage(a);
    x.outcome(a, outcome_status::offer);
    const auto d = x.dashboard();
    CHECK(d.response_rate == 0.0);
    CHECK(d.interview_rate == 0.0);
    CHECK(d.offer_rate == 0.0);
}

TEST_CASE("rates round to 4 decimals", "[domain][analytics][rates]") {
    data x;
    x.app(status::interviewing);
    for (int i = 0; i < 6; ++i) x.app(status::applied);  // 1/7 = 0.142857...
    const auto d = x.dashboard();
    CHECK(d.response_rate == 0.1429);
    CHECK(d.interview_rate == 0.1429);
    CHECK(d.offer_rate == 0.0);
}

// --- source breakdown -----------------------------------------------------------------------------------------

TEST_CASE("source breakdown: Unknown for none, interviews = apps with a stage, offers = Offer outcomes",
          "[domain][analytics][sources]") {
    data x;
    // Copies: references into x.apps would dangle as it grows.
    const auto id1 = x.app(status::applied, "A", source::referral);
    const auto id2 = x.app(status::saved, "B", std::nullopt);
    const auto id3 = x.app(status::interviewing, "C", source::linkedin);
    const auto id4 = x.app(status::rejected, "D", source::linkedin);
    const auto id5 = x.app(status::offer, "E", source::linkedin);
    const auto id6 = x.app(status::applied, "F", std::nullopt);
    x.stage(id3);
    x.stage(id3);  // two stages: still one application with an interview
    x.stage(id5);
    x.stage(id2);  // a Saved application with a stage counts too
    x.outcome(id5, outcome_status::offer);
    x.outcome(id4, outcome_status::rejected);  // not an offer
    x.outcome(id1, outcome_status::offer);     // an offer whatever the status says
    x.outcome(id6, std::nullopt);              // no status: not an offer
    const auto d = x.dashboard();
    CHECK(d.source_breakdown == std::vector<domain::source_effectiveness>{
                                    {"LinkedIn", 3, 2, 1}, {"Unknown", 2, 1, 0}, {"Referral", 1, 0, 1}});
}

TEST_CASE("source breakdown: ties keep first-seen order", "[domain][analytics][sources]") {
    data x;
    x.app(status::applied, "A", source::indeed);
    x.app(status::applied, "A", source::company_website);
    x.app(status::applied, "A", std::nullopt);
    x.app(status::applied, "A", source::company_website);
    x.app(status::applied, "A", source::indeed);
    const auto d = x.dashboard();
    CHECK(d.source_breakdown == std::vector<domain::source_effectiveness>{
                                    {"Indeed", 2, 0, 0}, {"Company Website", 2, 0, 0}, {"Unknown", 1, 0, 0}});
}

TEST_CASE("stages and outcomes of other applications are ignored", "[domain][analytics][sources]") {
    data x;
    x.app(status::applied);
    domain::application stranger;
    stranger.id = "someone-elses";
    x.stage(stranger, ymd(2026, 3, 10));
    x.outcome(stranger, outcome_status::offer, 200000);
    const auto d = x.dashboard();
    CHECK(d.source_breakdown == std::vector<domain::source_effectiveness>{{"Unknown", 1, 0, 0}});
    CHECK(d.weekly_trend.back().stages == 0);
    CHECK(d.salary_insights.offers_with_salary == 0);
    CHECK(d.salary_insights.highest_offer == std::nullopt);
}

// --- weekly trend ----------------------------------------------------------------------------------------------

TEST_CASE("weekly trend: 12 ISO weeks ending with today's, oldest first, across the year end",
          "[domain][analytics][weeks]") {
    data x;  // today 2026-03-15, a Sunday; the first week starts Monday 2025-12-22
    const auto counted = [&](domain::date d) { x.app().applied_date = d; };
    counted(ymd(2025, 12, 21));  // the day before the window: not counted
    counted(ymd(2025, 12, 22));  // first day of 2025-W52
    counted(ymd(2025, 12, 28));  // last day of 2025-W52
    counted(ymd(2025, 12, 29));  // 2026-W01 (still December)
    counted(ymd(2026, 1, 1));    // 2026-W01
    counted(ymd(2026, 2, 27));   // 2026-W09
    counted(ymd(2026, 3, 15));   // today, 2026-W11
    counted(ymd(2026, 3, 16));   // tomorrow: in the future, not counted
    counted(ymd(2027, 1, 1));    // far future: not counted
    x.app();                     // no applied_date: not counted
    const auto& a = x.apps.front();
    x.stage(a, ymd(2025, 12, 21));  // before the window
    x.stage(a, ymd(2025, 12, 22));
    x.stage(a, ymd(2026, 3, 9));
    x.stage(a, ymd(2026, 3, 15));
    x.stage(a, ymd(2026, 3, 15));
    x.stage(a, ymd(2026, 3, 16));  // future
    const auto d = x.dashboard();
    REQUIRE(week_keys(d) == weeks_to_2026_w11);
    const std::vector<domain::weekly_count> want{
        {"2025-W52", 2, 1}, {"2026-W01", 2, 0}, {"2026-W02", 0, 0}, {"2026-W03", 0, 0},
        {"2026-W04", 0, 0}, {"2026-W05", 0, 0}, {"2026-W06", 0, 0}, {"2026-W07", 0, 0},
        {"2026-W08", 0, 0}, {"2026-W09", 1, 0}, {"2026-W10", 0, 0}, {"2026-W11", 1, 3},
    };
    CHECK(d.weekly_trend == want);
}

TEST_CASE("weekly trend: later days of the current week are the future, not counted", "[domain][analytics][weeks]") {
    data x;
    x.app().applied_date = ymd(2026, 3, 11);  // Wednesday: today
    x.app().applied_date = ymd(2026, 3, 12);  // Thursday of the same week: tomorrow
    x.stage(x.apps.front(), ymd(2026, 3, 13));
    const auto d = x.dashboard(ymd(2026, 3, 11));
    REQUIRE(d.weekly_trend.size() == 12);
    CHECK(d.weekly_trend.back() == domain::weekly_count{"2026-W11", 1, 0});
}

TEST_CASE("weekly trend: a week-53 year", "[domain][analytics][weeks]") {
    data x;
    x.app().applied_date = ymd(2026, 12, 31);  // 2026-W53
    x.app().applied_date = ymd(2027, 1, 1);    // 2026-W53 too
    x.app().applied_date = ymd(2027, 1, 4);    // 2027-W01
    x.stage(x.apps.front(), ymd(2027, 1, 3));  // 2026-W53
    const auto d = x.dashboard(ymd(2027, 1, 6));
    CHECK(week_keys(d) == std::vector<std::string>{"2026-W43", "2026-W44", "2026-W45", "2026-W46",
                                                   "2026-W47", "2026-W48", "2026-W49", "2026-W50",
                                                   "2026-W51", "2026-W52", "2026-W53", "2027-W01"});
    CHECK(d.weekly_trend[10] == domain::weekly_count{"2026-W53", 2, 1});
    CHECK(d.weekly_trend[11] == domain::weekly_count{"2027-W01", 1, 0});
}

TEST_CASE("weekly trend: the clock across the year end", "[domain][analytics][weeks]") {
    data x;
    x.app().applied_date = ymd(2025, 10, 13);  // the first Monday of the window
    x.app().applied_date = ymd(2025, 10, 12);  // the Sunday before: out
    x.app().applied_date = ymd(2025, 12, 31);  // 2026-W01
    x.app().applied_date = ymd(2026, 1, 1);    // today
    const auto d = x.dashboard(ymd(2026, 1, 1));
    CHECK(week_keys(d) == std::vector<std::string>{"2025-W42", "2025-W43", "2025-W44", "2025-W45",
                                                   "2025-W46", "2025-W47", "2025-W48", "2025-W49",
                                                   "2025-W50", "2025-W51", "2025-W52", "2026-W01"});
    CHECK(d.weekly_trend.front() == domain::weekly_count{"2025-W42", 1, 0});
    CHECK(d.weekly_trend.back() == domain::weekly_count{"2026-W01", 2, 0});

    // The same data seen a day earlier: 31 December is today, 1 January the future.
    const auto before = x.dashboard(ymd(2025, 12, 31));
    CHECK(before.weekly_trend.back() == domain::weekly_count{"2026-W01", 1, 0});
    CHECK(before.weekly_trend.front() == domain::weekly_count{"2025-W42", 1, 0});
}

TEST_CASE("weekly trend: today on a Monday starts a new week", "[domain][analytics][weeks]") {
    data x;
    x.app().applied_date = ymd(2026, 3, 16);
    x.app().applied_date = ymd(2026, 3, 15);
    x.app().applied_date = ymd(2025, 12, 28);  // left the window with the new week
    const auto d = x.dashboard(ymd(2026, 3, 16));
    CHECK(d.weekly_trend.front() == domain::weekly_count{"2026-W01", 0, 0});
    CHECK(d.weekly_trend[10] == domain::weekly_count{"2026-W11", 1, 0});
    CHECK(d.weekly_trend[11] == domain::weekly_count{"2026-W12", 1, 0});
}

// --- salary insights -----------------------------------------------------------------------------------------

TEST_CASE("salary: only max set counts as an application with salary, min average stays null",
          "[domain][analytics][salary]") {
    data x;
    x.app().salary_max = 120000;
    x.app();  // no salary at all
    const auto d = x.dashboard();
    CHECK(d.salary_insights.applications_with_salary == 1);
    CHECK(d.salary_insights.average_expected_min == std::nullopt);
    CHECK(d.salary_insights.average_expected_max == 120000.0);
    CHECK(d.salary_insights.currency == "USD");
}

TEST_CASE("salary: averages use every set value, 0 included, rounded to 2 decimals", "[domain][analytics][salary]") {
    data x;
    {
        auto& a = x.app();
        a.salary_min = 0;
        a.salary_max = 100000;
    }
    x.app().salary_min = 100001;
    {
        auto& a = x.app();
        a.salary_min = 100001;
        a.salary_max = 0;
    }
    x.app().salary_max = 1;
    const auto d = x.dashboard();
    CHECK(d.salary_insights.applications_with_salary == 4);
    CHECK(d.salary_insights.average_expected_min == 66667.33);  // 200002 / 3
    CHECK(d.salary_insights.average_expected_max == 33333.67);  // 100001 / 3
}

TEST_CASE("salary: an average of zero is 0.0, not null", "[domain][analytics][salary]") {
    data x;
    x.app().salary_min = 0;
    const auto d = x.dashboard();
    CHECK(d.salary_insights.applications_with_salary == 1);
    CHECK(d.salary_insights.average_expected_min == 0.0);
    CHECK(d.salary_insights.average_expected_max == std::nullopt);
}

TEST_CASE("salary: offers come from outcomes with status Offer and a salary", "[domain][analytics][salary]") {
    data x;
    for (int i = 0; i < 6; ++i) x.app();
    x.outcome(x.apps[0], outcome_status::offer, 130000);
    x.outcome(x.apps[1], outcome_status::offer, 100001);
    x.outcome(x.apps[2], outcome_status::offer, 0);               // a salary of 0 counts
    x.outcome(x.apps[3], outcome_status::offer, std::nullopt);    // no salary: not counted
    x.outcome(x.apps[4], outcome_status::rejected, 500000);       // not an offer
    x.outcome(x.apps[5], outcome_status::withdrawn, 400000);      // not an offer
    const auto d = x.dashboard();
    CHECK(d.salary_insights.offers_with_salary == 3);
    CHECK(d.salary_insights.average_offered == 76667.0);  // 230001 / 3 = 76667.0
    CHECK(d.salary_insights.highest_offer == 130000);
    CHECK(d.salary_insights.applications_with_salary == 0);  // outcomes do not make an application "with salary"
}

TEST_CASE("salary: offer average rounds to 2 decimals", "[domain][analytics][salary]") {
    data x;
    x.app();
    x.app();
    x.outcome(x.apps[0], outcome_status::offer, 100000);
    x.outcome(x.apps[1], outcome_status::offer, 100001);
    const auto d = x.dashboard();
    CHECK(d.salary_insights.average_offered == 100000.5);
    CHECK(d.salary_insights.highest_offer == 100001);
}

// --- top companies --------------------------------------------------------------------------------------------

TEST_CASE("top companies: by count descending, ties first-seen, exact names, cut at 10",
          "[domain][analytics][companies]") {
    data x;
    const std::vector<std::string> order{"K", "A", "B", "acme", "Acme", "C", "D", "E", "F", "G", "H", "I", "J", "Acme", "B"};
    for (const auto& c : order) x.app(status::applied, c);
    const auto d = x.dashboard();
    // B and Acme both have 2: B was seen first. "acme" is another company.
    CHECK(d.top_companies == std::vector<domain::company_count>{
                                 {"B", 2}, {"Acme", 2}, {"K", 1}, {"A", 1}, {"acme", 1},
                                 {"C", 1}, {"D", 1}, {"E", 1}, {"F", 1}, {"G", 1}});
}

TEST_CASE("top companies: empty names are dropped after the top-10 cut", "[domain][analytics][companies]") {
    data x;
    x.app(status::applied, "");
    x.app(status::applied, "");
    for (char c = 'A'; c <= 'L'; ++c) x.app(status::applied, std::string(1, c));
    const auto d = x.dashboard();
    // "" ranked first and took a place in the ten; dropping it leaves nine.
    REQUIRE(d.top_companies.size() == 9);
    CHECK(d.top_companies.front() == domain::company_count{"A", 1});
    CHECK(d.top_companies.back() == domain::company_count{"I", 1});
}

// --- scale -----------------------------------------------------------------------------------------------------

TEST_CASE("10,000 applications with 20,000 stages aggregate quickly and exactly", "[domain][analytics][scale]") {
    data x;
    x.apps.reserve(10000);
    for (int i = 0; i < 10000; ++i) {
        auto& a = x.app(i % 2 ? status::applied : status::interviewing, "Company " + std::to_string(i % 50),
                        i % 3 ? std::optional{source::linkedin} : std::nullopt);
        a.applied_date = ymd(2026, 3, 15);
        a.salary_min = 1000;
    }
    for (int i = 0; i < 20000; ++i) x.stage(x.apps[static_cast<std::size_t>(i % 5000)], ymd(2026, 3, 14));
    for (int i = 0; i < 1000; ++i) x.outcome(x.apps[static_cast<std::size_t>(i)], outcome_status::offer, 1000 + i);

    const auto start = std::chrono::steady_clock::now();
    const auto d = x.dashboard();
    const auto elapsed = std::chrono::steady_clock::now() - start;
    CHECK(elapsed < std::chrono::seconds{1});

    CHECK(d.pipeline == std::vector<domain::pipeline_count>{{status::interviewing, 5000}, {status::applied, 5000}});
    CHECK(d.response_rate == 0.5);
    // i % 3 == 0 → Unknown: 3334 of them; LinkedIn 6666. Stages on apps 0..4999; offers on apps 0..999.
    CHECK(d.source_breakdown == std::vector<domain::source_effectiveness>{{"LinkedIn", 6666, 3333, 666},
                                                                          {"Unknown", 3334, 1667, 334}});
    CHECK(d.weekly_trend.back() == domain::weekly_count{"2026-W11", 10000, 20000});
    CHECK(d.salary_insights.average_expected_min == 1000.0);
    CHECK(d.salary_insights.average_offered == 1499.5);
    CHECK(d.salary_insights.highest_offer == 1999);
    CHECK(d.top_companies.size() == 10);
    CHECK(d.top_companies.front() == domain::company_count{"Company 0", 200});
}

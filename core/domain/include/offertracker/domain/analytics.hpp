// The analytics dashboard (docs/behaviour.md §21 as decided in §4), computed purely from the user's
// applications, stages and outcomes: one pass over each list, no I/O.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <offertracker/domain/application.hpp>
#include <offertracker/domain/outcome.hpp>
#include <offertracker/domain/stage.hpp>
#include <offertracker/domain/time.hpp>

namespace offertracker::domain {

// An ISO 8601 week: the ISO week-numbering year (which differs from the calendar year around 1 January)
// and the week 1..53.
struct iso_week {
    int year = 0;
    unsigned week = 0;

    friend constexpr bool operator==(const iso_week&, const iso_week&) = default;
};

iso_week iso_week_of(date d);
// "YYYY-Www", e.g. "2026-W09".
std::string format_iso_week(iso_week w);
// The Monday that starts the ISO week containing d.
date iso_week_monday(date d);

// x rounded to `decimals` places as Python's round(x, n) does: the exact binary value, ties to even.
double round_decimals(double x, int decimals);

struct pipeline_count {
    application_status status;
    long long count = 0;

    friend bool operator==(const pipeline_count&, const pipeline_count&) = default;
};

struct source_effectiveness {
    std::string source;  // the Source string, or "Unknown" when the application has none
    long long applied = 0;
    long long interviews = 0;  // applications with at least one stage
    long long offers = 0;      // applications whose outcome has status Offer

    friend bool operator==(const source_effectiveness&, const source_effectiveness&) = default;
};

struct weekly_count {
    std::string week;  // "YYYY-Www"
    long long applications = 0;
    long long stages = 0;

    friend bool operator==(const weekly_count&, const weekly_count&) = default;
};

struct salary_insight {
    long long applications_with_salary = 0;  // salary_min or salary_max set
    std::optional<double> average_expected_min;  // mean of every set salary_min (0 included), 2 decimals
    std::optional<double> average_expected_max;
    long long offers_with_salary = 0;  // outcomes with status Offer and a salary (0 included)
    std::optional<double> average_offered;
    std::optional<long long> highest_offer;
    std::string currency = "USD";

    friend bool operator==(const salary_insight&, const salary_insight&) = default;
};

struct company_count {
    std::string company;
    long long count = 0;

    friend bool operator==(const company_count&, const company_count&) = default;
};

struct dashboard {
    std::vector<pipeline_count> pipeline;
    double response_rate = 0.0;
    double interview_rate = 0.0;
    double offer_rate = 0.0;
    std::vector<source_effectiveness> source_breakdown;
    std::vector<weekly_count> weekly_trend;
    salary_insight salary_insights;
    std::vector<company_count> top_companies;

    friend bool operator==(const dashboard&, const dashboard&) = default;
};

// How many ISO weeks the weekly trend shows.
inline constexpr int weekly_trend_weeks = 12;
// How many companies top_companies keeps.
inline constexpr std::size_t top_companies_limit = 10;

// The dashboard of one user.
// applications: all of the user's applications in a stable order ("first seen" breaks ties in pipeline,
// source_breakdown and top_companies); stages and outcomes: those of these applications (others are ignored).
// today: the current UTC date; weekly_trend is the 12 ISO weeks ending with today's, oldest first, zero-filled,
// counting applied_date and stage_date values from that range's Monday up to today (future dates are not counted).
// Linear in the input sizes (hash lookups), so it stays fast for tens of thousands of applications.
dashboard compute_dashboard(const std::vector<application>& applications, const std::vector<stage>& stages,
                            const std::vector<outcome>& outcomes, date today);

}  // namespace offertracker::domain

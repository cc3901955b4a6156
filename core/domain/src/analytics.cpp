// The dashboard aggregation: one pass over applications, then one over stages and one over outcomes,
// with hash lookups from application id to its position, so the cost is linear in the data.
#include <offertracker/domain/analytics.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <unordered_map>

namespace offertracker::domain {
namespace {

using namespace std::chrono;

// Groups keyed by a string, remembering first-seen order (ties in every ranking keep it).
template <class Row>
class first_seen_groups {
public:
    // The group's position, its row made with make(key) the first time the key is seen.
    template <class Make>
    std::size_t index_of(std::string_view key, Make make) {
        auto [it, inserted] = index_.try_emplace(std::string(key), rows_.size());
        if (inserted) rows_.push_back(make(key));
        return it->second;
    }
    Row& operator[](std::size_t i) { return rows_[i]; }
    std::vector<Row> take() && { return std::move(rows_); }

private:
    std::vector<Row> rows_;
    std::unordered_map<std::string, std::size_t> index_;
};

// Stable sort by count descending: equal counts keep first-seen order.
template <class Row, class Count>
void rank(std::vector<Row>& rows, Count count) {
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return count(a) > count(b); });
}

// sum / n rounded to 2 decimals, or nullopt when there were no values.
std::optional<double> average(long double sum, long long n) {
    if (n == 0) return std::nullopt;
    return round_decimals(static_cast<double>(sum / n), 2);
}

double rate(long long part, long long whole) {
    if (whole == 0) return 0.0;
    return round_decimals(static_cast<double>(part) / static_cast<double>(whole), 4);
}

// The twelve weeks ending with today's: counts land by whole days since the first Monday.
class week_window {
public:
    explicit week_window(date today) : today_(sys_days{today}) {
        first_monday_ = sys_days{iso_week_monday(today)} - days{7 * (weekly_trend_weeks - 1)};
        for (int i = 0; i < weekly_trend_weeks; ++i)
            weeks_.push_back({format_iso_week(iso_week_of(date{first_monday_ + days{7 * i}})), 0, 0});
    }
    // The week's row for d, or nullptr when d is before the window or after today.
    weekly_count* find(date d) {
        const sys_days day{d};
        if (day < first_monday_ || day > today_) return nullptr;
        return &weeks_[static_cast<std::size_t>((day - first_monday_).count() / 7)];
    }
    std::vector<weekly_count> take() && { return std::move(weeks_); }

private:
    sys_days today_;
    sys_days first_monday_;
    std::vector<weekly_count> weeks_;
};

// What one application contributes once its stages and outcome are known.
struct app_slot {
    std::size_t source_group = 0;
    bool has_stage = false;
    bool offered = false;
};

}  // namespace

iso_week iso_week_of(date d) {
    // The ISO year is the year of the week's Thursday; the week number counts Thursdays from that year's start.
    const sys_days day{d};
    const unsigned iso_weekday = weekday{day}.iso_encoding();  // Monday 1 .. Sunday 7
    const sys_days thursday = day + days{4 - static_cast<int>(iso_weekday)};
    const year iso_year = year_month_day{thursday}.year();
    const sys_days january_first{iso_year / January / 1};
    return {static_cast<int>(iso_year), static_cast<unsigned>((thursday - january_first).count() / 7 + 1)};
}

std::string format_iso_week(iso_week w) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-W%02u", w.year, w.week);
    return buf;
}

date iso_week_monday(date d) {
    const sys_days day{d};
    return date{day - days{weekday{day}.iso_encoding() - 1}};
}

double round_decimals(double x, int decimals) {
    // printf rounds the exact binary value, ties to even: the same digits Python's round() keeps.
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
    const double r = std::strtod(buf, nullptr);
    return r == 0.0 ? 0.0 : r;  // never -0.0
}

dashboard compute_dashboard(const std::vector<application>& applications, const std::vector<stage>& stages,
                            const std::vector<outcome>& outcomes, date today) {
    dashboard out;
    week_window weeks(today);

    // Pipeline: one counter per status, remembering the order statuses were first seen.
    std::vector<pipeline_count> pipeline;
    std::array<int, enum_strings<application_status>::values.size()> pipeline_slot;
    pipeline_slot.fill(-1);

    long long responded = 0, interviewed = 0, offered = 0, denominator = 0;
    first_seen_groups<source_effectiveness> sources;
    first_seen_groups<company_count> companies;
    long long with_salary = 0, min_count = 0, max_count = 0;
    long double min_sum = 0, max_sum = 0;

    std::unordered_map<std::string_view, app_slot> slots;
    slots.reserve(applications.size());

    for (const auto& a : applications) {
        const auto status_index = static_cast<std::size_t>(a.status);
        if (pipeline_slot[status_index] < 0) {
            pipeline_slot[status_index] = static_cast<int>(pipeline.size());
            pipeline.push_back({a.status, 0});
        }
        ++pipeline[static_cast<std::size_t>(pipeline_slot[status_index])].count;

        using enum application_status;
        if (a.status != saved) ++denominator;
        if (a.status == interviewing || a.status == offer || a.status == accepted || a.status == rejected) ++responded;
        if (a.status == interviewing || a.status == offer || a.status == accepted) ++interviewed;
        if (a.status == offer || a.status == accepted) ++offered;

        const std::string_view source_name = a.applied_source ? to_string(*a.applied_source) : "Unknown";
        const auto group = sources.index_of(source_name, [](std::string_view k) {
            return source_effectiveness{std::string(k), 0, 0, 0};
        });
        ++sources[group].applied;
        slots.try_emplace(a.id, app_slot{group, false, false});

        ++companies[companies.index_of(a.company_name, [](std::string_view k) {
            return company_count{std::string(k), 0};
        })].count;

        if (a.applied_date)
            if (auto* w = weeks.find(*a.applied_date)) ++w->applications;

        if (a.salary_min || a.salary_max) ++with_salary;
        if (a.salary_min) min_sum += static_cast<long double>(*a.salary_min), ++min_count;
        if (a.salary_max) max_sum += static_cast<long double>(*a.salary_max), ++max_count;
    }

    for (const auto& s : stages) {
        auto it = slots.find(s.application_id);
        if (it == slots.end()) continue;
        if (!it->second.has_stage) {
            it->second.has_stage = true;
            ++sources[it->second.source_group].interviews;
        }
        if (auto* w = weeks.find(s.stage_date)) ++w->stages;
    }

    long long offer_salaries = 0;
    long double offer_sum = 0;
    std::optional<long long> highest;
    for (const auto& o : outcomes) {
        if (o.status != outcome_status::offer) continue;
        auto it = slots.find(o.application_id);
        if (it == slots.end()) continue;
        if (!it->second.offered) {
            it->second.offered = true;
            ++sources[it->second.source_group].offers;
        }
        if (o.salary) {
            ++offer_salaries;
            offer_sum += static_cast<long double>(*o.salary);
            highest = std::max(highest.value_or(*o.salary), *o.salary);
        }
    }

    rank(pipeline, [](const pipeline_count& p) { return p.count; });
    out.pipeline = std::move(pipeline);
    out.response_rate = rate(responded, denominator);
    out.interview_rate = rate(interviewed, denominator);
    out.offer_rate = rate(offered, denominator);

    out.source_breakdown = std::move(sources).take();
    rank(out.source_breakdown, [](const source_effectiveness& s) { return s.applied; });

    out.weekly_trend = std::move(weeks).take();

    out.salary_insights.applications_with_salary = with_salary;
    out.salary_insights.average_expected_min = average(min_sum, min_count);
    out.salary_insights.average_expected_max = average(max_sum, max_count);
    out.salary_insights.offers_with_salary = offer_salaries;
    out.salary_insights.average_offered = average(offer_sum, offer_salaries);
    out.salary_insights.highest_offer = highest;

    auto ranked = std::move(companies).take();
    rank(ranked, [](const company_count& c) { return c.count; });
    if (ranked.size() > top_companies_limit) ranked.resize(top_companies_limit);
    std::erase_if(ranked, [](const company_count& c) { return c.company.empty(); });  // after the cut
    out.top_companies = std::move(ranked);
    return out;
}

}  // namespace offertracker::domain

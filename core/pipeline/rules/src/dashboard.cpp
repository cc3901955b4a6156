// The dashboard and the timeline: one pass over the applications, counts landing by whole days from the window's
// first day, so the cost is linear (plus sorting the handful of source words).
#include <offertracker/pipeline/dashboard.hpp>
#include <offertracker/pipeline/words.hpp>

#include <offertracker/domain/analytics.hpp>
#include <offertracker/text/ascii.hpp>

#include "application_facts.hpp"
#include "figures.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_set>

namespace offertracker::pipeline {
namespace {

using namespace std::chrono;
using domain::application_status;

bool active(application_status s) noexcept {
    return s == application_status::saved || s == application_status::applied ||
           s == application_status::interviewing || s == application_status::offer;
}

std::string company_key(std::string_view name) {
    std::string key(text::trim_ascii_space(name));
    for (char& c : key)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return key;
}

// Days [first, last] as offsets; nullopt outside.
struct window {
    sys_days first;
    sys_days last;
    std::optional<std::size_t> offset(domain::date d) const {
        const sys_days day{d};
        if (day < first || day > last) return std::nullopt;
        return static_cast<std::size_t>((day - first).count());
    }
    std::size_t size() const { return static_cast<std::size_t>((last - first).count() + 1); }
};

std::optional<double> mean(double sum, long long n) {
    if (n == 0) return std::nullopt;
    return domain::round_decimals(sum / static_cast<double>(n), 1);
}

}  // namespace

pipeline_dashboard compute_dashboard(std::span<const domain::application> apps, domain::date today) {
    pipeline_dashboard out;
    const sys_days day0{today};
    const window over_time{day0 - days{dashboard_days - 1}, day0};
    const window recent{day0 - days{change_window_days - 1}, day0};
    const window before{day0 - days{2 * change_window_days - 1}, day0 - days{change_window_days}};
    std::vector<long long> per_day(over_time.size(), 0);
    std::array<long long, 7> statuses{};
    std::map<std::string_view, long long> sources;
    std::unordered_set<std::string> companies;
    long long recent_count = 0, before_count = 0, applied = 0, interviewed = 0, responded = 0;
    long long timed = 0, scored = 0;
    double time_sum = 0.0, score_sum = 0.0;

    for (const auto& a : apps) {
        const domain::date created = domain::to_date(a.created_at);
        if (auto i = over_time.offset(created)) ++per_day[*i];
        if (recent.offset(created)) ++recent_count;
        if (before.offset(created)) ++before_count;
        const std::string_view word = status_word(a.status);
        const auto words = status_words();
        ++statuses[static_cast<std::size_t>(std::find(words.begin(), words.end(), word) - words.begin())];
        ++sources[source_word(a.applied_source)];
        if (active(a.status)) companies.insert(company_key(a.company_name));
        if (facts::applied(a)) {
            ++applied;
            if (facts::interviewed(a)) ++interviewed;
            if (facts::responded(a)) ++responded;
        }
        std::optional<domain::timestamp> first;
        for (const auto& stamp : {a.interview_at, a.offer_at, a.rejected_at})
            if (stamp && (!first || *stamp < *first)) first = stamp;
        const auto from = facts::applied_time(a);
        if (first && from && *first >= *from) {
            time_sum += duration<double, days::period>(*first - *from).count();
            ++timed;
        }
        if (a.ai_match_score) {
            score_sum += *a.ai_match_score;
            ++scored;
        }
    }

    out.total_applications = static_cast<long long>(apps.size());
    out.applications_change = figures::change(recent_count, before_count);
    out.active_companies = static_cast<long long>(companies.size());
    out.interview_rate = figures::percent(interviewed, applied);
    out.response_rate = figures::percent(responded, applied);
    out.avg_response_time = mean(time_sum, timed);
    out.avg_match_score = mean(score_sum, scored);
    const auto words = status_words();
    for (std::size_t i = 0; i < words.size(); ++i) out.by_status.push_back({std::string(words[i]), statuses[i]});
    for (const auto& [word, n] : sources) out.by_source.push_back({std::string(word), n});
    std::stable_sort(out.by_source.begin(), out.by_source.end(),
                     [](const count_by& a, const count_by& b) { return a.count > b.count; });  // map: word asc
    for (std::size_t i = 0; i < per_day.size(); ++i)
        out.applications_over_time.push_back({domain::date{over_time.first + days{i}}, per_day[i]});
    return out;
}

std::optional<timeline_period> timeline_period_from(std::string_view text) noexcept {
    if (text == "7d") return timeline_period::days_7;
    if (text == "30d") return timeline_period::days_30;
    if (text == "90d") return timeline_period::days_90;
    if (text == "all") return timeline_period::all;
    return std::nullopt;
}

std::string_view to_string(timeline_period p) noexcept {
    switch (p) {
        case timeline_period::days_7: return "7d";
        case timeline_period::days_30: return "30d";
        case timeline_period::days_90: return "90d";
        case timeline_period::all: return "all";
    }
    return {};
}

std::vector<timeline_point> compute_timeline(std::span<const domain::application> apps, timeline_period p,
                                             domain::date today) {
    const sys_days last{today};
    sys_days first = last;
    switch (p) {
        case timeline_period::days_7: first = last - days{6}; break;
        case timeline_period::days_30: first = last - days{29}; break;
        case timeline_period::days_90: first = last - days{89}; break;
        case timeline_period::all:
            for (const auto& a : apps) first = std::min(first, sys_days{domain::to_date(a.created_at)});
            first = std::max(first, last - days{timeline_max_days - 1});
            break;
    }
    const window range{first, last};
    std::vector<timeline_point> out;
    out.reserve(range.size());
    for (std::size_t i = 0; i < range.size(); ++i) out.push_back({domain::date{first + days{i}}});
    auto count = [&](const std::optional<domain::timestamp>& stamp, long long timeline_point::*field) {
        if (!stamp) return;
        if (auto i = range.offset(domain::to_date(*stamp))) ++(out[*i].*field);
    };
    for (const auto& a : apps) {
        count(a.created_at, &timeline_point::applications);
        count(a.interview_at, &timeline_point::interviews);
        count(a.offer_at, &timeline_point::offers);
        count(a.rejected_at, &timeline_point::rejections);
    }
    return out;
}

}  // namespace offertracker::pipeline

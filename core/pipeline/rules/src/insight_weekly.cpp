// The weekly summary: this ISO week (Monday to today) against the whole of the last one.
#include "figures.hpp"
#include "insight_context.hpp"

#include <offertracker/domain/analytics.hpp>

#include <algorithm>
#include <array>

namespace offertracker::pipeline::detail {
namespace {

using namespace std::chrono;
using apps_list = std::vector<const domain::application*>;

struct tally {
    std::array<long long, 4> now{};     // applications, interviews, offers, rejections
    std::array<long long, 4> before{};
};

constexpr std::array<std::string_view, 4> names{"applications", "interviews", "offers", "rejections"};

std::string signed_change(double pct) { return (pct > 0 ? "+" : "") + figures::one_decimal(pct) + "%"; }

}  // namespace

std::vector<insight> weekly_summary(const insight_context& c) {
    const sys_days today{c.in.today};
    const sys_days monday{domain::iso_week_monday(c.in.today)};
    const sys_days last_monday = monday - days{7};
    tally t;
    apps_list this_week, new_offers;
    for (const auto& v : c.apps) {
        const auto& a = *v.app;
        const std::array<std::optional<domain::timestamp>, 4> stamps{a.created_at, a.interview_at, a.offer_at,
                                                                     a.rejected_at};
        bool touched = false;
        for (std::size_t i = 0; i < stamps.size(); ++i) {
            if (!stamps[i]) continue;
            const sys_days d{domain::to_date(*stamps[i])};
            if (d >= monday && d <= today) {
                ++t.now[i];
                touched = true;
                if (i == 2) new_offers.push_back(&a);
            } else if (d >= last_monday && d < monday) {
                ++t.before[i];
            }
        }
        if (touched) this_week.push_back(&a);
    }
    auto by_id = [](const domain::application* x, const domain::application* y) { return x->id < y->id; };
    std::sort(this_week.begin(), this_week.end(), by_id);
    std::sort(new_offers.begin(), new_offers.end(), by_id);

    std::vector<insight> out;
    std::vector<insight_metric> metrics;
    bool any = false;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string n(names[i]);
        metrics.push_back({n + "_this_week", static_cast<double>(t.now[i])});
        metrics.push_back({n + "_last_week", static_cast<double>(t.before[i])});
        metrics.push_back({n + "_change", figures::change(t.now[i], t.before[i])});
        any = any || t.now[i] != 0 || t.before[i] != 0;
    }
    const std::string week = domain::format_iso_week(domain::iso_week_of(c.in.today));
    if (!any) {
        out.push_back({insight_type::weekly_summary, "A quiet week",
                       "No applications, interviews, offers or rejections this week (" + week + ") or last.", "low",
                       std::move(metrics), {}});
        return out;
    }
    const auto counts = [&](const std::array<long long, 4>& v) {
        return figures::count_of(v[0], "application", "applications") + ", " +
               figures::count_of(v[1], "interview", "interviews") + ", " + figures::count_of(v[2], "offer", "offers") +
               " and " + figures::count_of(v[3], "rejection", "rejections");
    };
    out.push_back({insight_type::weekly_summary,
                   "This week: " + figures::count_of(t.now[0], "application", "applications") + " (" +
                       signed_change(figures::change(t.now[0], t.before[0])) + ")",
                   "This week (" + week + "): " + counts(t.now) + ". Last week: " + counts(t.before) + ".", "medium",
                   std::move(metrics), ids_of(this_week)});
    if (!new_offers.empty()) {
        const auto n = static_cast<long long>(new_offers.size());
        out.push_back({insight_type::weekly_summary, figures::count_of(n, "new offer", "new offers") + " this week",
                       "Offers came from " + companies_of(new_offers) + " this week.", "high",
                       {{"offers_this_week", static_cast<double>(n)}}, ids_of(new_offers)});
    }
    if (t.before[0] > 0 && t.now[0] < t.before[0]) {
        out.push_back({insight_type::weekly_summary, "Fewer applications than last week",
                       std::to_string(t.now[0]) + " so far this week against " + std::to_string(t.before[0]) +
                           " last week. A few applications a day keep the pipeline full.",
                       "low",
                       {{"applications_this_week", static_cast<double>(t.now[0])},
                        {"applications_last_week", static_cast<double>(t.before[0])}},
                       {}});
    }
    return out;
}

}  // namespace offertracker::pipeline::detail

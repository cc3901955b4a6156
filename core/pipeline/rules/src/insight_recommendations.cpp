// Recommendations: what to do next, each from a rule with its evidence (stale applications, strong matches still
// Saved, the best source, a low response rate).
#include "application_facts.hpp"
#include "figures.hpp"
#include "insight_context.hpp"

#include <algorithm>
#include <array>

namespace offertracker::pipeline::detail {
namespace {

using apps_list = std::vector<const domain::application*>;

constexpr long long best_source_min_applied = 3;
constexpr long long low_response_min_applied = 5;
constexpr double low_response_rate = 20.0;

void stale(const insight_context& c, std::vector<insight>& out) {
    std::vector<std::pair<int, const domain::application*>> idle;
    for (const auto& v : c.apps) {
        if (facts::final_status(v.app->status)) continue;
        const int days = domain::days_between(v.last_touch, c.in.today);
        if (days >= c.in.stale_days) idle.emplace_back(days, v.app);
    }
    if (idle.empty()) return;
    std::sort(idle.begin(), idle.end(), [](const auto& x, const auto& y) {
        return x.first != y.first ? x.first > y.first : x.second->id < y.second->id;
    });
    apps_list apps;
    for (const auto& p : idle) apps.push_back(p.second);
    const int longest = idle.front().first;
    const auto n = static_cast<long long>(apps.size());
    out.push_back({insight_type::recommendation,
                   figures::count_of(n, "application", "applications") + " idle for " +
                       std::to_string(c.in.stale_days) + "+ days",
                   "Nothing has happened on " + companies_of(apps) + " for at least " +
                       figures::count_of(c.in.stale_days, "day", "days") + " (the longest " +
                       figures::count_of(longest, "day", "days") + "). Follow up or close them.",
                   (n >= 3 || longest >= 2 * c.in.stale_days) ? "high" : "medium",
                   {{"stale_applications", static_cast<double>(n)},
                    {"stale_days", static_cast<double>(c.in.stale_days)},
                    {"longest_idle_days", static_cast<double>(longest)}},
                   ids_of(apps)});
}

void strong_matches(const insight_context& c, std::vector<insight>& out) {
    apps_list apps;
    for (const auto& v : c.apps)
        if (v.app->status == domain::application_status::saved && v.app->ai_match_score &&
            *v.app->ai_match_score >= high_match_score)
            apps.push_back(v.app);
    if (apps.empty()) return;
    std::sort(apps.begin(), apps.end(), [](const domain::application* x, const domain::application* y) {
        return *x->ai_match_score != *y->ai_match_score ? *x->ai_match_score > *y->ai_match_score : x->id < y->id;
    });
    const int best = *apps.front()->ai_match_score;
    const auto n = static_cast<long long>(apps.size());
    out.push_back({insight_type::recommendation,
                   figures::count_of(n, "strong match", "strong matches") + " not applied to yet",
                   companies_of(apps) + (n == 1 ? " matches" : " match") + " your resume well (best score " +
                       std::to_string(best) + ") and " + (n == 1 ? "is" : "are") + " still Saved. Apply while " +
                       (n == 1 ? "it is" : "they are") + " open.",
                   best >= 80 ? "high" : "medium",
                   {{"strong_matches", static_cast<double>(n)},
                    {"best_score", static_cast<double>(best)},
                    {"threshold", static_cast<double>(high_match_score)}},
                   ids_of(apps)});
}

void best_source(const insight_context& c, std::vector<insight>& out) {
    constexpr std::size_t slots = domain::enum_strings<domain::source>::values.size() + 1;
    std::array<apps_list, slots> by_source{};
    std::array<long long, slots> interviews{};
    long long applied = 0, interviewed = 0;
    for (const auto& v : c.apps) {
        if (!facts::applied(*v.app)) continue;
        const auto& s = v.app->applied_source;
        const std::size_t slot = s ? static_cast<std::size_t>(*s) + 1 : 0;
        by_source[slot].push_back(v.app);
        const bool yes = facts::interviewed(*v.app);
        interviews[slot] += yes ? 1 : 0;
        ++applied;
        interviewed += yes ? 1 : 0;
    }
    std::optional<std::size_t> best;
    std::size_t sources_used = 0;
    for (std::size_t i = 0; i < slots; ++i) {
        const auto n = static_cast<long long>(by_source[i].size());
        sources_used += n > 0 ? 1 : 0;
        if (n < best_source_min_applied || interviews[i] == 0) continue;
        // Better rate (exact), then the bigger sample; the earlier source on a tie.
        if (!best) {
            best = i;
            continue;
        }
        const auto bn = static_cast<long long>(by_source[*best].size());
        const long long lhs = interviews[i] * bn, rhs = interviews[*best] * n;
        if (lhs > rhs || (lhs == rhs && n > bn)) best = i;
    }
    if (!best || sources_used < 2) return;
    const auto n = static_cast<long long>(by_source[*best].size());
    // Only when it beats the rest: its rate above the overall one.
    if (interviews[*best] * applied <= interviewed * n) return;
    auto apps = by_source[*best];
    std::sort(apps.begin(), apps.end(), [](const domain::application* x, const domain::application* y) {
        const bool ix = facts::interviewed(*x), iy = facts::interviewed(*y);
        return ix != iy ? ix : x->id < y->id;
    });
    const std::string label = source_label(*best == 0 ? std::nullopt
                                                      : std::optional<domain::source>(
                                                            static_cast<domain::source>(*best - 1)));
    const double rate = figures::percent(interviews[*best], n);
    const double overall = figures::percent(interviewed, applied);
    out.push_back({insight_type::recommendation, "Use " + label + " more",
                   label + " turned " + std::to_string(interviews[*best]) + " of " + std::to_string(n) +
                       " applications (" + figures::one_decimal(rate) + "%) into interviews, against " +
                       figures::one_decimal(overall) + "% overall. Look for more openings there.",
                   "medium",
                   {{"applications", static_cast<double>(n)},
                    {"interviews", static_cast<double>(interviews[*best])},
                    {"interview_rate", rate},
                    {"overall_interview_rate", overall}},
                   ids_of(apps)});
}

void low_response(const insight_context& c, std::vector<insight>& out) {
    apps_list silent;
    long long applied = 0, responded = 0;
    for (const auto& v : c.apps) {
        if (!facts::applied(*v.app)) continue;
        ++applied;
        if (facts::responded(*v.app))
            ++responded;
        else
            silent.push_back(v.app);
    }
    if (applied < low_response_min_applied) return;
    const double rate = figures::percent(responded, applied);
    if (rate >= low_response_rate) return;
    std::sort(silent.begin(), silent.end(),
              [](const domain::application* x, const domain::application* y) { return x->id < y->id; });
    out.push_back({insight_type::recommendation, "Low response rate: " + figures::one_decimal(rate) + "%",
                   "Only " + std::to_string(responded) + " of " + std::to_string(applied) +
                       " applications got a response. Tailor the resume to each posting, apply soon after a job is "
                       "posted, and ask for referrals.",
                   "high",
                   {{"applications", static_cast<double>(applied)},
                    {"responses", static_cast<double>(responded)},
                    {"response_rate", rate}},
                   ids_of(silent)});
}

}  // namespace

std::vector<insight> recommendations(const insight_context& c) {
    std::vector<insight> out;
    stale(c, out);
    strong_matches(c, out);
    best_source(c, out);
    low_response(c, out);
    return out;
}

}  // namespace offertracker::pipeline::detail

// Pattern detection: which sources and stage types convert, and where rejections cluster. Groups are small
// (ten sources, eleven stage types), so they live in fixed arrays indexed by the enums.
#include "application_facts.hpp"
#include "figures.hpp"
#include "insight_context.hpp"

#include <offertracker/domain/enums.hpp>

#include <algorithm>
#include <array>

namespace offertracker::pipeline::detail {
namespace {

using namespace std::chrono;
using apps_list = std::vector<const domain::application*>;

constexpr std::size_t source_slots = domain::enum_strings<domain::source>::values.size() + 1;  // + manual
constexpr std::size_t stage_type_slots = domain::enum_strings<domain::stage_type>::values.size();

std::size_t slot_of(const std::optional<domain::source>& s) {
    return s ? static_cast<std::size_t>(*s) + 1 : 0;
}
std::optional<domain::source> source_at(std::size_t slot) {
    if (slot == 0) return std::nullopt;
    return static_cast<domain::source>(slot - 1);
}

struct group {
    std::size_t slot = 0;
    apps_list apps;  // the group's applications, those that went furthest first
    long long interviews = 0;
    long long offers = 0;
};

// Interviewed-and-offered first, then interviewed, then the rest; ids break ties.
void order_by_progress(apps_list& apps) {
    auto level = [](const domain::application* a) { return (facts::offered(*a) ? 2 : 0) + (facts::interviewed(*a) ? 1 : 0); };
    std::sort(apps.begin(), apps.end(), [&](const domain::application* x, const domain::application* y) {
        const int lx = level(x), ly = level(y);
        return lx != ly ? lx > ly : x->id < y->id;
    });
}

void source_patterns(const insight_context& c, std::vector<insight>& out) {
    std::array<group, source_slots> groups{};
    long long applied = 0, interviewed = 0;
    for (const auto& v : c.apps) {
        const auto& a = *v.app;
        if (!facts::applied(a)) continue;
        auto& g = groups[slot_of(a.applied_source)];
        g.apps.push_back(&a);
        g.interviews += facts::interviewed(a) ? 1 : 0;
        g.offers += facts::offered(a) ? 1 : 0;
        ++applied;
        interviewed += facts::interviewed(a) ? 1 : 0;
    }
    std::vector<group> used;
    for (std::size_t i = 0; i < groups.size(); ++i)
        if (groups[i].apps.size() >= 2) {
            groups[i].slot = i;
            used.push_back(std::move(groups[i]));
        }
    // Best interview rate first (cross-multiplied, exact), then the bigger sample, then the source order.
    std::sort(used.begin(), used.end(), [](const group& x, const group& y) {
        const long long lx = x.interviews * static_cast<long long>(y.apps.size());
        const long long ly = y.interviews * static_cast<long long>(x.apps.size());
        if (lx != ly) return lx > ly;
        if (x.apps.size() != y.apps.size()) return x.apps.size() > y.apps.size();
        return x.slot < y.slot;
    });
    const double overall = figures::percent(interviewed, applied);
    for (std::size_t i = 0; i < used.size(); ++i) {
        auto& g = used[i];
        const auto n = static_cast<long long>(g.apps.size());
        const std::string label = source_label(source_at(g.slot));
        const double rate = figures::percent(g.interviews, n);
        const double offer_rate = figures::percent(g.offers, n);
        std::string_view priority = "low";
        if (g.interviews > 0) priority = (i == 0 && used.size() >= 2 && rate > overall) ? "high" : "medium";
        order_by_progress(g.apps);
        out.push_back({insight_type::pattern_detection,
                       label + ": " + std::to_string(g.interviews) + " of " + std::to_string(n) +
                           " reached an interview",
                       "Of " + std::to_string(n) + " applications through " + label + ", " +
                           std::to_string(g.interviews) + " (" + figures::one_decimal(rate) +
                           "%) reached an interview and " + std::to_string(g.offers) + " (" +
                           figures::one_decimal(offer_rate) + "%) an offer, against " + figures::one_decimal(overall) +
                           "% interviews overall.",
                       priority,
                       {{"applications", static_cast<double>(n)},
                        {"interviews", static_cast<double>(g.interviews)},
                        {"offers", static_cast<double>(g.offers)},
                        {"interview_rate", rate},
                        {"offer_rate", offer_rate},
                        {"overall_interview_rate", overall}},
                       ids_of(g.apps)});
    }
}

void stage_type_patterns(const insight_context& c, std::vector<insight>& out) {
    struct type_group {
        std::size_t slot = 0;
        apps_list apps;
        long long offers = 0;
        long long rounds = 0;
        long long passed = 0;
    };
    std::array<type_group, stage_type_slots> groups{};
    for (const auto& v : c.apps) {
        std::array<bool, stage_type_slots> seen{};
        for (const auto* s : v.stages) {
            if (!s->stage_type) continue;
            const auto t = static_cast<std::size_t>(*s->stage_type);
            auto& g = groups[t];
            ++g.rounds;
            g.passed += s->result == domain::stage_result::passed ? 1 : 0;
            if (!seen[t]) {
                seen[t] = true;
                g.apps.push_back(v.app);
                g.offers += facts::offered(*v.app) ? 1 : 0;
            }
        }
    }
    std::vector<type_group> used;
    for (std::size_t i = 0; i < groups.size(); ++i)
        if (groups[i].apps.size() >= 2) {
            groups[i].slot = i;
            used.push_back(std::move(groups[i]));
        }
    std::sort(used.begin(), used.end(), [](const type_group& x, const type_group& y) {
        const long long lx = x.offers * static_cast<long long>(y.apps.size());
        const long long ly = y.offers * static_cast<long long>(x.apps.size());
        if (lx != ly) return lx > ly;
        if (x.apps.size() != y.apps.size()) return x.apps.size() > y.apps.size();
        return x.slot < y.slot;
    });
    for (std::size_t i = 0; i < used.size(); ++i) {
        auto& g = used[i];
        const auto n = static_cast<long long>(g.apps.size());
        const std::string label(domain::to_string(static_cast<domain::stage_type>(g.slot)));
        const double offer_rate = figures::percent(g.offers, n);
        std::string_view priority = "low";
        if (g.offers > 0) priority = (i == 0 && used.size() >= 2) ? "high" : "medium";
        order_by_progress(g.apps);
        out.push_back({insight_type::pattern_detection,
                       label + " rounds: " + std::to_string(g.offers) + " of " + std::to_string(n) +
                           " reached an offer",
                       std::to_string(n) + " applications had a " + label + " round and " + std::to_string(g.offers) +
                           " (" + figures::one_decimal(offer_rate) + "%) of them reached an offer. " +
                           std::to_string(g.passed) + " of " + std::to_string(g.rounds) + " " + label +
                           " rounds were passed.",
                       priority,
                       {{"applications", static_cast<double>(n)},
                        {"offers", static_cast<double>(g.offers)},
                        {"offer_rate", offer_rate},
                        {"rounds", static_cast<double>(g.rounds)},
                        {"passed", static_cast<double>(g.passed)}},
                       ids_of(g.apps)});
    }
}

// Days from applying (else creation) to the rejection (rejected_at, else the last update).
int days_to_rejection(const domain::application& a) {
    const domain::timestamp from = facts::applied_time(a).value_or(a.created_at);
    const domain::timestamp to = a.rejected_at.value_or(a.updated_at);
    return std::max(0, domain::days_between(domain::to_date(from), domain::to_date(to)));
}

void rejection_patterns(const insight_context& c, std::vector<insight>& head, std::vector<insight>& tail) {
    apps_list before, after;
    std::array<apps_list, stage_type_slots + 1> last_type{};  // the last slot: rounds with no type
    std::vector<std::pair<int, const domain::application*>> timing;
    for (const auto& v : c.apps) {
        const auto& a = *v.app;
        if (!facts::rejected(a)) continue;
        const bool interviewed = facts::interviewed(a) || !v.stages.empty();
        (interviewed ? after : before).push_back(&a);
        if (!v.stages.empty()) {
            const auto& t = v.stages.back()->stage_type;
            last_type[t ? static_cast<std::size_t>(*t) : stage_type_slots].push_back(&a);
        }
        timing.emplace_back(days_to_rejection(a), &a);
    }
    const auto total = static_cast<long long>(before.size() + after.size());
    if (total < 2) return;
    auto by_id = [](const domain::application* x, const domain::application* y) { return x->id < y->id; };
    std::sort(before.begin(), before.end(), by_id);
    std::sort(after.begin(), after.end(), by_id);

    if (before.size() == after.size()) {
        apps_list all = before;
        all.insert(all.end(), after.begin(), after.end());
        head.push_back({insight_type::pattern_detection, "Rejections split evenly around interviews",
                        "Of " + std::to_string(total) + " rejections, " + std::to_string(before.size()) +
                            " came before any interview and " + std::to_string(after.size()) + " after interviewing.",
                        "low",
                        {{"rejections", static_cast<double>(total)},
                         {"before_interview", static_cast<double>(before.size())},
                         {"after_interview", static_cast<double>(after.size())}},
                        ids_of(all)});
    } else {
        const bool early = before.size() > after.size();
        const auto& side = early ? before : after;
        const auto n = static_cast<long long>(side.size());
        const bool strong = total >= 3 && 3 * n >= 2 * total;
        head.push_back({insight_type::pattern_detection,
                        early ? "Most rejections come before an interview" : "Most rejections come after interviews",
                        std::to_string(n) + " of " + std::to_string(total) + " rejections (" +
                            figures::one_decimal(figures::percent(n, total)) + "%) came " +
                            (early ? "before any interview: the resume and the application itself are where to improve."
                                   : "after interviewing: interview preparation is where to improve."),
                        strong ? "high" : "medium",
                        {{"rejections", static_cast<double>(total)},
                         {"before_interview", static_cast<double>(before.size())},
                         {"after_interview", static_cast<double>(after.size())}},
                        ids_of(side)});
    }

    long long after_rounds = 0;
    std::size_t top = 0;
    for (std::size_t i = 0; i < last_type.size(); ++i) {
        after_rounds += static_cast<long long>(last_type[i].size());
        if (last_type[i].size() > last_type[top].size()) top = i;  // ties: the earlier stage type
    }
    if (last_type[top].size() >= 2) {
        auto& cluster = last_type[top];
        std::sort(cluster.begin(), cluster.end(), by_id);
        const std::string label =
            top == stage_type_slots ? "untyped" : std::string(domain::to_string(static_cast<domain::stage_type>(top)));
        const auto n = static_cast<long long>(cluster.size());
        tail.push_back({insight_type::pattern_detection, "Rejections cluster after " + label + " rounds",
                        std::to_string(n) + " of " + std::to_string(after_rounds) +
                            " rejections that followed an interview came after a " + label + " round.",
                        "medium",
                        {{"rejections_after_rounds", static_cast<double>(after_rounds)},
                         {"after_this_stage_type", static_cast<double>(n)},
                         {"share", figures::percent(n, after_rounds)}},
                        ids_of(cluster)});
    }

    std::sort(timing.begin(), timing.end(), [](const auto& x, const auto& y) {
        return x.first != y.first ? x.first < y.first : x.second->id < y.second->id;
    });
    const std::size_t m = timing.size();
    const double median = m % 2 == 1 ? timing[m / 2].first : (timing[m / 2 - 1].first + timing[m / 2].first) / 2.0;
    long long week = 0, month = 0, later = 0;
    apps_list ordered;
    for (const auto& [d, a] : timing) {
        (d <= 7 ? week : d <= 30 ? month : later) += 1;
        ordered.push_back(a);
    }
    tail.push_back({insight_type::pattern_detection,
                    "Rejections arrive after a median of " + figures::one_decimal(median) + " days",
                    "Of " + std::to_string(m) + " rejections, " + std::to_string(week) + " came within a week of applying, " +
                        std::to_string(month) + " within 8 to 30 days and " + std::to_string(later) + " later.",
                    "low",
                    {{"median_days", median},
                     {"within_7_days", static_cast<double>(week)},
                     {"within_8_to_30_days", static_cast<double>(month)},
                     {"after_30_days", static_cast<double>(later)}},
                    ids_of(ordered)});
}

}  // namespace

std::vector<insight> pattern_detection(const insight_context& c) {
    std::vector<insight> out, tail;
    rejection_patterns(c, out, tail);
    source_patterns(c, out);
    stage_type_patterns(c, out);
    for (auto& i : tail) out.push_back(std::move(i));
    return out;
}

}  // namespace offertracker::pipeline::detail

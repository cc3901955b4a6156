// Milestone criteria as "count ≥ threshold" over the user's counts (docs/behaviour.md §19).
#include <offertracker/domain/milestone_rules.hpp>

#include <algorithm>
#include <stdexcept>

namespace offertracker::domain {

std::optional<long long> measured_value(milestone_measure m, const progress_counts& c, int streak_days) {
    switch (m) {
        case milestone_measure::registered: return std::nullopt;
        case milestone_measure::applications: return c.applications;
        case milestone_measure::reflections: return c.reflections;
        case milestone_measure::streak_days: return streak_days;
        case milestone_measure::following: return c.following;
        case milestone_measure::group_memberships: return c.group_memberships;
        case milestone_measure::posts: return c.posts;
        case milestone_measure::offers: return c.offers;
    }
    return std::nullopt;  // an unknown measure is never met
}

bool criterion_met(const milestone_definition& d, const progress_counts& counts, int streak_days) {
    const auto value = measured_value(d.measure, counts, streak_days);
    return value && *value >= d.threshold;
}

std::vector<milestone_definition> newly_reached(const progress_counts& counts, int streak_days,
                                                const std::set<std::string, std::less<>>& already_reached,
                                                std::span<const milestone_definition> definitions) {
    std::vector<milestone_definition> out;
    for (const auto& d : definitions)
        if (!already_reached.contains(d.id) && criterion_met(d, counts, streak_days)) out.push_back(d);
    return out;
}

const milestone_definition& registration_milestone() {
    auto it = std::find_if(milestone_definitions.begin(), milestone_definitions.end(),
                           [](const milestone_definition& d) { return d.measure == milestone_measure::registered; });
    if (it == milestone_definitions.end()) throw std::logic_error("no registration milestone defined");
    return *it;
}

}  // namespace offertracker::domain

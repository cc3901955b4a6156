// Which milestones a user has newly reached (docs/behaviour.md §2, §19), judged on their counts and streak.
#pragma once

#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include <offertracker/domain/milestone.hpp>

namespace offertracker::domain {

// The value a definition's criterion compares with its threshold, or nullopt for a criterion no count
// can meet (registration: awarded only by registering).
std::optional<long long> measured_value(milestone_measure m, const progress_counts& counts, int streak_days);

// Whether the criterion "value ≥ threshold" holds. Never true for the registration milestone.
bool criterion_met(const milestone_definition& d, const progress_counts& counts, int streak_days);

// The definitions, in their order, whose criterion holds and whose id is not in already_reached.
// streak_days is the streak after the current request's activity was counted.
std::vector<milestone_definition> newly_reached(const progress_counts& counts, int streak_days,
                                                const std::set<std::string, std::less<>>& already_reached,
                                                std::span<const milestone_definition> definitions =
                                                    milestone_definitions);

// The registration milestone ("Getting Started").
const milestone_definition& registration_milestone();

}  // namespace offertracker::domain

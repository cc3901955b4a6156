// A candidate's rules, shared by the candidate use cases and the agent's creation from a resume: the checks of a
// command, the record it makes, and its insertion with the candidate.created event and the possible duplicates.
#pragma once

#include <offertracker/domain/error.hpp>
#include <offertracker/recruiting/candidates.hpp>
#include <optional>

namespace offertracker::recruiting::detail {

inline constexpr std::size_t max_candidate_text = 200;
inline constexpr std::size_t max_candidate_notes = 100'000;
inline constexpr long long max_experience_years = 70;

std::optional<domain::error> check_candidate(const create_candidate_command& cmd);
candidate make_candidate(const create_candidate_command& cmd, record_id org_id, domain::timestamp now);
// Inserts c, announces candidate.created and finds the org's other candidates with its email or a profile URL.
created_candidate add_candidate(ports::recruiting_unit_of_work& uow, candidate c, domain::timestamp now);
// The other candidates of the org that share c's email or one of its profile URLs, ascending.
std::vector<record_id> similar_to(ports::recruiting_unit_of_work& uow, const candidate& c);

}  // namespace offertracker::recruiting::detail

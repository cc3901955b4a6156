// Records as the matching core sees them (matching::job_profile / candidate_profile), and as text for an
// embedding model.
#pragma once

#include <offertracker/matching/matching.hpp>
#include <offertracker/recruiting/records.hpp>
#include <string>

namespace offertracker::recruiting::detail {

matching::job_profile profile_of(const job& j);
matching::candidate_profile profile_of(const candidate& c);

// What an embedding model reads of each: the same fields the naive strategy scores, at most 8,000 characters.
std::string embedding_text(const job& j);
std::string embedding_text(const candidate& c);

}  // namespace offertracker::recruiting::detail

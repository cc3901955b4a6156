// The skill questions: a few templates per skill category, phrased with the skill's name.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace offertracker::prep {

// The question about `skill` (a canonical name or any text naming a skill); `variant` picks among the templates of
// its category, so different sessions may word the same skill differently.
[[nodiscard]] std::string skill_question(std::string_view skill, std::uint64_t variant);

// Which set of templates the skill's questions come from: two skills of one family with the same variant get the
// same wording, so a plan gives each skill of a family the next variant.
[[nodiscard]] std::size_t template_family(std::string_view skill);

}  // namespace offertracker::prep

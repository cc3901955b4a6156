// The words that say nothing about a job or a person, for every scorer that compares texts word by word (the
// Recruiting match and the Pipeline's job score): English stop words plus the filler nearly every posting and
// resume has, and the seniority words a title comparison drops ("Senior Engineer" is an "Engineer").
#pragma once

#include <string_view>

namespace offertracker::matching {

// `word` ASCII-lowercased.
[[nodiscard]] bool is_common_word(std::string_view word) noexcept;
[[nodiscard]] bool is_seniority_word(std::string_view word) noexcept;

}  // namespace offertracker::matching

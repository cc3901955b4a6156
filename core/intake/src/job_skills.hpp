// A job's skills split into required and nice-to-have by the cue phrases around them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace offertracker::intake::detail {

struct split_skills {
    std::vector<std::string> required;
    std::vector<std::string> nice_to_have;
};

// Skills of the cleaned text (find_skills line by line), except those inside [skip_begin, skip_end) (the title, so
// "Backend Engineer" does not require "Backend development"). Each mention is required or nice by its section
// heading ("Requirements", "Nice to have", "Bonus points") and by cues in its sentence ("must have", "required",
// "nice to have", "a plus", "preferred", "ideally", "bonus"); a skill mentioned as required anywhere is required,
// otherwise nice; order of first counted mention. Mentions under "Benefits", "Perks", "About us" do not count.
[[nodiscard]] split_skills find_job_skills(std::string_view text, std::size_t skip_begin, std::size_t skip_end);

}  // namespace offertracker::intake::detail

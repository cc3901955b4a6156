// Numbers the parsers read from prose: a salary range with its currency, and a count of years of experience.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace offertracker::intake::detail {

struct salary_range {
    std::optional<long long> min;
    std::optional<long long> max;
    std::optional<std::string> currency;
};

// The first salary the text states (see salary.cpp for the accepted forms), or an empty range.
[[nodiscard]] salary_range find_salary(std::string_view text);

// Years of experience stated in text ("5+ years", "at least 3 years of experience", "8 years of experience",
// "five years"), the first one, 1..50; never "N years ago" or "N years old". With strict (resumes), only a count
// followed closely by "experience", "professional", "industry" or "building" counts; without (jobs), also one
// qualified as a minimum ("5+", "at least", "minimum", "over", "more than", "or more").
[[nodiscard]] std::optional<int> find_years(std::string_view text, bool strict);

}  // namespace offertracker::intake::detail

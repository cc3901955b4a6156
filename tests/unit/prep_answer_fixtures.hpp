// Answers to one behavioural question ("Tell me about a time you disagreed with a colleague"), from weak to strong:
// each level adds what the rubric rewards (length, a real story, structure, "I" over "we", a result, figures).
#pragma once

#include <array>
#include <string_view>

namespace offertracker::test::answers {

// A non-answer.
inline constexpr std::string_view dodge = "Not sure, really.";

// A principle, not a story, and short.
inline constexpr std::string_view principle =
    "I usually try to listen to both sides and find a compromise that works for everyone on the team.";

// Long enough, but what the speaker would do, not what they did.
inline constexpr std::string_view hypothetical =
    "If two colleagues disagreed, I would first listen to each of them separately to understand their concerns. "
    "Then I would bring them together, make sure everyone agrees on the goal, and look for a compromise. I think "
    "clear communication and respect solve most conflicts in a team, and I would keep my manager informed so "
    "nobody is surprised.";

// A real story told as "we", with no result.
inline constexpr std::string_view team_story_without_result =
    "Last year in my previous team we had a disagreement about whether to rewrite our billing service or keep "
    "patching it. Two senior engineers were arguing in every planning meeting and the work was stalling. We needed "
    "to make a decision before the next quarter. We organised a meeting where both of them presented their case, "
    "we wrote down the risks of each option and we agreed to try a smaller refactoring first. We also asked our "
    "manager to review the plan with us and we set a date to look at it again.";

// The full STAR structure in the first person, with a result but no figure.
inline constexpr std::string_view star_without_figures =
    "In my previous role two engineers on my team disagreed about whether to rewrite our billing service or keep "
    "patching it, and planning meetings kept stalling. As the team lead, my task was to get us to a decision before "
    "the next quarter without losing either of them. I met each of them separately to understand their concerns, "
    "then I wrote a one-page comparison of both options with the risks each of them had raised. I organised a short "
    "meeting where I asked them to agree on the criteria first and only then on the option. As a result we agreed "
    "to refactor the riskiest module first, the meetings stopped stalling, and both engineers said they felt heard.";

// The same story with figures.
inline constexpr std::string_view star_with_figures =
    "In my previous role two engineers on my team disagreed about whether to rewrite our billing service or keep "
    "patching it, and planning meetings kept stalling. As the team lead, my task was to get us to a decision before "
    "the next quarter without losing either of them. I met each of them separately to understand their concerns, "
    "then I wrote a one-page comparison of both options with the risks each of them had raised. I organised a short "
    "meeting where I asked them to agree on the criteria first and only then on the option. As a result we agreed "
    "to refactor the riskiest module first: planning meetings went from 90 minutes to 30, we shipped the refactoring "
    "2 weeks early, and billing incidents dropped by 40% over the next quarter.";

// Weakest first.
inline constexpr std::array<std::string_view, 6> by_strength{
    dodge, principle, hypothetical, team_story_without_result, star_without_figures, star_with_figures,
};

}  // namespace offertracker::test::answers

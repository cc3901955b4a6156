// Templates hold one "{}" where the skill's name goes; each asks for a real piece of work, not a definition.
#include "skill_questions.hpp"

#include <offertracker/skills/vocabulary.hpp>

#include <array>
#include <iterator>

namespace offertracker::prep {
namespace {

using templates = std::array<std::string_view, 3>;
namespace sk = offertracker::skills;

constexpr templates building{
    "Tell me about the most complex thing you built with {}. What made it hard, and how did you keep it maintainable?",
    "Describe a bug or performance problem in {} code that took you a long time to solve. How did you track it down?",
    "Walk me through a design decision you made on a project using {}. What alternatives did you consider, and why "
    "did you choose as you did?",
};
constexpr templates database{
    "Tell me about a time a query or schema in {} became a performance problem. How did you find the cause, and what "
    "did you change?",
    "Describe how you designed the data model for a feature stored in {}. What trade-offs did you make?",
    "Tell me about a data migration or schema change you ran on {}. How did you keep it safe for the people using it?",
};
constexpr templates delivery{
    "Tell me about an infrastructure or deployment change you made with {}. How did you roll it out safely?",
    "Describe an outage or incident involving {} that you helped resolve. What happened, and what did you change "
    "afterwards?",
    "How have you used {} to make delivery faster or more reliable for your team? Give a concrete example.",
};
constexpr templates data{
    "Walk me through an analysis, pipeline or model you built with {}. How did you know the result was right?",
    "Tell me about a time your work with {} changed a decision. What did you find, and who acted on it?",
    "Describe a data quality problem you hit while working with {}. How did you detect it and deal with it?",
};
constexpr templates tooling{
    "How have you used {} to make your own or your team's work better? Give a concrete example.",
    "Tell me about a time {} helped you solve a problem that would have been hard without it.",
    "Describe how you introduced {} to a team, or improved the way a team used it. What changed?",
};
constexpr templates security{
    "Tell me about a time you found or fixed a security weakness related to {}. How did you handle it?",
    "Describe how you applied {} in a real system. What risk did it address, and how did you check it worked?",
    "Tell me about a time you had to balance {} against delivery speed or usability. What did you decide?",
};
constexpr templates testing{
    "Tell me about a time {} caught a problem before it reached users. What would have happened otherwise?",
    "Describe how you set up or improved {} on a project. What did it cost, and what did it give the team?",
    "Tell me about a flaky or slow test suite you dealt with, using {}. What did you do about it?",
};
constexpr templates design{
    "Walk me through a piece of work where you used {}. How did you validate it with real users?",
    "Tell me about a time feedback from users made you rethink your {} work. What did you change?",
    "Describe a disagreement about a design decision involving {}. How was it resolved?",
};
constexpr templates practice{
    "Tell me about a team where you practised {}. What worked, what did not, and what did you change?",
    "Describe a time you had to adapt {} to a situation it did not fit well. What did you do?",
    "Give me an example of how {} helped, or got in the way of, a project you worked on.",
};
constexpr templates soft{
    "Give me an example of a time your {} made a real difference to the outcome of a piece of work.",
    "Tell me about a situation that tested your {}. What did you do, and what would you do differently now?",
    "Describe a time you helped someone else improve their {}. What did you do?",
};
constexpr templates industry{
    "What have you learned from working in {}, and how did it change a decision you made?",
    "Tell me about a problem specific to {} that you had to solve. What made it different from other domains?",
    "Describe how you got up to speed on the rules or constraints of {} on a real project.",
};

const templates& templates_for(std::string_view skill) {
    const auto kind = sk::category_of(skill);
    if (!kind) return building;
    switch (*kind) {
        case sk::category::language:
        case sk::category::framework:
        case sk::category::library:
        case sk::category::platform: return building;
        case sk::category::database: return database;
        case sk::category::cloud_devops: return delivery;
        case sk::category::data_ml: return data;
        case sk::category::tool: return tooling;
        case sk::category::security: return security;
        case sk::category::testing: return testing;
        case sk::category::design: return design;
        case sk::category::methodology: return practice;
        case sk::category::soft_skill: return soft;
        case sk::category::domain: return industry;
    }
    return building;
}

}  // namespace

std::size_t template_family(std::string_view skill) {
    const templates* all[] = {&building, &database, &delivery, &data,  &tooling,  &security,
                              &testing,  &design,   &practice, &soft,  &industry};
    const templates* mine = &templates_for(skill);
    for (std::size_t i = 0; i < std::size(all); ++i)
        if (all[i] == mine) return i;
    return 0;
}

std::string skill_question(std::string_view skill, std::uint64_t variant) {
    const templates& t = templates_for(skill);
    const std::string_view pattern = t[variant % t.size()];
    const std::size_t slot = pattern.find("{}");
    // Soft skills read as nouns after "your" ("your Communication" would look odd): the canonical name lower-cased
    // at its first letter only when the whole name is not an acronym.
    std::string name(skill);
    if (sk::category_of(skill) == sk::category::soft_skill && name.size() > 1 && name[0] >= 'A' && name[0] <= 'Z' &&
        !(name[1] >= 'A' && name[1] <= 'Z')) {
        name[0] = static_cast<char>(name[0] - 'A' + 'a');
    }
    std::string out;
    out.reserve(pattern.size() + name.size());
    out.append(pattern.substr(0, slot)).append(name).append(pattern.substr(slot + 2));
    return out;
}

}  // namespace offertracker::prep

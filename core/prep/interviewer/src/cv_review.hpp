// The CV half of the feedback: the job's skills a CV never mentions, turned into suggestions, and the CV's own
// weak spots (no figures, none of the job title's words).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace offertracker::prep {

// Concrete suggestions, gaps first (in job order), then figures, then title words. A blank CV gets one suggestion:
// upload one.
[[nodiscard]] std::vector<std::string> cv_suggestions(const std::vector<std::string>& job_skills,
                                                      std::string_view cv_text, std::string_view job_title);

// Which skills a text names: by the vocabulary when it knows the skill (so "k8s" names Kubernetes), else by the
// skill's normalised form as whole tokens of the text's. Built once per text, so asking for many skills stays
// linear in the text.
class skill_mentions {
public:
    explicit skill_mentions(std::string_view text);
    [[nodiscard]] bool names(std::string_view skill) const;

private:
    std::string_view text_;
    std::unordered_set<std::string_view> canonical_;  // the names skills::find_skills saw in the text
    mutable std::optional<std::string> forms_;        // " " + normalise(text) + " ", built for the first unknown skill
};

}  // namespace offertracker::prep

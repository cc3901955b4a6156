// The offline feedback of a practice interview: a rubric over the answers that explains itself. Pure and
// deterministic (the same answers give the same feedback); std C++ plus the skills vocabulary.
//
// Each answer is scored 1..10 from: STAR structure (situation, task, action and result markers), specificity
// (numbers, outcomes, first person singular "I" over "we"), length (too short under 40 words, rambling over 400),
// and, for skill questions, whether the answer names the skill. The interview's score is the answers' mean, lowered
// by one per answer short of half of max_questions; strengths and weaknesses name the patterns across answers;
// CV improvements turn the job's skills the CV never mentions into concrete suggestions, and note a CV without
// figures (years and phone numbers do not count) or without the job's title words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <offertracker/prep/records.hpp>

namespace offertracker::prep {

struct rubric_inputs {
    std::vector<turn> turns;              // by position; unanswered ones are ignored
    std::vector<std::string> job_skills;  // prep::job_skills(job description)
    std::string cv_text;                  // "" when none was uploaded
    std::string job_title;
};

// One answer's assessment (its position is the turn's).
[[nodiscard]] answer_assessment assess_answer(const turn& answered, const std::vector<std::string>& job_skills);

// The job's skills the CV never mentions (by the skills vocabulary, so "k8s" covers "Kubernetes"), in job order.
[[nodiscard]] std::vector<std::string> cv_gaps(const std::vector<std::string>& job_skills, std::string_view cv_text);

// The feedback, written_by "offline". With no answered turn: score 1 and one weakness saying nothing was answered.
[[nodiscard]] feedback assess_interview(const rubric_inputs& in);

}  // namespace offertracker::prep

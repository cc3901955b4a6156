// The offline job score of the Pipeline dialect: the seeker's resume and profile against one job, deterministic and
// explainable. Pure std C++ over the skills vocabulary and the intake parsers.
//
// Inputs read: the job's required and nice-to-have skills and min_years come from intake::parse_job_text over the
// description; a skill the title names (skills::find_skills) and the description does not list is required too
// ("Python Engineer"); a soft skill (category soft_skill) counts as nice-to-have, never required. The seeker's skills are intake::parse_resume_text(resume).skills plus the skills
// find_skills finds in the profile text; their years are the resume's experience_years. Skills compare by canonical
// vocabulary name, so "k8s" and "Kubernetes" are one skill.
//
// Key words: runs of ASCII letters and digits and of valid non-ASCII letters, ASCII-lowercased, without the common
// words of core/matching (matching/common_words.hpp, the lists the Recruiting match uses)
// and one-letter words; in a title also without seniority words (senior, junior, lead, staff, ...), with
// "developer", "dev", "programmer" read as "engineer". A title word that names a skill also matches when the
// seeker has that skill.
//
// The score, 0-100, is a weighted mean of the components that apply, each in [0, 1]:
//
//   component     weight  value                                                     applies when
//   required         60   matched required skills / required skills                 the job has required skills
//   nice_to_have     15   matched nice-to-have skills / nice-to-have skills         the job has nice-to-have skills
//   title            15   the title's key words the seeker's text has / title's key words   the title has key words
//   experience       10   min(1, resume years / min_years)                          both state years (min_years > 0)
//   words            75   min(1, shared key words / min(15, job key words)),        the job names no skill
//                         over the title's and the description's key words
//
//   score = round(100 * sum(weight * value) / sum(weight))    (0 when nothing applies or the seeker text is blank)
//
// The reasoning names the matched and missing required skills, the nice-to-have ones, the title words, and the
// years when the job asks for them, in at most four English sentences.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace offertracker::pipeline {

struct job_text {
    std::string_view title;
    std::string_view description;
};

struct match_score {
    int score = 0;                     // 0..100
    std::string_view band;             // band_of(score)
    std::vector<std::string> matched;  // the job's skills (required and nice) the seeker has, in order of first
                                       // mention in the job (title, then description), canonical names
    std::vector<std::string> missing;  // required skills of the job the seeker lacks, in the same order
    std::string reasoning;             // English, 1-4 sentences, deterministic
};

inline constexpr double required_weight = 60.0;
inline constexpr double nice_weight = 15.0;
inline constexpr double title_weight = 15.0;
inline constexpr double experience_weight = 10.0;
inline constexpr double words_weight = 75.0;
inline constexpr std::size_t words_saturation = 15;

// "Excellent" (>= 80), "Good" (60-79), "Fair" (40-59), "Poor" (< 40).
[[nodiscard]] std::string_view band_of(int score) noexcept;

// Scores the seeker's resume text plus profile text (bio, headline) against a job. Deterministic; safe on any
// bytes (invalid UTF-8 is passed over) and linear-ish in the text sizes.
[[nodiscard]] match_score score_job(std::string_view resume_text, std::string_view profile_text, const job_text& job);

}  // namespace offertracker::pipeline

// Offline, explainable candidate <-> job matching (the Recruiting API's "naive" strategy). Pure std C++ plus the
// skills vocabulary: the inputs are plain structs, so any repository (or none) can feed them.
//
// The score, 0-100, is a weighted mean of four components, each in [0, 1], over the components the job states:
//
//   component      weight  value                                                            applies when
//   required          55   matched required skills / required skills                         the job lists any
//   nice_to_have      15   matched nice-to-have skills / nice-to-have skills                 the job lists any
//   title             20   Dice coefficient of the job title's and the candidate's title      the job has a title
//                          terms (the better of title and headline)
//   description       10   min(1, shared terms / min(10, job description terms))              the description has terms
//
//   base = 100 * sum(weight * value) / sum(weight of the applying components)   (0 when none applies)
//
// Experience, only when both sides state years and base > 0: a candidate at or above min_years gets +5, one below
// it loses 10 points per missing year, at most 30. The result is clamped to [0, 100] and rounded half up.
//
// Skills: a skill string (job lists, candidate list) names its vocabulary skill (skills::canonical), else the skills
// find_skills finds in it, else itself (normalised). A candidate's skills are their list plus find_skills over the
// title, headline, notes and resume text (not the company: "Oracle" the employer is not Oracle the database). A job
// skill outside the vocabulary also matches when its normalised form occurs, token-aligned, in the candidate's text.
//
// Terms: normalised tokens (ASCII-lowercased runs of letters, digits and non-ASCII bytes) minus stop words; a
// vocabulary skill mentioned in the text is one term, its canonical name ("k8s" and "Kubernetes" are one term).
// In a title a multi-word skill also keeps its words ("Business Analyst" and "Data Analyst" share "analyst").
// Title terms also drop seniority words (senior, junior, lead, staff, principal, ...) and read "developer",
// "dev", "programmer" and "eng" as "engineer". The candidate's description terms come from the whole profile
// (title, headline, company, notes, resume text, skills).
//
// Location and remote are carried for callers (filters, display) and are not scored.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace offertracker::matching {

struct job_profile {
    std::int64_t id = 0;
    std::string title;
    std::string description;
    std::vector<std::string> required_skills;      // free strings, normalised through the vocabulary
    std::vector<std::string> nice_to_have_skills;  // idem
    std::optional<int> min_years;
    std::optional<std::string> location;
    std::optional<bool> remote;
};

struct candidate_profile {
    std::int64_t id = 0;
    std::string full_name;
    std::string title;
    std::string headline;
    std::string current_company;
    std::string notes;
    std::string resume_text;
    std::vector<std::string> skills;
    std::optional<int> years_experience;
};

// The component weights (see above); exposed so tests and documentation name one source.
inline constexpr double required_weight = 55.0;
inline constexpr double nice_weight = 15.0;
inline constexpr double title_weight = 20.0;
inline constexpr double description_weight = 10.0;
inline constexpr std::size_t description_saturation = 10;  // shared terms that give the full description value
inline constexpr double experience_bonus = 5.0;
inline constexpr double experience_penalty_per_year = 10.0;
inline constexpr double experience_penalty_max = 30.0;

struct match {
    int score = 0;                               // 0-100
    std::vector<std::string> matched_required;   // display names (canonical where known), in the job's order
    std::vector<std::string> missing_required;   // idem
    std::vector<std::string> matched_nice;       // idem
    double title_similarity = 0.0;               // [0, 1]
    double description_overlap = 0.0;           // [0, 1], the description component's value
    std::vector<std::string> shared_terms;       // description terms both sides have, sorted
    std::optional<int> experience_adjustment;    // points added (negative: removed) when both sides state years
    std::string reason;                          // names the matched and missing required skills, then the rest
};

// The candidate against the job. Deterministic: the same inputs give the same match, byte for byte.
[[nodiscard]] match score(const job_profile& job, const candidate_profile& candidate);

struct ranked {
    std::int64_t id;  // the candidate's (rank_candidates) or the job's (rank_jobs)
    match result;
};

// Best first; zero scores dropped; at most `limit` entries; equal scores in ascending id order.
[[nodiscard]] std::vector<ranked> rank_candidates(const job_profile& job, std::span<const candidate_profile> candidates,
                                                  std::size_t limit);
[[nodiscard]] std::vector<ranked> rank_jobs(const candidate_profile& candidate, std::span<const job_profile> jobs,
                                            std::size_t limit);

}  // namespace offertracker::matching

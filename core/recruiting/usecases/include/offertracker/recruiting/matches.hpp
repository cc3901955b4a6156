// The two matching routes: a job's best candidates and a candidate's best jobs, each returned match logged.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/recruiting/services.hpp>

namespace offertracker::recruiting {

struct match_request {
    std::optional<long long> id;         // job_id or candidate_id: required
    std::optional<long long> limit;      // default 20, 1..100
    std::optional<match_strategy> strategy;  // default naive; openai without a provider (or failing) gives naive
};

struct candidate_match {
    candidate who;
    int score = 0;
    std::string reason;
    match_strategy strategy = match_strategy::naive;
};

struct job_match {
    job what;
    int score = 0;
    std::string reason;
    match_strategy strategy = match_strategy::naive;
};

// Best first, zero scores dropped, at most limit; each returned match is a match_logs row and a match.created
// webhook event. 404 "Job not found" / "Candidate not found". Reads at most 5,000 records of the other kind.
// 422: the id missing ("job_id" / "candidate_id"), limit outside 1..100 ("limit").
// Any active member may match, a viewer included: it reads the API (its matches are logged all the same).
// naive: core/matching's score and reason. openai (with services::embeddings): one embedding request for the
// record and the pool; score = round(100 * cosine similarity), clamped to 0..100, ties by ascending id; reason
// "High semantic similarity between job and profile." (candidate and job, for jobs_for_candidate) plus
// "Overlapping terms include: ..." with up to five terms the naive strategy finds on both sides. A provider error
// or unusable vectors: a warning in the event log and the naive answer, with strategy naive.
domain::result<std::vector<candidate_match>> candidates_for_job(services& s, const recruiter& who,
                                                                const match_request& req);
domain::result<std::vector<job_match>> jobs_for_candidate(services& s, const recruiter& who,
                                                          const match_request& req);

}  // namespace offertracker::recruiting

// Candidates of the member's org.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/types.hpp>
#include <offertracker/recruiting/services.hpp>

namespace offertracker::recruiting {

// Validation (422): full_name required, not blank, at most 200 characters; other text at most 200 (notes and
// resume_text 100,000); experience_years 0..70; linkedin_url, github_url, website_url absolute http(s) URLs
// (not_a_url) of at most 2,000 characters; email well formed; skills as for jobs.
struct create_candidate_command {
    std::string full_name;
    std::optional<std::string> headline;
    std::optional<std::string> location;
    std::optional<long long> experience_years;
    std::optional<std::string> current_title;
    std::optional<std::string> current_company;
    std::optional<std::string> linkedin_url;
    std::optional<std::string> github_url;
    std::optional<std::string> website_url;
    std::optional<std::string> notes;
    std::optional<std::string> email;
    std::optional<std::string> phone;
    std::optional<std::vector<std::string>> skills;  // default []
    std::optional<std::string> resume_text;
};

struct update_candidate_command {
    domain::patch<std::string> full_name;
    domain::patch<std::string> headline;
    domain::patch<std::string> location;
    domain::patch<long long> experience_years;
    domain::patch<std::string> current_title;
    domain::patch<std::string> current_company;
    domain::patch<std::string> linkedin_url;
    domain::patch<std::string> github_url;
    domain::patch<std::string> website_url;
    domain::patch<std::string> notes;
    domain::patch<std::string> email;
    domain::patch<std::string> phone;
    domain::patch<std::vector<std::string>> skills;
};

// A created candidate and the org's other candidates with the same email or one of the same profile URLs: still
// created (the recruiter decides whether it is the same person), and the ids are shown.
struct created_candidate {
    candidate record;
    std::vector<record_id> possible_duplicates;
};

// The command's own rules (the validation above), as the use cases apply them first: a surface that failed to
// read some fields adds these for the fields it did read, so a client sees every problem at once.
std::optional<domain::error> check(const create_candidate_command& cmd);
std::optional<domain::error> check(const update_candidate_command& cmd);

// 404 "Candidate not found". create_candidate announces candidate.created in its unit of work.
domain::result<created_candidate> create_candidate(services& s, const recruiter& who,
                                                   const create_candidate_command& cmd);
domain::result<candidate> get_candidate(services& s, const recruiter& who, record_id id);
domain::result<ports::counted<candidate>> list_candidates(services& s, const recruiter& who,
                                                          const std::optional<std::string>& name_contains,
                                                          ports::page p);
domain::result<candidate> update_candidate(services& s, const recruiter& who, record_id id,
                                           const update_candidate_command& cmd);
domain::result<domain::done> delete_candidate(services& s, const recruiter& who, record_id id);

}  // namespace offertracker::recruiting

// Structured fields from free text, offline: a job from a prompt or a job req, a candidate from a resume, and the
// intent of a recruiter's chat message. Pure std C++ plus the skills vocabulary; deterministic; linear-ish in the
// text and safe on any bytes (invalid UTF-8 is passed over, never a crash). The Recruiting use cases call these and
// validate the results like any client input.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace offertracker::intake {

struct job_fields {
    std::optional<std::string> title;            // "Senior Backend Engineer"
    std::optional<std::string> department;       // "Engineering", when a cue names it
    std::optional<std::string> location;         // "New York, NY" ("NYC" and similar expanded)
    std::optional<std::string> employment_type;  // "Full-time" | "Part-time" | "Contract" | "Internship" | "Temporary"
    std::optional<std::string> remote_option;    // "Remote" | "Hybrid" | "On-site"
    std::optional<long long> salary_min;         // whole currency units: "$150k-190k" -> 150000, 190000
    std::optional<long long> salary_max;
    std::optional<std::string> currency;         // "USD", "EUR", "GBP", ... from a symbol or a code
    std::vector<std::string> required_skills;      // canonical vocabulary names, in order of mention
    std::vector<std::string> nice_to_have_skills;  // skills after a cue ("nice to have", "bonus", "preferred", "plus")
    std::optional<int> min_years;                // "5+ years of experience"
};

// Fields of a job posting in prompt or document form.
[[nodiscard]] job_fields parse_job_text(std::string_view text);

struct resume_fields {
    std::optional<std::string> full_name;  // the first line that reads as a person's name
    std::optional<std::string> email;
    std::optional<std::string> phone;      // as written, trimmed
    std::optional<std::string> linkedin_url;  // normalised to https://...
    std::optional<std::string> github_url;
    std::optional<std::string> website_url;   // another personal URL
    std::optional<std::string> headline;       // a summary line under the name, when there is one
    std::optional<std::string> location;
    std::optional<std::string> current_title;  // the most recent role
    std::optional<std::string> current_company;
    std::optional<int> experience_years;  // "8 years of experience", else the span of the dated roles
    std::vector<std::string> skills;      // canonical vocabulary names, in order of mention
};

[[nodiscard]] resume_fields parse_resume_text(std::string_view text);
// The same with the year that "present" stands for in a dated role ("2019 - present"): the core has no clock, so a
// caller that has one passes the current year. Without it, the latest year written anywhere in the text stands in
// (an underestimate when the newest role is the only one still open and no later year appears).
[[nodiscard]] resume_fields parse_resume_text(std::string_view text, int present_year);

enum class intent_kind {
    create_job,            // "create a new job for a senior backend engineer in NYC ..."; argument: the description
    list_jobs,             // "list jobs", "show jobs"
    list_open_jobs,        // "show open jobs", "list open jobs"
    list_candidates,       // "list candidates"
    summarize_candidate,   // "summarize candidate 3"; number: 3
    match_candidates,      // "match candidates for job 5"; number: 5
    match_jobs,            // "match jobs for candidate 7"; number: 7
    job_applications,      // "applications for job 5", "pipeline for job 5", "show applications for job 5"
    help,                  // anything else
};

struct intent {
    intent_kind kind = intent_kind::help;
    std::optional<std::int64_t> number;  // the record id the command names
    std::string argument;                // create_job: the text describing the job
};

// Rules tried in a fixed order, case-insensitive, tolerant of punctuation and "please"/"can you"; a command that
// needs a number and has none (or one that overflows) is help.
[[nodiscard]] intent parse_intent(std::string_view message);

}  // namespace offertracker::intake

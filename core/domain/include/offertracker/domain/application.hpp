// A job application: the centre of the seeker's pipeline.
#pragma once

#include <offertracker/domain/enums.hpp>
#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::domain {

struct application {
    domain::id id;
    domain::id user_id;
    std::string company_name;
    std::string role_title;
    std::optional<std::string> url;
    std::optional<std::string> description;
    std::optional<std::string> location;
    std::optional<domain::job_type> job_type;
    std::optional<domain::work_mode> work_mode;
    std::optional<long long> salary_min;
    std::optional<long long> salary_max;
    std::string salary_currency = "USD";
    std::optional<source> applied_source;
    std::optional<date> applied_date;
    std::optional<date> follow_up_date;
    std::optional<domain::priority> priority;
    std::optional<std::string> notes;
    application_status status = application_status::saved;
    std::optional<domain::id> resume_version_id;
    timestamp created_at{};
    timestamp updated_at{};

    // What the Pipeline dialect adds to the same row (docs/pipeline.md). The match score (0-100) and its
    // reasoning come from the offline scorer; the four stamps record when the status first reached Applied,
    // Interviewing, Offer and Rejected; deleted_at marks a soft delete (hidden from every read of both dialects
    // until restored or purged).
    std::optional<int> ai_match_score;
    std::optional<std::string> ai_reasoning;
    std::optional<timestamp> applied_at;
    std::optional<timestamp> interview_at;
    std::optional<timestamp> offer_at;
    std::optional<timestamp> rejected_at;
    std::optional<timestamp> deleted_at;

    friend bool operator==(const application&, const application&) = default;
};

}  // namespace offertracker::domain

// A bookmarked job posting that may later be converted into an application.
#pragma once

#include <offertracker/domain/enums.hpp>
#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::domain {

struct saved_job {
    domain::id id;
    domain::id user_id;
    std::string company_name;
    std::optional<std::string> role_title;
    std::optional<std::string> url;
    std::optional<std::string> company_website;
    std::optional<std::string> location;
    std::optional<domain::job_type> job_type;
    std::optional<domain::work_mode> work_mode;
    std::optional<long long> salary_range_min;
    std::optional<long long> salary_range_max;
    std::string salary_currency = "USD";
    domain::priority priority = domain::priority::medium;
    std::optional<std::string> source;  // free text: where the user found it
    std::optional<std::string> notes;
    std::optional<date> deadline;
    std::optional<int> excitement_level;  // 1..5
    saved_job_status status = saved_job_status::active;
    std::optional<domain::id> converted_to_application_id;  // cleared when that application is deleted
    timestamp created_at{};
    timestamp updated_at{};

    friend bool operator==(const saved_job&, const saved_job&) = default;
};

}  // namespace offertracker::domain

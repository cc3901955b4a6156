// Applications and their nested view (stages, outcome, reflection).
#pragma once

#include <vector>

#include <offertracker/domain/application.hpp>
#include <offertracker/domain/error.hpp>
#include <offertracker/domain/outcome.hpp>
#include <offertracker/domain/reflection.hpp>
#include <offertracker/domain/stage.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::usecases {

// An application with everything the surfaces nest in it.
struct application_view {
    domain::application application;
    std::vector<domain::stage> stages;
    std::optional<domain::outcome> outcome;
    std::optional<domain::reflection> reflection;
};

struct create_application_command {
    std::string company_name;
    std::string role_title;
    std::optional<std::string> url;
    std::optional<std::string> description;
    std::optional<std::string> location;
    std::optional<domain::job_type> job_type;
    std::optional<domain::work_mode> work_mode;
    std::optional<long long> salary_min;
    std::optional<long long> salary_max;
    std::optional<std::string> salary_currency;  // default "USD"
    std::optional<domain::source> applied_source;
    std::optional<domain::date> applied_date;
    std::optional<domain::date> follow_up_date;
    std::optional<domain::priority> priority;
    std::optional<std::string> notes;
    std::optional<domain::application_status> status;  // default Saved
    std::optional<domain::id> resume_version_id;
    // Set by the Pipeline dialect when it scores a job as it creates it; the OfferTracker dialect never reads them.
    std::optional<int> ai_match_score;
    std::optional<std::string> ai_reasoning;
};

// Omitted fields are kept; null clears optional ones; null for a required one is 422.
struct update_application_command {
    domain::patch<std::string> company_name;
    domain::patch<std::string> role_title;
    domain::patch<std::string> url;
    domain::patch<std::string> description;
    domain::patch<std::string> location;
    domain::patch<domain::job_type> job_type;
    domain::patch<domain::work_mode> work_mode;
    domain::patch<long long> salary_min;
    domain::patch<long long> salary_max;
    domain::patch<std::string> salary_currency;
    domain::patch<domain::source> applied_source;
    domain::patch<domain::date> applied_date;
    domain::patch<domain::date> follow_up_date;
    domain::patch<domain::priority> priority;
    domain::patch<std::string> notes;
    domain::patch<domain::application_status> status;
    domain::patch<domain::id> resume_version_id;
};

domain::result<application_view> create_application(services& s, const actor& who,
                                                     const create_application_command& cmd);
domain::result<application_view> get_application(services& s, const actor& who, const domain::id& id);
// Newest first, each with its nested relations, in a bounded number of store queries.
domain::result<std::vector<application_view>> list_applications(services& s, const actor& who,
                                                                const ports::application_filter& filter,
                                                                ports::page p);
domain::result<application_view> update_application(services& s, const actor& who, const domain::id& id,
                                                     const update_application_command& cmd);
// Deletes it with its dependants and unlinks contacts and saved jobs, in one transaction.
domain::result<domain::done> delete_application(services& s, const actor& who, const domain::id& id);

}  // namespace offertracker::usecases

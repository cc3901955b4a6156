// The Recruiting aggregate (seed 002): organisations, their members, jobs, candidates, the pipeline of applications
// with its history, match logs and webhooks. Every record but an organisation carries org_id: the one key that scopes
// every read and write (another org's record does not exist for a member) and the distribution key if the data is
// ever sharded. Ids are integers, as the seed's clients expect, assigned by the store.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <offertracker/domain/enum_table.hpp>
#include <offertracker/domain/time.hpp>

namespace offertracker::recruiting {

using record_id = std::int64_t;

enum class member_role { org_admin, recruiter, viewer };
enum class job_status { open, on_hold, closed };
enum class application_status { sourced, applied, screening, interview, offer, hired, rejected };
enum class application_source { manual, referral, import, sourced };
enum class match_strategy { naive, openai };
enum class webhook_event { job_created, candidate_created, match_created, application_status_changed };
enum class delivery_state { pending, delivered, failed };

struct organization {
    record_id id = 0;
    std::string name;
    domain::timestamp created_at{};
};

struct member {
    record_id id = 0;
    record_id org_id = 0;
    std::string email;          // stored lower-cased; unique across all organisations (it is the login name)
    std::string full_name;
    member_role role = member_role::recruiter;
    std::string password_hash;  // never leaves the core's account use cases
    bool active = true;         // an org_admin may deactivate a colleague: their tokens stop working
    domain::timestamp created_at{};
};

struct job {
    record_id id = 0;
    record_id org_id = 0;
    record_id created_by_user_id = 0;
    std::string title;
    std::optional<std::string> department;
    std::optional<std::string> location;
    std::optional<std::string> employment_type;
    std::optional<std::string> remote_option;
    std::optional<long long> salary_min;
    std::optional<long long> salary_max;
    std::optional<std::string> currency;  // three upper-case letters
    std::optional<std::string> description;
    std::vector<std::string> required_skills;
    std::vector<std::string> nice_to_have_skills;
    std::optional<int> min_years;  // experience the job asks for, when known (extraction fills it)
    job_status status = job_status::open;
    bool is_public = false;
    domain::timestamp created_at{};
    domain::timestamp updated_at{};
};

struct candidate {
    record_id id = 0;
    record_id org_id = 0;
    std::string full_name;
    std::optional<std::string> headline;
    std::optional<std::string> location;
    std::optional<int> experience_years;
    std::optional<std::string> current_title;
    std::optional<std::string> current_company;
    std::optional<std::string> linkedin_url;
    std::optional<std::string> github_url;
    std::optional<std::string> website_url;
    std::optional<std::string> notes;
    std::optional<std::string> email;  // extracted from a resume or sent; used to spot possible duplicates
    std::optional<std::string> phone;
    std::vector<std::string> skills;
    std::optional<std::string> resume_text;  // the text of an uploaded resume, matched but not shown in lists
    domain::timestamp created_at{};
    domain::timestamp updated_at{};
};

struct application {
    record_id id = 0;
    record_id org_id = 0;
    record_id job_id = 0;
    record_id candidate_id = 0;
    application_status status = application_status::sourced;
    application_source source = application_source::manual;
    std::optional<int> fit_score;  // 0-100
    domain::timestamp created_at{};
    domain::timestamp updated_at{};
};

// One change of an application's status (the first entry, at creation, has no from_status).
struct status_change {
    record_id id = 0;
    record_id org_id = 0;
    record_id application_id = 0;
    std::optional<application_status> from_status;
    application_status to_status = application_status::sourced;
    record_id changed_by_user_id = 0;
    domain::timestamp changed_at{};
};

// One match a matching route returned.
struct match_log {
    record_id id = 0;
    record_id org_id = 0;
    record_id job_id = 0;
    record_id candidate_id = 0;
    int score = 0;
    match_strategy strategy = match_strategy::naive;
    std::string reason;
    record_id requested_by_user_id = 0;
    domain::timestamp created_at{};
};

struct webhook_endpoint {
    record_id id = 0;
    record_id org_id = 0;
    std::string url;                    // http(s); checked by the outbound guard at every delivery
    std::string secret;                 // HMAC-SHA256 key of the signature header; shown once, at creation
    std::vector<webhook_event> events;  // at least one, each once, in the order registered
    bool active = true;
    domain::timestamp created_at{};
};

// One event to deliver to one endpoint: the durable outbox row. It survives restarts; the dispatcher claims due
// rows, tries them, and records every attempt.
struct webhook_delivery {
    record_id id = 0;
    record_id org_id = 0;
    record_id endpoint_id = 0;
    webhook_event event = webhook_event::job_created;
    std::string payload;  // the exact JSON body sent (and signed)
    delivery_state state = delivery_state::pending;
    int attempts = 0;
    domain::timestamp next_attempt_at{};  // pending only: not tried before this instant
    domain::timestamp created_at{};
    std::optional<domain::timestamp> delivered_at;
};

struct delivery_attempt {
    record_id id = 0;
    record_id org_id = 0;
    record_id delivery_id = 0;
    int attempt = 0;                 // 1-based
    domain::timestamp at{};
    std::optional<int> status_code;  // the receiver's HTTP status, when it answered
    std::string error;               // why it failed ("" for a 2xx)
    long long duration_ms = 0;
};

}  // namespace offertracker::recruiting

namespace offertracker::domain {

template <>
struct enum_strings<recruiting::member_role> {
    static constexpr std::array<std::pair<recruiting::member_role, std::string_view>, 3> values{{
        {recruiting::member_role::org_admin, "org_admin"},
        {recruiting::member_role::recruiter, "recruiter"},
        {recruiting::member_role::viewer, "viewer"},
    }};
};

template <>
struct enum_strings<recruiting::job_status> {
    static constexpr std::array<std::pair<recruiting::job_status, std::string_view>, 3> values{{
        {recruiting::job_status::open, "open"},
        {recruiting::job_status::on_hold, "on_hold"},
        {recruiting::job_status::closed, "closed"},
    }};
};

template <>
struct enum_strings<recruiting::application_status> {
    static constexpr std::array<std::pair<recruiting::application_status, std::string_view>, 7> values{{
        {recruiting::application_status::sourced, "sourced"},
        {recruiting::application_status::applied, "applied"},
        {recruiting::application_status::screening, "screening"},
        {recruiting::application_status::interview, "interview"},
        {recruiting::application_status::offer, "offer"},
        {recruiting::application_status::hired, "hired"},
        {recruiting::application_status::rejected, "rejected"},
    }};
};

template <>
struct enum_strings<recruiting::application_source> {
    static constexpr std::array<std::pair<recruiting::application_source, std::string_view>, 4> values{{
        {recruiting::application_source::manual, "manual"},
        {recruiting::application_source::referral, "referral"},
        {recruiting::application_source::import, "import"},
        {recruiting::application_source::sourced, "sourced"},
    }};
};

template <>
struct enum_strings<recruiting::match_strategy> {
    static constexpr std::array<std::pair<recruiting::match_strategy, std::string_view>, 2> values{{
        {recruiting::match_strategy::naive, "naive"},
        {recruiting::match_strategy::openai, "openai"},
    }};
};

template <>
struct enum_strings<recruiting::webhook_event> {
    static constexpr std::array<std::pair<recruiting::webhook_event, std::string_view>, 4> values{{
        {recruiting::webhook_event::job_created, "job.created"},
        {recruiting::webhook_event::candidate_created, "candidate.created"},
        {recruiting::webhook_event::match_created, "match.created"},
        {recruiting::webhook_event::application_status_changed, "application.status_changed"},
    }};
};

template <>
struct enum_strings<recruiting::delivery_state> {
    static constexpr std::array<std::pair<recruiting::delivery_state, std::string_view>, 3> values{{
        {recruiting::delivery_state::pending, "pending"},
        {recruiting::delivery_state::delivered, "delivered"},
        {recruiting::delivery_state::failed, "failed"},
    }};
};

}  // namespace offertracker::domain

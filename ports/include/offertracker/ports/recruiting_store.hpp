// The Recruiting aggregate's repositories, its unit of work and its store: separate from the seeker's (its own
// tables, its own transaction), so neither surface can reach the other's data through a shared repository.
// Every method but the organisation, member-login and dispatcher ones takes the org_id the record must belong to:
// a record of another org is "not found" (nullopt, false, absent from lists) at the port, and the core never has
// to remember to compare org ids after a read.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <offertracker/ports/page.hpp>
#include <offertracker/ports/unit_of_work.hpp>
#include <offertracker/recruiting/records.hpp>

namespace offertracker::ports {

using recruiting::record_id;

class organization_repository {
public:
    virtual ~organization_repository() = default;
    // Assigns and returns the id (org.id is ignored).
    virtual record_id create(const recruiting::organization& org) = 0;
    virtual std::optional<recruiting::organization> get(record_id id) = 0;
};

class member_repository {
public:
    virtual ~member_repository() = default;
    // Assigns and returns the id. Throws unique_violation when the email is taken (in any org).
    virtual record_id create(const recruiting::member& m) = 0;
    // By id in any org: what a verified token names (the core then knows the org).
    virtual std::optional<recruiting::member> find(record_id id) = 0;
    // By lower-cased email, in any org: the login name.
    virtual std::optional<recruiting::member> find_by_email(const std::string& email) = 0;
    virtual std::optional<recruiting::member> get(record_id org_id, record_id id) = 0;
    // The org's members, by id.
    virtual std::vector<recruiting::member> list(record_id org_id) = 0;
    // Writes every field but id, org_id, email and created_at. False when no such member is in the org.
    virtual bool update(const recruiting::member& m) = 0;
};

struct job_filter {
    std::optional<recruiting::job_status> status;
    std::optional<std::string> title_contains;  // case-insensitive for ASCII letters
};

class job_repository {
public:
    virtual ~job_repository() = default;
    virtual record_id create(const recruiting::job& j) = 0;
    virtual std::optional<recruiting::job> get(record_id org_id, record_id id) = 0;
    // Newest first (id descending); total counts every match.
    virtual counted<recruiting::job> list(record_id org_id, const job_filter& filter, page p) = 0;
    // Every job of the org (matching reads them), newest first, at most `limit`.
    virtual std::vector<recruiting::job> all(record_id org_id, std::size_t limit) = 0;
    // Writes every field but id, org_id, created_by_user_id and created_at. False when not in the org.
    virtual bool update(const recruiting::job& j) = 0;
    // Removes it with its applications (and their history) and match logs. False when not in the org.
    virtual bool remove(record_id org_id, record_id id) = 0;
};

class candidate_repository {
public:
    virtual ~candidate_repository() = default;
    virtual record_id create(const recruiting::candidate& c) = 0;
    virtual std::optional<recruiting::candidate> get(record_id org_id, record_id id) = 0;
    // Newest first; name_contains matches full_name case-insensitively (ASCII letters).
    virtual counted<recruiting::candidate> list(record_id org_id, const std::optional<std::string>& name_contains,
                                                page p) = 0;
    virtual std::vector<recruiting::candidate> all(record_id org_id, std::size_t limit) = 0;
    // Ids of the org's candidates (but `except`) with this email (case-insensitive) or one of these profile URLs
    // (exact), ascending. Empty inputs match nothing.
    virtual std::vector<record_id> find_similar(record_id org_id, const std::optional<std::string>& email,
                                                const std::vector<std::string>& urls, record_id except) = 0;
    virtual bool update(const recruiting::candidate& c) = 0;
    // Removes it with its applications (and their history) and match logs.
    virtual bool remove(record_id org_id, record_id id) = 0;
};

struct pipeline_filter {
    std::optional<record_id> job_id;
    std::optional<record_id> candidate_id;
};

class pipeline_repository {
public:
    virtual ~pipeline_repository() = default;
    // Throws unique_violation when the (job_id, candidate_id) pair already has one.
    virtual record_id create(const recruiting::application& a) = 0;
    virtual std::optional<recruiting::application> get(record_id org_id, record_id id) = 0;
    // Newest first.
    virtual counted<recruiting::application> list(record_id org_id, const pipeline_filter& filter, page p) = 0;
    // Writes status, source, fit_score, updated_at. False when not in the org.
    virtual bool update(const recruiting::application& a) = 0;
    // Removes it with its history.
    virtual bool remove(record_id org_id, record_id id) = 0;
    // The job's applications per status, statuses with none left out.
    virtual std::vector<std::pair<recruiting::application_status, std::size_t>> count_by_status(record_id org_id,
                                                                                                 record_id job_id) = 0;

    virtual record_id add_change(const recruiting::status_change& change) = 0;
    // Oldest first.
    virtual std::vector<recruiting::status_change> history(record_id org_id, record_id application_id) = 0;
};

class match_log_repository {
public:
    virtual ~match_log_repository() = default;
    virtual void add(const std::vector<recruiting::match_log>& logs) = 0;
    // Newest first.
    virtual counted<recruiting::match_log> list(record_id org_id, page p) = 0;
};

class webhook_repository {
public:
    virtual ~webhook_repository() = default;
    virtual record_id create(const recruiting::webhook_endpoint& e) = 0;
    virtual std::optional<recruiting::webhook_endpoint> get(record_id org_id, record_id id) = 0;
    virtual std::vector<recruiting::webhook_endpoint> list(record_id org_id) = 0;
    // Removes it with its deliveries and their attempts.
    virtual bool remove(record_id org_id, record_id id) = 0;

    // The outbox. enqueue adds a pending delivery (in the same transaction as the change it announces).
    virtual record_id enqueue(const recruiting::webhook_delivery& d) = 0;
    // Pending deliveries of any org with next_attempt_at <= now, oldest first, at most `limit`; each claimed one's
    // next_attempt_at becomes lease_until, so another dispatcher (another node) skips it until the lease ends and
    // a dispatcher that dies mid-attempt only delays it. PostgreSQL: FOR UPDATE SKIP LOCKED.
    virtual std::vector<recruiting::webhook_delivery> claim_due(domain::timestamp now, domain::timestamp lease_until,
                                                                std::size_t limit) = 0;
    // Writes state, attempts, next_attempt_at, delivered_at of the delivery and appends the attempt.
    virtual void record_attempt(const recruiting::webhook_delivery& d, const recruiting::delivery_attempt& a) = 0;
    // The endpoint's deliveries, newest first, and each one's attempts, oldest first.
    virtual counted<recruiting::webhook_delivery> deliveries(record_id org_id, record_id endpoint_id, page p) = 0;
    virtual std::vector<recruiting::delivery_attempt> attempts(record_id org_id, record_id delivery_id) = 0;
};

// One transaction over the Recruiting repositories (the rules of ports::unit_of_work apply).
class recruiting_unit_of_work {
public:
    virtual ~recruiting_unit_of_work() = default;

    virtual organization_repository& organizations() = 0;
    virtual member_repository& members() = 0;
    virtual job_repository& jobs() = 0;
    virtual candidate_repository& candidates() = 0;
    virtual pipeline_repository& pipeline() = 0;
    virtual match_log_repository& match_logs() = 0;
    virtual webhook_repository& webhooks() = 0;

    // Makes this read_write unit the only writer for the org's data until it ends (PostgreSQL: the org's row,
    // FOR NO KEY UPDATE; SQLite and memory are serial already). False when the org does not exist.
    virtual bool lock_org(record_id org_id) = 0;

    virtual void commit() = 0;
};

// Opens Recruiting units of work. Thread-safe.
class recruiting_store {
public:
    virtual ~recruiting_store() = default;
    virtual std::unique_ptr<recruiting_unit_of_work> begin(access mode) = 0;
    virtual void pause_before_rerun(int rerun) { (void)rerun; }
};

}  // namespace offertracker::ports

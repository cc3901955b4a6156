// Match logs: what matching returned; each names a job and a candidate of its org (foreign keys on
// (org_id, job_id) and (org_id, candidate_id), which also remove it with either).
#include "../errors.hpp"
#include "../paging.hpp"
#include "recruiting_sql.hpp"
#include "sql_recruiting_repositories.hpp"

namespace offertracker::adapters::sql {
namespace {

const recruiting_sql::columns match_log_columns{"org_id", "job_id", "candidate_id", "score", "strategy",
                                                "reason", "requested_by_user_id", "created_at"};

recruiting::match_log read_match_log(const text_row& r) {
    return {.id = r.integer(0),
            .org_id = r.integer(1),
            .job_id = r.integer(2),
            .candidate_id = r.integer(3),
            .score = static_cast<int>(r.integer(4)),
            .strategy = stored_enum<recruiting::match_strategy>(r.text(5), "recruiting_match_logs.strategy"),
            .reason = r.text(6),
            .requested_by_user_id = r.integer(7),
            .created_at = r.timestamp(8)};
}

}  // namespace

void sql_match_log_repository::add(const std::vector<recruiting::match_log>& logs) {
    guarded("recruiting_match_logs.add", [&] {
        const std::string text = match_log_columns.insert_into("recruiting_match_logs");
        for (const auto& log : logs) {
            query q(session_, text);
            q.bind("org_id", static_cast<long long>(log.org_id))
                .bind("job_id", static_cast<long long>(log.job_id))
                .bind("candidate_id", static_cast<long long>(log.candidate_id))
                .bind("score", static_cast<long long>(log.score))
                .bind("strategy", domain::to_string(log.strategy))
                .bind("reason", log.reason)
                .bind("requested_by_user_id", static_cast<long long>(log.requested_by_user_id))
                .bind("created_at", log.created_at);
            recruiting_sql::inserted_id(q);
        }
    });
}

ports::counted<recruiting::match_log> sql_match_log_repository::list(record_id org_id, ports::page p) {
    return guarded("recruiting_match_logs.list", [&] {
        ports::counted<recruiting::match_log> out;
        query(session_, "SELECT " + match_log_columns.select() +
                            " FROM recruiting_match_logs WHERE org_id = :org_id ORDER BY id DESC LIMIT :limit "
                            "OFFSET :offset")
            .bind("org_id", static_cast<long long>(org_id))
            .bind("limit", sql_limit(p))
            .bind("offset", sql_offset(p))
            .each(match_log_columns.select_count(), [&](const text_row& r) { out.items.push_back(read_match_log(r)); });
        query count(session_, "SELECT COUNT(*) FROM recruiting_match_logs WHERE org_id = :org_id");
        count.bind("org_id", static_cast<long long>(org_id));
        out.total = recruiting_sql::count_of(count);
        return out;
    });
}

}  // namespace offertracker::adapters::sql

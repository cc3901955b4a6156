// Applications and their status history. One per (job_id, candidate_id) (a unique key); both parents must be of
// the application's org (foreign keys on (org_id, job_id) and (org_id, candidate_id)); removal takes the history
// through ON DELETE CASCADE.
#include <algorithm>

#include "../errors.hpp"
#include "../paging.hpp"
#include "recruiting_sql.hpp"
#include "sql_recruiting_repositories.hpp"

namespace offertracker::adapters::sql {
namespace {

using recruiting_sql::columns;
using status = recruiting::application_status;

const columns application_columns{"org_id", "job_id",    "candidate_id", "status",
                                  "source", "fit_score", "created_at",   "updated_at"};
const columns change_columns{"org_id",    "application_id",     "from_status",
                             "to_status", "changed_by_user_id", "changed_at"};

recruiting::application read_application(const text_row& r) {
    recruiting::application a;
    a.id = r.integer(0);
    a.org_id = r.integer(1);
    a.job_id = r.integer(2);
    a.candidate_id = r.integer(3);
    a.status = stored_enum<status>(r.text(4), "recruiting_applications.status");
    a.source = stored_enum<recruiting::application_source>(r.text(5), "recruiting_applications.source");
    if (auto score = r.optional_integer(6)) a.fit_score = static_cast<int>(*score);
    a.created_at = r.timestamp(7);
    a.updated_at = r.timestamp(8);
    return a;
}

recruiting::status_change read_change(const text_row& r) {
    return {.id = r.integer(0),
            .org_id = r.integer(1),
            .application_id = r.integer(2),
            .from_status = stored_enum<status>(r.optional_text(3), "recruiting_status_changes.from_status"),
            .to_status = stored_enum<status>(r.text(4), "recruiting_status_changes.to_status"),
            .changed_by_user_id = r.integer(5),
            .changed_at = r.timestamp(6)};
}

std::vector<recruiting::application> applications_of(query& q) {
    std::vector<recruiting::application> out;
    q.each(application_columns.select_count(), [&](const text_row& r) { out.push_back(read_application(r)); });
    return out;
}

}  // namespace

record_id sql_pipeline_repository::create(const recruiting::application& a) {
    return guarded("recruiting_applications.create", [&] {
        query q(session_, application_columns.insert_into("recruiting_applications"));
        q.bind("org_id", static_cast<long long>(a.org_id))
            .bind("job_id", static_cast<long long>(a.job_id))
            .bind("candidate_id", static_cast<long long>(a.candidate_id))
            .bind("status", domain::to_string(a.status))
            .bind("source", domain::to_string(a.source))
            .bind("fit_score", a.fit_score)
            .bind("created_at", a.created_at)
            .bind("updated_at", a.updated_at);
        return recruiting_sql::inserted_id(q);
    });
}

std::optional<recruiting::application> sql_pipeline_repository::get(record_id org_id, record_id id) {
    return guarded("recruiting_applications.get", [&] {
        auto rows = applications_of(
            query(session_, "SELECT " + application_columns.select() +
                                " FROM recruiting_applications WHERE org_id = :org_id AND id = :id")
                .bind("org_id", static_cast<long long>(org_id))
                .bind("id", static_cast<long long>(id)));
        return rows.empty() ? std::nullopt : std::optional{std::move(rows.front())};
    });
}

ports::counted<recruiting::application> sql_pipeline_repository::list(record_id org_id,
                                                                      const ports::pipeline_filter& filter,
                                                                      ports::page p) {
    return guarded("recruiting_applications.list", [&] {
        std::string where = " FROM recruiting_applications WHERE org_id = :org_id";
        if (filter.job_id) where += " AND job_id = :job_id";
        if (filter.candidate_id) where += " AND candidate_id = :candidate_id";
        auto bind_filter = [&](query& q) -> query& {
            q.bind("org_id", static_cast<long long>(org_id));
            if (filter.job_id) q.bind("job_id", static_cast<long long>(*filter.job_id));
            if (filter.candidate_id) q.bind("candidate_id", static_cast<long long>(*filter.candidate_id));
            return q;
        };
        ports::counted<recruiting::application> out;
        query page_query(session_, "SELECT " + application_columns.select() + where +
                                       " ORDER BY id DESC LIMIT :limit OFFSET :offset");
        bind_filter(page_query).bind("limit", sql_limit(p)).bind("offset", sql_offset(p));
        out.items = applications_of(page_query);
        query count_query(session_, "SELECT COUNT(*)" + where);
        out.total = recruiting_sql::count_of(bind_filter(count_query));
        return out;
    });
}

bool sql_pipeline_repository::update(const recruiting::application& a) {
    return guarded("recruiting_applications.update", [&] {
        return query(session_, "UPDATE recruiting_applications SET " +
                                   columns::set({"status", "source", "fit_score", "updated_at"}) +
                                   " WHERE org_id = :org_id AND id = :id")
                   .bind("status", domain::to_string(a.status))
                   .bind("source", domain::to_string(a.source))
                   .bind("fit_score", a.fit_score)
                   .bind("updated_at", a.updated_at)
                   .bind("org_id", static_cast<long long>(a.org_id))
                   .bind("id", static_cast<long long>(a.id))
                   .run() > 0;
    });
}

bool sql_pipeline_repository::remove(record_id org_id, record_id id) {
    return guarded("recruiting_applications.remove", [&] {
        return query(session_, "DELETE FROM recruiting_applications WHERE org_id = :org_id AND id = :id")
                   .bind("org_id", static_cast<long long>(org_id))
                   .bind("id", static_cast<long long>(id))
                   .run() > 0;
    });
}

std::vector<std::pair<status, std::size_t>> sql_pipeline_repository::count_by_status(record_id org_id,
                                                                                     record_id job_id) {
    return guarded("recruiting_applications.count_by_status", [&] {
        std::vector<std::pair<status, std::size_t>> out;
        query(session_,
              "SELECT status, COUNT(*) FROM recruiting_applications WHERE org_id = :org_id AND job_id = :job_id "
              "GROUP BY status")
            .bind("org_id", static_cast<long long>(org_id))
            .bind("job_id", static_cast<long long>(job_id))
            .each(2, [&](const text_row& r) {
                out.emplace_back(stored_enum<status>(r.text(0), "recruiting_applications.status"),
                                 static_cast<std::size_t>(r.integer(1)));
            });
        // In the enum's order (the pipeline's), not the text order GROUP BY may return.
        std::ranges::sort(out, {}, [](const auto& entry) { return static_cast<int>(entry.first); });
        return out;
    });
}

record_id sql_pipeline_repository::add_change(const recruiting::status_change& change) {
    return guarded("recruiting_status_changes.add", [&] {
        query q(session_, change_columns.insert_into("recruiting_status_changes"));
        q.bind("org_id", static_cast<long long>(change.org_id))
            .bind("application_id", static_cast<long long>(change.application_id))
            .bind("from_status", enum_text(change.from_status))
            .bind("to_status", domain::to_string(change.to_status))
            .bind("changed_by_user_id", static_cast<long long>(change.changed_by_user_id))
            .bind("changed_at", change.changed_at);
        return recruiting_sql::inserted_id(q);
    });
}

std::vector<recruiting::status_change> sql_pipeline_repository::history(record_id org_id, record_id application_id) {
    return guarded("recruiting_status_changes.history", [&] {
        std::vector<recruiting::status_change> out;
        query(session_, "SELECT " + change_columns.select() +
                            " FROM recruiting_status_changes WHERE org_id = :org_id AND application_id = :app "
                            "ORDER BY id")
            .bind("org_id", static_cast<long long>(org_id))
            .bind("app", static_cast<long long>(application_id))
            .each(change_columns.select_count(), [&](const text_row& r) { out.push_back(read_change(r)); });
        return out;
    });
}

}  // namespace offertracker::adapters::sql

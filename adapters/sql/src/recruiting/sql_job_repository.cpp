// Jobs. Removing one takes its applications (with their history) and match logs through the foreign keys'
// ON DELETE CASCADE; the title search takes the user's text literally (LIKE wildcards escaped).
#include "../errors.hpp"
#include "../paging.hpp"
#include "../user_rows.hpp"
#include "recruiting_sql.hpp"
#include "sql_recruiting_repositories.hpp"

namespace offertracker::adapters::sql {
namespace {

using recruiting_sql::columns;

const columns job_columns{"org_id", "created_by_user_id", "title", "department", "location", "employment_type",
                          "remote_option", "salary_min", "salary_max", "currency", "description", "required_skills",
                          "nice_to_have_skills", "min_years", "status", "is_public", "created_at", "updated_at"};

// What update writes: every column but id, org_id, created_by_user_id and created_at.
const std::string job_updates = columns::set(
    {"title", "department", "location", "employment_type", "remote_option", "salary_min", "salary_max", "currency",
     "description", "required_skills", "nice_to_have_skills", "min_years", "status", "is_public", "updated_at"});

recruiting::job read_job(const text_row& r) {
    recruiting::job j;
    j.id = r.integer(0);
    j.org_id = r.integer(1);
    j.created_by_user_id = r.integer(2);
    j.title = r.text(3);
    j.department = r.optional_text(4);
    j.location = r.optional_text(5);
    j.employment_type = r.optional_text(6);
    j.remote_option = r.optional_text(7);
    j.salary_min = r.optional_integer(8);
    j.salary_max = r.optional_integer(9);
    j.currency = r.optional_text(10);
    j.description = r.optional_text(11);
    j.required_skills = recruiting_sql::strings_from_json(r.text(12), "recruiting_jobs.required_skills");
    j.nice_to_have_skills = recruiting_sql::strings_from_json(r.text(13), "recruiting_jobs.nice_to_have_skills");
    if (auto years = r.optional_integer(14)) j.min_years = static_cast<int>(*years);
    j.status = stored_enum<recruiting::job_status>(r.text(15), "recruiting_jobs.status");
    j.is_public = r.boolean(16);
    j.created_at = r.timestamp(17);
    j.updated_at = r.timestamp(18);
    return j;
}

// Binds the columns update writes; insert adds the rest.
void bind_job_updates(query& q, const recruiting::job& j) {
    q.bind("title", j.title)
        .bind("department", j.department)
        .bind("location", j.location)
        .bind("employment_type", j.employment_type)
        .bind("remote_option", j.remote_option)
        .bind("salary_min", j.salary_min)
        .bind("salary_max", j.salary_max)
        .bind("currency", j.currency)
        .bind("description", j.description)
        .bind("required_skills", recruiting_sql::strings_to_json(j.required_skills))
        .bind("nice_to_have_skills", recruiting_sql::strings_to_json(j.nice_to_have_skills))
        .bind("min_years", j.min_years)
        .bind("status", domain::to_string(j.status))
        .bind("is_public", j.is_public)
        .bind("updated_at", j.updated_at);
}

std::vector<recruiting::job> jobs_of(query& q) {
    std::vector<recruiting::job> out;
    q.each(job_columns.select_count(), [&](const text_row& r) { out.push_back(read_job(r)); });
    return out;
}

}  // namespace

record_id sql_job_repository::create(const recruiting::job& j) {
    return guarded("recruiting_jobs.create", [&] {
        query q(session_, job_columns.insert_into("recruiting_jobs"));
        bind_job_updates(q, j);
        q.bind("org_id", static_cast<long long>(j.org_id))
            .bind("created_by_user_id", static_cast<long long>(j.created_by_user_id))
            .bind("created_at", j.created_at);
        return recruiting_sql::inserted_id(q);
    });
}

std::optional<recruiting::job> sql_job_repository::get(record_id org_id, record_id id) {
    return guarded("recruiting_jobs.get", [&] {
        auto rows = jobs_of(query(session_, "SELECT " + job_columns.select() +
                                                " FROM recruiting_jobs WHERE org_id = :org_id AND id = :id")
                                .bind("org_id", static_cast<long long>(org_id))
                                .bind("id", static_cast<long long>(id)));
        return rows.empty() ? std::nullopt : std::optional{std::move(rows.front())};
    });
}

ports::counted<recruiting::job> sql_job_repository::list(record_id org_id, const ports::job_filter& filter,
                                                         ports::page p) {
    return guarded("recruiting_jobs.list", [&] {
        std::string where = " FROM recruiting_jobs WHERE org_id = :org_id";
        if (filter.status) where += " AND status = :status";
        if (filter.title_contains) where += " AND " + dialect_.ascii_lower("title") + " LIKE :title ESCAPE '\\'";
        auto bind_filter = [&](query& q) -> query& {
            q.bind("org_id", static_cast<long long>(org_id));
            if (filter.status) q.bind("status", domain::to_string(*filter.status));
            if (filter.title_contains) q.bind("title", like_pattern(*filter.title_contains));
            return q;
        };
        ports::counted<recruiting::job> out;
        query page_query(session_, "SELECT " + job_columns.select() + where +
                                       " ORDER BY id DESC LIMIT :limit OFFSET :offset");
        bind_filter(page_query).bind("limit", sql_limit(p)).bind("offset", sql_offset(p));
        out.items = jobs_of(page_query);
        query count_query(session_, "SELECT COUNT(*)" + where);
        out.total = recruiting_sql::count_of(bind_filter(count_query));
        return out;
    });
}

std::vector<recruiting::job> sql_job_repository::all(record_id org_id, std::size_t limit) {
    return guarded("recruiting_jobs.all", [&] {
        return jobs_of(query(session_, "SELECT " + job_columns.select() +
                                           " FROM recruiting_jobs WHERE org_id = :org_id ORDER BY id DESC LIMIT :limit")
                           .bind("org_id", static_cast<long long>(org_id))
                           .bind("limit", sql_limit({.skip = 0, .limit = limit})));
    });
}

bool sql_job_repository::update(const recruiting::job& j) {
    return guarded("recruiting_jobs.update", [&] {
        query q(session_, "UPDATE recruiting_jobs SET " + job_updates + " WHERE org_id = :org_id AND id = :id");
        bind_job_updates(q, j);
        q.bind("org_id", static_cast<long long>(j.org_id)).bind("id", static_cast<long long>(j.id));
        return q.run() > 0;
    });
}

bool sql_job_repository::remove(record_id org_id, record_id id) {
    return guarded("recruiting_jobs.remove", [&] {
        return query(session_, "DELETE FROM recruiting_jobs WHERE org_id = :org_id AND id = :id")
                   .bind("org_id", static_cast<long long>(org_id))
                   .bind("id", static_cast<long long>(id))
                   .run() > 0;
    });
}

}  // namespace offertracker::adapters::sql

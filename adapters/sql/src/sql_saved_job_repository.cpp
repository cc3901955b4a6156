// Saved jobs. Deleting the application one was converted into only unlinks it (ON DELETE SET NULL).
#include "sql_saved_job_repository.hpp"

#include "errors.hpp"
#include "paging.hpp"
#include "query.hpp"

namespace offertracker::adapters::sql {
namespace {

constexpr std::string_view columns =
    "id, user_id, company_name, role_title, url, company_website, location, job_type, work_mode, "
    "salary_range_min, salary_range_max, salary_currency, priority, source, notes, deadline, excitement_level, "
    "status, converted_to_application_id, created_at, updated_at";
constexpr std::size_t column_count = 21;

domain::saved_job read_saved_job(const text_row& r) {
    domain::saved_job j;
    j.id = r.text(0);
    j.user_id = r.text(1);
    j.company_name = r.text(2);
    j.role_title = r.optional_text(3);
    j.url = r.optional_text(4);
    j.company_website = r.optional_text(5);
    j.location = r.optional_text(6);
    j.job_type = stored_enum<domain::job_type>(r.optional_text(7), "saved_jobs.job_type");
    j.work_mode = stored_enum<domain::work_mode>(r.optional_text(8), "saved_jobs.work_mode");
    j.salary_range_min = r.optional_integer(9);
    j.salary_range_max = r.optional_integer(10);
    j.salary_currency = r.text(11);
    j.priority = stored_enum<domain::priority>(r.text(12), "saved_jobs.priority");
    j.source = r.optional_text(13);
    j.notes = r.optional_text(14);
    j.deadline = r.optional_date(15);
    if (auto level = r.optional_integer(16)) j.excitement_level = static_cast<int>(*level);
    j.status = stored_enum<domain::saved_job_status>(r.text(17), "saved_jobs.status");
    j.converted_to_application_id = r.optional_text(18);
    j.created_at = r.timestamp(19);
    j.updated_at = r.timestamp(20);
    return j;
}

void bind_saved_job(query& q, const domain::saved_job& j) {
    q.bind("id", j.id)
        .bind("user_id", j.user_id)
        .bind("company_name", j.company_name)
        .bind("role_title", j.role_title)
        .bind("url", j.url)
        .bind("company_website", j.company_website)
        .bind("location", j.location)
        .bind("job_type", enum_text(j.job_type))
        .bind("work_mode", enum_text(j.work_mode))
        .bind("salary_range_min", j.salary_range_min)
        .bind("salary_range_max", j.salary_range_max)
        .bind("salary_currency", j.salary_currency)
        .bind("priority", domain::to_string(j.priority))
        .bind("source", j.source)
        .bind("notes", j.notes)
        .bind("deadline", j.deadline)
        .bind("excitement_level", j.excitement_level)
        .bind("status", domain::to_string(j.status))
        .bind("converted_to_application_id", j.converted_to_application_id)
        .bind("created_at", j.created_at)
        .bind("updated_at", j.updated_at);
}

}  // namespace

void sql_saved_job_repository::insert(const domain::saved_job& j) {
    guarded("saved_jobs.insert", [&] {
        query q(session_, "INSERT INTO saved_jobs (" + std::string{columns} +
                              ") VALUES (:id, :user_id, :company_name, :role_title, :url, :company_website, "
                              ":location, :job_type, :work_mode, :salary_range_min, :salary_range_max, "
                              ":salary_currency, :priority, :source, :notes, :deadline, :excitement_level, :status, "
                              ":converted_to_application_id, :created_at, :updated_at)");
        bind_saved_job(q, j);
        q.run();
    });
}

void sql_saved_job_repository::update(const domain::saved_job& j) {
    guarded("saved_jobs.update", [&] {
        query q(session_,
                "UPDATE saved_jobs SET user_id = :user_id, company_name = :company_name, role_title = :role_title, "
                "url = :url, company_website = :company_website, location = :location, job_type = :job_type, "
                "work_mode = :work_mode, salary_range_min = :salary_range_min, "
                "salary_range_max = :salary_range_max, salary_currency = :salary_currency, priority = :priority, "
                "source = :source, notes = :notes, deadline = :deadline, excitement_level = :excitement_level, "
                "status = :status, converted_to_application_id = :converted_to_application_id, "
                "created_at = :created_at, updated_at = :updated_at WHERE id = :id");
        bind_saved_job(q, j);
        q.run();
    });
}

void sql_saved_job_repository::remove(const domain::id& id) {
    guarded("saved_jobs.remove", [&] { query(session_, "DELETE FROM saved_jobs WHERE id = :id").bind("id", id).run(); });
}

std::optional<domain::saved_job> sql_saved_job_repository::find(const domain::id& id) {
    return guarded("saved_jobs.find", [&] {
        std::optional<domain::saved_job> found;
        query(session_, "SELECT " + std::string{columns} + " FROM saved_jobs WHERE id = :id")
            .bind("id", id)
            .each(column_count, [&](const text_row& r) { found = read_saved_job(r); });
        return found;
    });
}

std::vector<domain::saved_job> sql_saved_job_repository::list(const domain::id& user_id,
                                                              const ports::saved_job_filter& f, ports::page p) {
    return guarded("saved_jobs.list", [&] {
        std::string text = "SELECT " + std::string{columns} + " FROM saved_jobs WHERE user_id = :user_id";
        if (f.status) text += " AND status = :status";
        if (f.priority) text += " AND priority = :priority";
        text += " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset";
        query q(session_, text);
        q.bind("user_id", user_id);
        if (f.status) q.bind("status", domain::to_string(*f.status));
        if (f.priority) q.bind("priority", domain::to_string(*f.priority));
        q.bind("limit", sql_limit(p)).bind("offset", sql_offset(p));
        std::vector<domain::saved_job> out;
        q.each(column_count, [&](const text_row& r) { out.push_back(read_saved_job(r)); });
        return out;
    });
}

}  // namespace offertracker::adapters::sql

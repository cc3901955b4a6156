// Applications. remove() is one DELETE: the schema's foreign keys remove stages, outcome, reflection,
// activity entries, documents, tag links and reminders (CASCADE) and unlink contacts and saved jobs
// (SET NULL) in the same statement, so nothing can be left half-deleted.
#include "sql_application_repository.hpp"

#include "errors.hpp"
#include "paging.hpp"
#include "query.hpp"

namespace offertracker::adapters::sql {
namespace {

constexpr std::string_view columns =
    "id, user_id, company_name, role_title, url, description, location, job_type, work_mode, salary_min, "
    "salary_max, salary_currency, applied_source, applied_date, follow_up_date, priority, notes, status, "
    "resume_version_id, created_at, updated_at";
constexpr std::size_t column_count = 21;

domain::application read_application(const text_row& r) {
    domain::application a;
    a.id = r.text(0);
    a.user_id = r.text(1);
    a.company_name = r.text(2);
    a.role_title = r.text(3);
    a.url = r.optional_text(4);
    a.description = r.optional_text(5);
    a.location = r.optional_text(6);
    a.job_type = stored_enum<domain::job_type>(r.optional_text(7), "applications.job_type");
    a.work_mode = stored_enum<domain::work_mode>(r.optional_text(8), "applications.work_mode");
    a.salary_min = r.optional_integer(9);
    a.salary_max = r.optional_integer(10);
    a.salary_currency = r.text(11);
    a.applied_source = stored_enum<domain::source>(r.optional_text(12), "applications.applied_source");
    a.applied_date = r.optional_date(13);
    a.follow_up_date = r.optional_date(14);
    a.priority = stored_enum<domain::priority>(r.optional_text(15), "applications.priority");
    a.notes = r.optional_text(16);
    a.status = stored_enum<domain::application_status>(r.text(17), "applications.status");
    a.resume_version_id = r.optional_text(18);
    a.created_at = r.timestamp(19);
    a.updated_at = r.timestamp(20);
    return a;
}

void bind_application(query& q, const domain::application& a) {
    q.bind("id", a.id)
        .bind("user_id", a.user_id)
        .bind("company_name", a.company_name)
        .bind("role_title", a.role_title)
        .bind("url", a.url)
        .bind("description", a.description)
        .bind("location", a.location)
        .bind("job_type", enum_text(a.job_type))
        .bind("work_mode", enum_text(a.work_mode))
        .bind("salary_min", a.salary_min)
        .bind("salary_max", a.salary_max)
        .bind("salary_currency", a.salary_currency)
        .bind("applied_source", enum_text(a.applied_source))
        .bind("applied_date", a.applied_date)
        .bind("follow_up_date", a.follow_up_date)
        .bind("priority", enum_text(a.priority))
        .bind("notes", a.notes)
        .bind("status", domain::to_string(a.status))
        .bind("resume_version_id", a.resume_version_id)
        .bind("created_at", a.created_at)
        .bind("updated_at", a.updated_at);
}

}  // namespace

void sql_application_repository::insert(const domain::application& a) {
    guarded("applications.insert", [&] {
        query q(session_, "INSERT INTO applications (" + std::string{columns} +
                              ") VALUES (:id, :user_id, :company_name, :role_title, :url, :description, :location, "
                              ":job_type, :work_mode, :salary_min, :salary_max, :salary_currency, :applied_source, "
                              ":applied_date, :follow_up_date, :priority, :notes, :status, :resume_version_id, "
                              ":created_at, :updated_at)");
        bind_application(q, a);
        q.run();
    });
}

void sql_application_repository::update(const domain::application& a) {
    guarded("applications.update", [&] {
        query q(session_,
                "UPDATE applications SET user_id = :user_id, company_name = :company_name, role_title = :role_title, "
                "url = :url, description = :description, location = :location, job_type = :job_type, "
                "work_mode = :work_mode, salary_min = :salary_min, salary_max = :salary_max, "
                "salary_currency = :salary_currency, applied_source = :applied_source, applied_date = :applied_date, "
                "follow_up_date = :follow_up_date, priority = :priority, notes = :notes, status = :status, "
                "resume_version_id = :resume_version_id, created_at = :created_at, updated_at = :updated_at "
                "WHERE id = :id");
        bind_application(q, a);
        q.run();
    });
}

void sql_application_repository::remove(const domain::id& id) {
    guarded("applications.remove", [&] { query(session_, "DELETE FROM applications WHERE id = :id").bind("id", id).run(); });
}

std::optional<domain::application> sql_application_repository::find(const domain::id& id) {
    return guarded("applications.find", [&] {
        std::optional<domain::application> found;
        query(session_, "SELECT " + std::string{columns} + " FROM applications WHERE id = :id")
            .bind("id", id)
            .each(column_count, [&](const text_row& r) { found = read_application(r); });
        return found;
    });
}

std::vector<domain::application> sql_application_repository::list(const domain::id& user_id,
                                                                   const ports::application_filter& f,
                                                                   ports::page p) {
    return guarded("applications.list", [&] {
        // Only the filters that are set become conditions: "(:x IS NULL OR col = :x)" would leave
        // PostgreSQL unable to infer the parameter's type and defeat the index.
        std::string text = "SELECT " + std::string{columns} + " FROM applications WHERE user_id = :user_id";
        if (f.status) text += " AND status = :status";
        if (f.priority) text += " AND priority = :priority";
        text += " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset";
        query q(session_, text);
        q.bind("user_id", user_id);
        if (f.status) q.bind("status", domain::to_string(*f.status));
        if (f.priority) q.bind("priority", domain::to_string(*f.priority));
        q.bind("limit", sql_limit(p)).bind("offset", sql_offset(p));
        std::vector<domain::application> out;
        q.each(column_count, [&](const text_row& r) { out.push_back(read_application(r)); });
        return out;
    });
}

std::vector<domain::application> sql_application_repository::list_all(const domain::id& user_id) {
    return guarded("applications.list_all", [&] {
        std::vector<domain::application> out;
        query(session_, "SELECT " + std::string{columns} +
                            " FROM applications WHERE user_id = :user_id ORDER BY created_at, id")
            .bind("user_id", user_id)
            .each(column_count, [&](const text_row& r) { out.push_back(read_application(r)); });
        return out;
    });
}

}  // namespace offertracker::adapters::sql

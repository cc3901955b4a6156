// Applications. remove() is one DELETE: the schema's foreign keys remove stages, outcome, reflection,
// activity entries, documents, tag links and reminders (CASCADE) and unlink contacts and saved jobs
// (SET NULL) in the same statement, so nothing can be left half-deleted. Every read but find_any skips
// soft-deleted rows; url_key is kept from url here, so both dialects' writes keep the upsert key right.
#include "sql_application_repository.hpp"

#include <offertracker/pipeline/job_url.hpp>

#include "errors.hpp"
#include "paging.hpp"
#include "query.hpp"
#include "user_rows.hpp"

namespace offertracker::adapters::sql {
namespace {

constexpr std::string_view columns =
    "id, user_id, company_name, role_title, url, description, location, job_type, work_mode, salary_min, "
    "salary_max, salary_currency, applied_source, applied_date, follow_up_date, priority, notes, status, "
    "resume_version_id, created_at, updated_at, ai_match_score, ai_reasoning, applied_at, interview_at, offer_at, "
    "rejected_at, deleted_at";
constexpr std::size_t column_count = 28;
constexpr std::string_view live = " AND deleted_at IS NULL";

std::optional<domain::timestamp> optional_timestamp(const text_row& r, std::size_t i) {
    if (r.is_null(i)) return std::nullopt;
    return r.timestamp(i);
}

std::optional<std::string> timestamp_text(const std::optional<domain::timestamp>& t) {
    if (!t) return std::nullopt;
    return domain::format_timestamp(*t);
}

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
    if (auto score = r.optional_integer(21)) a.ai_match_score = static_cast<int>(*score);
    a.ai_reasoning = r.optional_text(22);
    a.applied_at = optional_timestamp(r, 23);
    a.interview_at = optional_timestamp(r, 24);
    a.offer_at = optional_timestamp(r, 25);
    a.rejected_at = optional_timestamp(r, 26);
    a.deleted_at = optional_timestamp(r, 27);
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
        .bind("updated_at", a.updated_at)
        .bind("ai_match_score", a.ai_match_score)
        .bind("ai_reasoning", a.ai_reasoning)
        .bind("applied_at", timestamp_text(a.applied_at))
        .bind("interview_at", timestamp_text(a.interview_at))
        .bind("offer_at", timestamp_text(a.offer_at))
        .bind("rejected_at", timestamp_text(a.rejected_at))
        .bind("deleted_at", timestamp_text(a.deleted_at))
        .bind("url_key", a.url ? pipeline::job_url_key(*a.url) : std::nullopt);
}

std::vector<domain::application> applications_of(query& q) {
    std::vector<domain::application> out;
    q.each(column_count, [&](const text_row& r) { out.push_back(read_application(r)); });
    return out;
}

std::string_view order_column(ports::job_sort sort) {
    switch (sort) {
        case ports::job_sort::created_at: return "created_at";
        case ports::job_sort::updated_at: return "updated_at";
        case ports::job_sort::ai_match_score: return "ai_match_score";
        case ports::job_sort::company_name: return "company_name";
    }
    return "created_at";
}

}  // namespace

void sql_application_repository::insert(const domain::application& a) {
    guarded("applications.insert", [&] {
        query q(session_, "INSERT INTO applications (" + std::string{columns} +
                              ", url_key) VALUES (:id, :user_id, :company_name, :role_title, :url, :description, "
                              ":location, :job_type, :work_mode, :salary_min, :salary_max, :salary_currency, "
                              ":applied_source, :applied_date, :follow_up_date, :priority, :notes, :status, "
                              ":resume_version_id, :created_at, :updated_at, :ai_match_score, :ai_reasoning, "
                              ":applied_at, :interview_at, :offer_at, :rejected_at, :deleted_at, :url_key)");
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
                "resume_version_id = :resume_version_id, created_at = :created_at, updated_at = :updated_at, "
                "ai_match_score = :ai_match_score, ai_reasoning = :ai_reasoning, applied_at = :applied_at, "
                "interview_at = :interview_at, offer_at = :offer_at, rejected_at = :rejected_at, "
                "deleted_at = :deleted_at, url_key = :url_key WHERE id = :id");
        bind_application(q, a);
        q.run();
    });
}

void sql_application_repository::remove(const domain::id& id) {
    guarded("applications.remove", [&] { query(session_, "DELETE FROM applications WHERE id = :id").bind("id", id).run(); });
}

std::optional<domain::application> sql_application_repository::find(const domain::id& id) {
    return guarded("applications.find", [&] {
        query q(session_, "SELECT " + std::string{columns} + " FROM applications WHERE id = :id" + std::string{live});
        auto rows = applications_of(q.bind("id", id));
        return rows.empty() ? std::nullopt : std::optional{std::move(rows.front())};
    });
}

std::optional<domain::application> sql_application_repository::find_any(const domain::id& id) {
    return guarded("applications.find_any", [&] {
        query q(session_, "SELECT " + std::string{columns} + " FROM applications WHERE id = :id");
        auto rows = applications_of(q.bind("id", id));
        return rows.empty() ? std::nullopt : std::optional{std::move(rows.front())};
    });
}

std::optional<domain::application> sql_application_repository::find_by_url(const domain::id& user_id,
                                                                          std::string_view url) {
    const auto key = pipeline::job_url_key(url);
    if (!key) return std::nullopt;
    return guarded("applications.find_by_url", [&] {
        query q(session_, "SELECT " + std::string{columns} +
                              " FROM applications WHERE user_id = :user_id AND url_key = :url_key" +
                              std::string{live} + " ORDER BY created_at DESC, id DESC LIMIT 1");
        auto rows = applications_of(q.bind("user_id", user_id).bind("url_key", *key));
        return rows.empty() ? std::nullopt : std::optional{std::move(rows.front())};
    });
}

ports::job_page sql_application_repository::search(const domain::id& user_id, const ports::job_query& f) {
    return guarded("applications.search", [&] {
        // As in list(): only the filters that are set become conditions, so every parameter has a known type.
        std::string where = " FROM applications WHERE user_id = :user_id" + std::string{live};
        if (!f.statuses.empty()) where += " AND status IN (" + placeholders("st", f.statuses.size()) + ")";
        if (f.source) where += *f.source ? " AND applied_source = :source" : " AND applied_source IS NULL";
        if (f.since) where += " AND created_at >= :since";
        if (f.q)
            where += " AND (" + dialect_.ascii_lower("company_name") + " LIKE :q ESCAPE '\\' OR " +
                     dialect_.ascii_lower("role_title") + " LIKE :q ESCAPE '\\')";
        if (f.is_remote)
            where += *f.is_remote ? " AND work_mode = 'Remote'" : " AND (work_mode IS NULL OR work_mode <> 'Remote')";
        if (f.min_score) where += " AND ai_match_score >= :min_score";
        auto bind_filter = [&](query& q) -> query& {
            q.bind("user_id", user_id);
            for (std::size_t i = 0; i < f.statuses.size(); ++i)
                q.bind("st" + std::to_string(i), domain::to_string(f.statuses[i]));
            if (f.source && *f.source) q.bind("source", domain::to_string(**f.source));
            if (f.since) q.bind("since", *f.since);
            if (f.q) q.bind("q", like_pattern(*f.q));
            if (f.min_score) q.bind("min_score", static_cast<long long>(*f.min_score));
            return q;
        };
        const std::string direction = f.descending ? " DESC" : " ASC";
        std::string order = " ORDER BY ";
        // Unscored jobs come last in either direction (a boolean sorts false first on both engines).
        if (f.sort == ports::job_sort::ai_match_score) order += "(ai_match_score IS NULL), ";
        order += std::string{order_column(f.sort)} + direction + ", id" + direction;

        ports::job_page out;
        query page_query(session_, "SELECT " + std::string{columns} + where + order + " LIMIT :limit OFFSET :offset");
        bind_filter(page_query).bind("limit", sql_limit(f.p)).bind("offset", sql_offset(f.p));
        out.items = applications_of(page_query);
        query count_query(session_, "SELECT COUNT(*)" + where);
        bind_filter(count_query).each(1, [&](const text_row& r) { out.total = static_cast<std::size_t>(r.integer(0)); });
        return out;
    });
}

std::size_t sql_application_repository::purge_deleted(domain::timestamp cutoff) {
    return guarded("applications.purge_deleted", [&] {
        return static_cast<std::size_t>(
            query(session_, "DELETE FROM applications WHERE deleted_at IS NOT NULL AND deleted_at < :cutoff")
                .bind("cutoff", cutoff)
                .run());
    });
}

std::vector<domain::application> sql_application_repository::list(const domain::id& user_id,
                                                                   const ports::application_filter& f,
                                                                   ports::page p) {
    return guarded("applications.list", [&] {
        // Only the filters that are set become conditions: "(:x IS NULL OR col = :x)" would leave
        // PostgreSQL unable to infer the parameter's type and defeat the index.
        std::string text = "SELECT " + std::string{columns} + " FROM applications WHERE user_id = :user_id" +
                           std::string{live};
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
                            " FROM applications WHERE user_id = :user_id" + std::string{live} +
                            " ORDER BY created_at, id")
            .bind("user_id", user_id)
            .each(column_count, [&](const text_row& r) { out.push_back(read_application(r)); });
        return out;
    });
}

}  // namespace offertracker::adapters::sql

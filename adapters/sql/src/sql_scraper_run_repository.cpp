// Import runs of the Pipeline's posting importer (schema 007).
#include "sql_scraper_run_repository.hpp"

#include "errors.hpp"
#include "query.hpp"

namespace offertracker::adapters::sql {
namespace {

constexpr std::string_view columns = "id, user_id, url, status, job_id, created, error, created_at, finished_at";
constexpr std::size_t column_count = 9;

pipeline::scraper_run read_run(const text_row& r) {
    pipeline::scraper_run run;
    run.id = r.text(0);
    run.user_id = r.text(1);
    run.url = r.text(2);
    run.status = stored_enum<pipeline::run_status>(r.text(3), "scraper_runs.status");
    run.job_id = r.optional_text(4);
    run.created = r.boolean(5);
    run.error = r.optional_text(6);
    run.created_at = r.timestamp(7);
    if (!r.is_null(8)) run.finished_at = r.timestamp(8);
    return run;
}

query& bind_outcome(query& q, const pipeline::scraper_run& r) {
    return q.bind("id", r.id)
        .bind("status", domain::to_string(r.status))
        .bind("job_id", r.job_id)
        .bind("created", r.created)
        .bind("error", r.error)
        .bind("finished_at", r.finished_at ? std::optional{domain::format_timestamp(*r.finished_at)} : std::nullopt);
}

std::vector<pipeline::scraper_run> runs_of(query& q) {
    std::vector<pipeline::scraper_run> out;
    q.each(column_count, [&](const text_row& row) { out.push_back(read_run(row)); });
    return out;
}

}  // namespace

void sql_scraper_run_repository::insert(const pipeline::scraper_run& r) {
    guarded("scraper_runs.insert", [&] {
        query q(session_, "INSERT INTO scraper_runs (" + std::string{columns} +
                              ") VALUES (:id, :user_id, :url, :status, :job_id, :created, :error, :created_at, "
                              ":finished_at)");
        bind_outcome(q, r).bind("user_id", r.user_id).bind("url", r.url).bind("created_at", r.created_at).run();
    });
}

void sql_scraper_run_repository::update(const pipeline::scraper_run& r) {
    guarded("scraper_runs.update", [&] {
        query q(session_, "UPDATE scraper_runs SET status = :status, job_id = :job_id, created = :created, "
                          "error = :error, finished_at = :finished_at WHERE id = :id");
        bind_outcome(q, r).run();
    });
}

std::optional<pipeline::scraper_run> sql_scraper_run_repository::find(const domain::id& id) {
    return guarded("scraper_runs.find", [&] {
        query q(session_, "SELECT " + std::string{columns} + " FROM scraper_runs WHERE id = :id");
        auto rows = runs_of(q.bind("id", id));
        return rows.empty() ? std::nullopt : std::optional{std::move(rows.front())};
    });
}

std::vector<pipeline::scraper_run> sql_scraper_run_repository::unfinished() {
    return guarded("scraper_runs.unfinished", [&] {
        query q(session_, "SELECT " + std::string{columns} +
                              " FROM scraper_runs WHERE status IN ('queued', 'running') ORDER BY created_at, id");
        return runs_of(q);
    });
}

}  // namespace offertracker::adapters::sql

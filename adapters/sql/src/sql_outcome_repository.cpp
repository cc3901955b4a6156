// Outcomes: at most one per application (UNIQUE application_id, so a racing second insert is refused).
#include "sql_outcome_repository.hpp"

#include "errors.hpp"
#include "in_list.hpp"
#include "live_applications.hpp"
#include "query.hpp"

namespace offertracker::adapters::sql {
namespace {

constexpr std::string_view columns =
    "id, application_id, status, salary, salary_currency, bonus, equity, benefits, start_date, deadline, "
    "negotiation_notes, notes, created_at, updated_at";
constexpr std::size_t column_count = 14;

domain::outcome read_outcome(const text_row& r) {
    domain::outcome o;
    o.id = r.text(0);
    o.application_id = r.text(1);
    o.status = stored_enum<domain::outcome_status>(r.optional_text(2), "outcomes.status");
    o.salary = r.optional_integer(3);
    o.salary_currency = r.text(4);
    o.bonus = r.optional_text(5);
    o.equity = r.optional_text(6);
    o.benefits = r.optional_text(7);
    o.start_date = r.optional_date(8);
    o.deadline = r.optional_date(9);
    o.negotiation_notes = r.optional_text(10);
    o.notes = r.optional_text(11);
    o.created_at = r.timestamp(12);
    o.updated_at = r.timestamp(13);
    return o;
}

void bind_outcome(query& q, const domain::outcome& o) {
    q.bind("id", o.id)
        .bind("application_id", o.application_id)
        .bind("owner_application_id", o.application_id)
        .bind("status", enum_text(o.status))
        .bind("salary", o.salary)
        .bind("salary_currency", o.salary_currency)
        .bind("bonus", o.bonus)
        .bind("equity", o.equity)
        .bind("benefits", o.benefits)
        .bind("start_date", o.start_date)
        .bind("deadline", o.deadline)
        .bind("negotiation_notes", o.negotiation_notes)
        .bind("notes", o.notes)
        .bind("created_at", o.created_at)
        .bind("updated_at", o.updated_at);
}

}  // namespace

void sql_outcome_repository::insert(const domain::outcome& o) {
    guarded("outcomes.insert", [&] {
        // user_id comes from the application (see sql_stage_repository::insert for why a scalar subquery).
        query q(session_, "INSERT INTO outcomes (id, user_id, " + std::string{columns.substr(4)} +
                              ") VALUES (:id, (SELECT user_id FROM applications WHERE id = :owner_application_id), "
                              ":application_id, :status, :salary, :salary_currency, :bonus, :equity, :benefits, "
                              ":start_date, :deadline, :negotiation_notes, :notes, :created_at, :updated_at)");
        bind_outcome(q, o);
        q.run();
    });
}

void sql_outcome_repository::update(const domain::outcome& o) {
    guarded("outcomes.update", [&] {
        query q(session_,
                "UPDATE outcomes SET user_id = (SELECT user_id FROM applications WHERE id = :owner_application_id), "
                "application_id = :application_id, status = :status, salary = :salary, "
                "salary_currency = :salary_currency, bonus = :bonus, equity = :equity, benefits = :benefits, "
                "start_date = :start_date, deadline = :deadline, negotiation_notes = :negotiation_notes, "
                "notes = :notes, created_at = :created_at, updated_at = :updated_at WHERE id = :id");
        bind_outcome(q, o);
        q.run();
    });
}

void sql_outcome_repository::remove(const domain::id& id) {
    guarded("outcomes.remove", [&] { query(session_, "DELETE FROM outcomes WHERE id = :id").bind("id", id).run(); });
}

std::vector<domain::outcome> sql_outcome_repository::select_where(const std::string& condition,
                                                                  const std::vector<domain::id>& ids) {
    std::vector<domain::outcome> out;
    for_each_id_chunk(ids, [&](const std::string& in_sql, const auto& bind_ids) {
        query q(session_, "SELECT " + std::string{columns} + " FROM outcomes WHERE " + condition + " IN " + in_sql);
        bind_ids(q);
        q.each(column_count, [&](const text_row& r) { out.push_back(read_outcome(r)); });
    });
    return out;
}

std::optional<domain::outcome> sql_outcome_repository::find(const domain::id& id) {
    return guarded("outcomes.find", [&]() -> std::optional<domain::outcome> {
        auto found = select_where("id", {id});
        if (found.empty()) return std::nullopt;
        return std::move(found.front());
    });
}

std::optional<domain::outcome> sql_outcome_repository::find_for(const domain::id& application_id) {
    return guarded("outcomes.find_for", [&]() -> std::optional<domain::outcome> {
        auto found = select_where("application_id", {application_id});
        if (found.empty()) return std::nullopt;
        return std::move(found.front());
    });
}

std::vector<domain::outcome> sql_outcome_repository::list_for(const std::vector<domain::id>& application_ids) {
    return guarded("outcomes.list_for", [&] { return select_where("application_id", application_ids); });
}

std::vector<domain::outcome> sql_outcome_repository::list_for_user(const domain::id& user_id) {
    return guarded("outcomes.list_for_user", [&] {
        std::vector<domain::outcome> out;
        query(session_, "SELECT " + std::string{columns} + " FROM outcomes WHERE user_id = :user_id" +
                            of_live_application("application_id"))
            .bind("user_id", user_id)
            .each(column_count, [&](const text_row& r) { out.push_back(read_outcome(r)); });
        return out;
    });
}

}  // namespace offertracker::adapters::sql

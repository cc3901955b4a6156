// Reflections: at most one per application. skill_gaps_json is text in both engines (not jsonb, which
// would reorder keys), so the client's JSON comes back byte for byte.
#include "sql_reflection_repository.hpp"

#include "errors.hpp"
#include "in_list.hpp"
#include "query.hpp"

namespace offertracker::adapters::sql {
namespace {

constexpr std::string_view columns =
    "id, application_id, what_worked, what_failed, skill_gaps_json, improvement_plan, created_at, updated_at";
constexpr std::size_t column_count = 8;

domain::reflection read_reflection(const text_row& r) {
    domain::reflection x;
    x.id = r.text(0);
    x.application_id = r.text(1);
    x.what_worked = r.optional_text(2);
    x.what_failed = r.optional_text(3);
    x.skill_gaps_json = r.optional_text(4);
    x.improvement_plan = r.optional_text(5);
    x.created_at = r.timestamp(6);
    x.updated_at = r.timestamp(7);
    return x;
}

void bind_reflection(query& q, const domain::reflection& x) {
    q.bind("id", x.id)
        .bind("application_id", x.application_id)
        .bind("owner_application_id", x.application_id)
        .bind("what_worked", x.what_worked)
        .bind("what_failed", x.what_failed)
        .bind("skill_gaps_json", x.skill_gaps_json)
        .bind("improvement_plan", x.improvement_plan)
        .bind("created_at", x.created_at)
        .bind("updated_at", x.updated_at);
}

}  // namespace

void sql_reflection_repository::insert(const domain::reflection& x) {
    guarded("reflections.insert", [&] {
        // user_id comes from the application (see sql_stage_repository::insert for why a scalar subquery).
        query q(session_, "INSERT INTO reflections (id, user_id, " + std::string{columns.substr(4)} +
                              ") VALUES (:id, (SELECT user_id FROM applications WHERE id = :owner_application_id), "
                              ":application_id, :what_worked, :what_failed, :skill_gaps_json, :improvement_plan, "
                              ":created_at, :updated_at)");
        bind_reflection(q, x);
        q.run();
    });
}

void sql_reflection_repository::update(const domain::reflection& x) {
    guarded("reflections.update", [&] {
        query q(session_,
                "UPDATE reflections SET user_id = (SELECT user_id FROM applications WHERE id = :owner_application_id), "
                "application_id = :application_id, what_worked = :what_worked, what_failed = :what_failed, "
                "skill_gaps_json = :skill_gaps_json, improvement_plan = :improvement_plan, "
                "created_at = :created_at, updated_at = :updated_at WHERE id = :id");
        bind_reflection(q, x);
        q.run();
    });
}

void sql_reflection_repository::remove(const domain::id& id) {
    guarded("reflections.remove", [&] { query(session_, "DELETE FROM reflections WHERE id = :id").bind("id", id).run(); });
}

std::vector<domain::reflection> sql_reflection_repository::select_where(const std::string& condition,
                                                                        const std::vector<domain::id>& ids) {
    std::vector<domain::reflection> out;
    for_each_id_chunk(ids, [&](const std::string& in_sql, const auto& bind_ids) {
        query q(session_, "SELECT " + std::string{columns} + " FROM reflections WHERE " + condition + " IN " + in_sql);
        bind_ids(q);
        q.each(column_count, [&](const text_row& r) { out.push_back(read_reflection(r)); });
    });
    return out;
}

std::optional<domain::reflection> sql_reflection_repository::find(const domain::id& id) {
    return guarded("reflections.find", [&]() -> std::optional<domain::reflection> {
        auto found = select_where("id", {id});
        if (found.empty()) return std::nullopt;
        return std::move(found.front());
    });
}

std::optional<domain::reflection> sql_reflection_repository::find_for(const domain::id& application_id) {
    return guarded("reflections.find_for", [&]() -> std::optional<domain::reflection> {
        auto found = select_where("application_id", {application_id});
        if (found.empty()) return std::nullopt;
        return std::move(found.front());
    });
}

std::vector<domain::reflection> sql_reflection_repository::list_for(const std::vector<domain::id>& application_ids) {
    return guarded("reflections.list_for", [&] { return select_where("application_id", application_ids); });
}

}  // namespace offertracker::adapters::sql

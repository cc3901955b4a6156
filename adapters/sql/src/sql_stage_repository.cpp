// Interview stages. questions_asked is stored as JSON array text; user_id is copied from the application
// (it is the distribution key, and the domain's stage does not carry it).
#include "sql_stage_repository.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include <offertracker/domain/json_text.hpp>

#include "errors.hpp"
#include "in_list.hpp"
#include "live_applications.hpp"
#include "query.hpp"

namespace offertracker::adapters::sql {
namespace {

constexpr std::string_view columns =
    "id, application_id, stage_name, stage_type, stage_date, result, duration_minutes, interviewer_names, "
    "prep_notes, questions_asked, notes, created_at, updated_at";
constexpr std::size_t column_count = 13;

std::string questions_to_json(const std::vector<std::string>& questions) {
    boost::json::array array;
    for (const auto& q : questions) array.emplace_back(q);
    return boost::json::serialize(array);
}

std::vector<std::string> questions_from_json(const std::string& text) {
    boost::json::error_code ec;
    boost::json::parse_options options;
    options.max_depth = domain::max_json_depth;
    const boost::json::value v = boost::json::parse(text, ec, {}, options);
    if (ec || !v.is_array()) throw ports::storage_error("application_stages.questions_asked is not a JSON array");
    std::vector<std::string> out;
    for (const auto& item : v.get_array()) {
        if (!item.is_string()) throw ports::storage_error("application_stages.questions_asked holds a non-string");
        out.emplace_back(item.get_string());
    }
    return out;
}

domain::stage read_stage(const text_row& r) {
    domain::stage s;
    s.id = r.text(0);
    s.application_id = r.text(1);
    s.stage_name = r.text(2);
    s.stage_type = stored_enum<domain::stage_type>(r.optional_text(3), "application_stages.stage_type");
    s.stage_date = r.date(4);
    s.result = stored_enum<domain::stage_result>(r.text(5), "application_stages.result");
    if (auto minutes = r.optional_integer(6)) s.duration_minutes = static_cast<int>(*minutes);
    s.interviewer_names = r.optional_text(7);
    s.prep_notes = r.optional_text(8);
    s.questions_asked = questions_from_json(r.text(9));
    s.notes = r.optional_text(10);
    s.created_at = r.timestamp(11);
    s.updated_at = r.timestamp(12);
    return s;
}

void bind_stage(query& q, const domain::stage& s) {
    q.bind("id", s.id)
        .bind("application_id", s.application_id)
        .bind("owner_application_id", s.application_id)
        .bind("stage_name", s.stage_name)
        .bind("stage_type", enum_text(s.stage_type))
        .bind("stage_date", s.stage_date)
        .bind("result", domain::to_string(s.result))
        .bind("duration_minutes", s.duration_minutes)
        .bind("interviewer_names", s.interviewer_names)
        .bind("prep_notes", s.prep_notes)
        .bind("questions_asked", questions_to_json(s.questions_asked))
        .bind("notes", s.notes)
        .bind("created_at", s.created_at)
        .bind("updated_at", s.updated_at);
}

}  // namespace

void sql_stage_repository::insert(const domain::stage& s) {
    guarded("application_stages.insert", [&] {
        // A scalar subquery rather than INSERT ... SELECT: in VALUES, PostgreSQL infers each parameter's type
        // from its column. A missing application leaves user_id NULL, which the NOT NULL constraint refuses.
        query q(session_,
                "INSERT INTO application_stages (id, user_id, " + std::string{columns.substr(4)} +
                    ") VALUES (:id, (SELECT user_id FROM applications WHERE id = :owner_application_id), "
                    ":application_id, :stage_name, :stage_type, :stage_date, :result, :duration_minutes, "
                    ":interviewer_names, :prep_notes, :questions_asked, :notes, :created_at, :updated_at)");
        bind_stage(q, s);
        q.run();
    });
}

void sql_stage_repository::update(const domain::stage& s) {
    guarded("application_stages.update", [&] {
        query q(session_,
                "UPDATE application_stages SET "
                "user_id = (SELECT user_id FROM applications WHERE id = :owner_application_id), "
                "application_id = :application_id, stage_name = :stage_name, stage_type = :stage_type, "
                "stage_date = :stage_date, result = :result, duration_minutes = :duration_minutes, "
                "interviewer_names = :interviewer_names, prep_notes = :prep_notes, "
                "questions_asked = :questions_asked, notes = :notes, created_at = :created_at, "
                "updated_at = :updated_at WHERE id = :id");
        bind_stage(q, s);
        q.run();
    });
}

void sql_stage_repository::remove(const domain::id& id) {
    guarded("application_stages.remove",
            [&] { query(session_, "DELETE FROM application_stages WHERE id = :id").bind("id", id).run(); });
}

std::optional<domain::stage> sql_stage_repository::find(const domain::id& id) {
    return guarded("application_stages.find", [&] {
        std::optional<domain::stage> found;
        query(session_, "SELECT " + std::string{columns} + " FROM application_stages WHERE id = :id")
            .bind("id", id)
            .each(column_count, [&](const text_row& r) { found = read_stage(r); });
        return found;
    });
}

std::vector<domain::stage> sql_stage_repository::list_for(const std::vector<domain::id>& application_ids) {
    return guarded("application_stages.list_for", [&] {
        std::vector<domain::stage> out;
        std::size_t chunks = 0;
        for_each_id_chunk(application_ids, [&](const std::string& in_sql, const auto& bind_ids) {
            ++chunks;
            query q(session_, "SELECT " + std::string{columns} + " FROM application_stages WHERE application_id IN " +
                                  in_sql + " ORDER BY created_at, id");
            bind_ids(q);
            q.each(column_count, [&](const text_row& r) { out.push_back(read_stage(r)); });
        });
        // Only a very long id list takes several statements; their results are then merged into one order.
        if (chunks > 1)
            std::stable_sort(out.begin(), out.end(), [](const domain::stage& a, const domain::stage& b) {
                return a.created_at != b.created_at ? a.created_at < b.created_at : a.id < b.id;
            });
        return out;
    });
}

std::vector<domain::stage> sql_stage_repository::list_for_user(const domain::id& user_id) {
    return guarded("application_stages.list_for_user", [&] {
        // The copied user_id makes this one indexed scan instead of a join through applications.
        std::vector<domain::stage> out;
        query(session_, "SELECT " + std::string{columns} +
                            " FROM application_stages WHERE user_id = :user_id" + of_live_application("application_id") +
                            " ORDER BY created_at, id")
            .bind("user_id", user_id)
            .each(column_count, [&](const text_row& r) { out.push_back(read_stage(r)); });
        return out;
    });
}

}  // namespace offertracker::adapters::sql

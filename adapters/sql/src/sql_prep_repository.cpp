// Practice sessions with their turns (migration 006): the feedback's lists are JSON text columns, written and read
// whole; removing a session takes its turns (ON DELETE CASCADE); every statement names the owner, so another
// seeker's session is never read or written.
#include "sql_prep_repository.hpp"

#include <array>
#include <utility>

#include <boost/json.hpp>

#include <offertracker/domain/json_text.hpp>

#include "errors.hpp"
#include "paging.hpp"
#include "query.hpp"
#include "recruiting/recruiting_sql.hpp"

namespace offertracker::adapters::sql {
namespace {

using recruiting_sql::columns;
using recruiting_sql::strings_from_json;
using recruiting_sql::strings_to_json;

prep::question_source stored_source(const std::string& text) {
    if (auto source = domain::parse_enum<prep::question_source>(text)) return *source;
    throw ports::storage_error("unknown value in column prep_turns.source");
}

const columns session_columns{"user_id",        "application_id",       "job_title",
                              "company_name",   "cv_text",              "cv_filename",
                              "job_description_text", "created_at",     "completed_at",
                              "feedback_score", "feedback_written_by",  "feedback_strengths",
                              "feedback_weaknesses", "feedback_cv_improvements", "feedback_answers"};

// Boost.JSON rather than domain::json_object_text: the assessments are an array of objects, which that writer
// (objects only) does not build, and reading them back needs a parser anyway.
std::string answers_to_json(const std::vector<prep::answer_assessment>& answers) {
    boost::json::array out;
    for (const auto& a : answers) {
        boost::json::object o;
        o["position"] = a.position;
        o["score"] = a.score;
        o["star_found"] = boost::json::array(a.star_found.begin(), a.star_found.end());
        o["notes"] = boost::json::array(a.notes.begin(), a.notes.end());
        out.push_back(std::move(o));
    }
    return boost::json::serialize(out);
}

[[noreturn]] void corrupt_answers() {
    throw ports::storage_error("prep_sessions.feedback_answers is not an array of assessments");
}

std::vector<std::string> string_list(const boost::json::object& o, std::string_view key) {
    const auto* v = o.if_contains(key);
    if (!v || !v->is_array()) corrupt_answers();
    std::vector<std::string> out;
    for (const auto& item : v->get_array()) {
        if (!item.is_string()) corrupt_answers();
        out.emplace_back(item.get_string());
    }
    return out;
}

int small_integer(const boost::json::object& o, std::string_view key) {
    const auto* v = o.if_contains(key);
    if (!v || !v->is_int64()) corrupt_answers();
    return static_cast<int>(v->get_int64());
}

std::vector<prep::answer_assessment> answers_from_json(const std::string& text) {
    boost::json::error_code ec;
    boost::json::parse_options options;
    options.max_depth = domain::max_json_depth;
    const boost::json::value v = boost::json::parse(text, ec, {}, options);
    if (ec || !v.is_array()) corrupt_answers();
    std::vector<prep::answer_assessment> out;
    for (const auto& item : v.get_array()) {
        if (!item.is_object()) corrupt_answers();
        const auto& o = item.get_object();
        out.push_back({small_integer(o, "position"), small_integer(o, "score"), string_list(o, "star_found"),
                       string_list(o, "notes")});
    }
    return out;
}

std::optional<std::string> optional_timestamp(const std::optional<domain::timestamp>& t) {
    if (!t) return std::nullopt;
    return domain::format_timestamp(*t);
}

prep::practice_session read_session(const text_row& r) {
    prep::practice_session s;
    s.id = r.integer(0);
    s.user_id = r.text(1);
    s.application_id = r.optional_text(2);
    s.job_title = r.text(3);
    s.company_name = r.text(4);
    s.cv_text = r.optional_text(5);
    s.cv_filename = r.optional_text(6);
    s.job_description_text = r.optional_text(7);
    s.created_at = r.timestamp(8);
    if (!r.is_null(9)) s.completed_at = r.timestamp(9);
    if (!r.is_null(10)) {
        prep::feedback f;
        f.score = static_cast<int>(r.integer(10));
        f.written_by = r.text(11);
        f.strengths = strings_from_json(r.text(12), "prep_sessions.feedback_strengths");
        f.weaknesses = strings_from_json(r.text(13), "prep_sessions.feedback_weaknesses");
        f.cv_improvements = strings_from_json(r.text(14), "prep_sessions.feedback_cv_improvements");
        f.answers = answers_from_json(r.text(15));
        s.result = std::move(f);
    }
    return s;
}

// What update writes: every column but id, user_id and created_at.
const std::string session_updates =
    columns::set({"application_id", "job_title", "company_name", "cv_text", "cv_filename", "job_description_text",
                  "completed_at", "feedback_score", "feedback_written_by", "feedback_strengths", "feedback_weaknesses",
                  "feedback_cv_improvements", "feedback_answers"});

// Binds the columns update writes; create adds user_id and created_at.
void bind_session_updates(query& q, const prep::practice_session& s) {
    const auto* f = s.result ? &*s.result : nullptr;
    auto json = [&](auto member) -> std::optional<std::string> {
        if (!f) return std::nullopt;
        return strings_to_json(f->*member);
    };
    q.bind("application_id", s.application_id)
        .bind("job_title", s.job_title)
        .bind("company_name", s.company_name)
        .bind("cv_text", s.cv_text)
        .bind("cv_filename", s.cv_filename)
        .bind("job_description_text", s.job_description_text)
        .bind("completed_at", optional_timestamp(s.completed_at))
        .bind("feedback_score", f ? std::optional<int>{f->score} : std::nullopt)
        .bind("feedback_written_by", f ? std::optional<std::string>{f->written_by} : std::nullopt)
        .bind("feedback_strengths", json(&prep::feedback::strengths))
        .bind("feedback_weaknesses", json(&prep::feedback::weaknesses))
        .bind("feedback_cv_improvements", json(&prep::feedback::cv_improvements))
        .bind("feedback_answers", f ? std::optional<std::string>{answers_to_json(f->answers)} : std::nullopt);
}

constexpr std::string_view turn_columns =
    "session_id, position, question, source, topic, answer, asked_at, answered_at";

prep::turn read_turn(const text_row& r) {
    prep::turn t;
    t.session = r.integer(0);
    t.position = static_cast<int>(r.integer(1));
    t.question = r.text(2);
    t.source = stored_source(r.text(3));
    t.topic = r.text(4);
    t.answer = r.optional_text(5);
    t.asked_at = r.timestamp(6);
    if (!r.is_null(7)) t.answered_at = r.timestamp(7);
    return t;
}

constexpr std::string_view browser_columns = "key_digest, user_id, created_at, expires_at";

prep::browser_session read_browser_session(const text_row& r) {
    return {r.text(0), r.text(1), r.timestamp(2), r.timestamp(3)};
}

std::size_t changed(long long rows) { return static_cast<std::size_t>(rows); }

}  // namespace

prep::session_id sql_prep_repository::create(const prep::practice_session& s) {
    return guarded("prep_sessions.create", [&] {
        query q(session_, session_columns.insert_into("prep_sessions"));
        bind_session_updates(q, s);
        q.bind("user_id", s.user_id).bind("created_at", s.created_at);
        return recruiting_sql::inserted_id(q);
    });
}

std::optional<domain::id> sql_prep_repository::owner_of(prep::session_id id) {
    return guarded("prep_sessions.owner_of", [&] {
        std::optional<domain::id> owner;
        query(session_, "SELECT user_id FROM prep_sessions WHERE id = :id")
            .bind("id", static_cast<long long>(id))
            .each(1, [&](const text_row& r) { owner = r.text(0); });
        return owner;
    });
}

std::optional<prep::practice_session> sql_prep_repository::get(const domain::id& user_id, prep::session_id id) {
    return guarded("prep_sessions.get", [&] {
        std::optional<prep::practice_session> found;
        query(session_, "SELECT " + session_columns.select() +
                            " FROM prep_sessions WHERE id = :id AND user_id = :user_id")
            .bind("id", static_cast<long long>(id))
            .bind("user_id", user_id)
            .each(session_columns.select_count(), [&](const text_row& r) { found = read_session(r); });
        return found;
    });
}

std::vector<prep::practice_session> sql_prep_repository::list(const domain::id& user_id, ports::page p) {
    return guarded("prep_sessions.list", [&] {
        std::vector<prep::practice_session> out;
        query(session_, "SELECT " + session_columns.select() +
                            " FROM prep_sessions WHERE user_id = :user_id "
                            "ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
            .bind("user_id", user_id)
            .bind("limit", sql_limit(p))
            .bind("offset", sql_offset(p))
            .each(session_columns.select_count(), [&](const text_row& r) { out.push_back(read_session(r)); });
        return out;
    });
}

std::size_t sql_prep_repository::count(const domain::id& user_id) {
    return guarded("prep_sessions.count", [&] {
        query q(session_, "SELECT COUNT(*) FROM prep_sessions WHERE user_id = :user_id");
        q.bind("user_id", user_id);
        return recruiting_sql::count_of(q);
    });
}

bool sql_prep_repository::update(const prep::practice_session& s) {
    return guarded("prep_sessions.update", [&] {
        query q(session_, "UPDATE prep_sessions SET " + session_updates + " WHERE id = :id AND user_id = :user_id");
        bind_session_updates(q, s);
        q.bind("id", static_cast<long long>(s.id)).bind("user_id", s.user_id);
        return q.run() > 0;
    });
}

bool sql_prep_repository::remove(const domain::id& user_id, prep::session_id id) {
    return guarded("prep_sessions.remove", [&] {
        return query(session_, "DELETE FROM prep_sessions WHERE id = :id AND user_id = :user_id")
                   .bind("id", static_cast<long long>(id))
                   .bind("user_id", user_id)
                   .run() > 0;
    });
}

std::vector<prep::turn> sql_prep_repository::turns(prep::session_id id) {
    return guarded("prep_turns.list", [&] {
        std::vector<prep::turn> out;
        query(session_, "SELECT " + std::string{turn_columns} +
                            " FROM prep_turns WHERE session_id = :session_id ORDER BY position")
            .bind("session_id", static_cast<long long>(id))
            .each(8, [&](const text_row& r) { out.push_back(read_turn(r)); });
        return out;
    });
}

void sql_prep_repository::put_turn(const prep::turn& t) {
    guarded("prep_turns.put", [&] {
        query(session_, "INSERT INTO prep_turns (" + std::string{turn_columns} +
                            ") VALUES (:session_id, :position, :question, :source, :topic, :answer, :asked_at, "
                            ":answered_at) ON CONFLICT (session_id, position) DO UPDATE SET "
                            "question = excluded.question, source = excluded.source, topic = excluded.topic, "
                            "answer = excluded.answer, asked_at = excluded.asked_at, "
                            "answered_at = excluded.answered_at")
            .bind("session_id", static_cast<long long>(t.session))
            .bind("position", static_cast<long long>(t.position))
            .bind("question", t.question)
            .bind("source", domain::to_string(t.source))
            .bind("topic", t.topic)
            .bind("answer", t.answer)
            .bind("asked_at", t.asked_at)
            .bind("answered_at", optional_timestamp(t.answered_at))
            .run();
    });
}

void sql_browser_session_repository::insert(const prep::browser_session& s) {
    guarded("browser_sessions.insert", [&] {
        query(session_, "INSERT INTO browser_sessions (" + std::string{browser_columns} +
                            ") VALUES (:key_digest, :user_id, :created_at, :expires_at)")
            .bind("key_digest", s.key_digest)
            .bind("user_id", s.user_id)
            .bind("created_at", s.created_at)
            .bind("expires_at", s.expires_at)
            .run();
    });
}

std::optional<prep::browser_session> sql_browser_session_repository::find(const std::string& key_digest) {
    return guarded("browser_sessions.find", [&] {
        std::optional<prep::browser_session> found;
        query(session_, "SELECT " + std::string{browser_columns} + " FROM browser_sessions WHERE key_digest = :key")
            .bind("key", key_digest)
            .each(4, [&](const text_row& r) { found = read_browser_session(r); });
        return found;
    });
}

bool sql_browser_session_repository::remove(const std::string& key_digest) {
    return guarded("browser_sessions.remove", [&] {
        return query(session_, "DELETE FROM browser_sessions WHERE key_digest = :key").bind("key", key_digest).run() >
               0;
    });
}

std::size_t sql_browser_session_repository::remove_for_user(const domain::id& user_id) {
    return guarded("browser_sessions.remove_for_user", [&] {
        return changed(
            query(session_, "DELETE FROM browser_sessions WHERE user_id = :user_id").bind("user_id", user_id).run());
    });
}

std::size_t sql_browser_session_repository::remove_expired(domain::timestamp now) {
    return guarded("browser_sessions.remove_expired", [&] {
        return changed(
            query(session_, "DELETE FROM browser_sessions WHERE expires_at <= :now").bind("now", now).run());
    });
}

}  // namespace offertracker::adapters::sql

// Practice sessions, their turns and browser sessions in memory, with the foreign keys of migration 006.
#include "in_memory_prep_repository.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

#include <offertracker/ports/storage_error.hpp>

namespace offertracker::adapters::memory::detail {
namespace {

// The application link is ON DELETE SET NULL in SQL: a session may name one only while it exists.
void check_session(const store_state& s, const prep::practice_session& p) {
    require_user(s, p.user_id);
    if (p.application_id) require_application(s, *p.application_id);
}

// The user's session with this id, or nullptr: another user's session is as absent as a missing one.
const prep::practice_session* owned(const store_state& s, const domain::id& user_id, prep::session_id id) {
    auto it = s.prep_sessions.find(id);
    if (it == s.prep_sessions.end() || it->second.user_id != user_id) return nullptr;
    return &it->second;
}

}  // namespace

prep::session_id in_memory_prep_repository::create(const prep::practice_session& p) {
    auto& s = unit_.write();
    check_session(s, p);
    auto row = p;
    row.id = ++s.last_prep_session_id;
    s.prep_sessions.emplace(row.id, row);
    return row.id;
}

std::optional<domain::id> in_memory_prep_repository::owner_of(prep::session_id id) {
    const auto& sessions = unit_.read().prep_sessions;
    auto it = sessions.find(id);
    if (it == sessions.end()) return std::nullopt;
    return it->second.user_id;
}

std::optional<prep::practice_session> in_memory_prep_repository::get(const domain::id& user_id,
                                                                     prep::session_id id) {
    if (const auto* p = owned(unit_.read(), user_id, id)) return *p;
    return std::nullopt;
}

std::vector<prep::practice_session> in_memory_prep_repository::list(const domain::id& user_id, ports::page p) {
    std::vector<prep::practice_session> found;
    for (const auto& [id, row] : unit_.read().prep_sessions)
        if (row.user_id == user_id) found.push_back(row);
    std::ranges::sort(found, [](const auto& a, const auto& b) {
        return std::tie(a.created_at, a.id) > std::tie(b.created_at, b.id);
    });
    return page_of(std::move(found), p);
}

std::size_t in_memory_prep_repository::count(const domain::id& user_id) {
    const auto& sessions = unit_.read().prep_sessions;
    return static_cast<std::size_t>(
        std::ranges::count_if(sessions, [&](const auto& row) { return row.second.user_id == user_id; }));
}

bool in_memory_prep_repository::update(const prep::practice_session& p) {
    auto& s = unit_.write();
    auto it = s.prep_sessions.find(p.id);
    if (it == s.prep_sessions.end() || it->second.user_id != p.user_id) return false;
    check_session(s, p);
    const auto created_at = it->second.created_at;
    it->second = p;
    it->second.created_at = created_at;
    return true;
}

bool in_memory_prep_repository::remove(const domain::id& user_id, prep::session_id id) {
    auto& s = unit_.write();
    if (!owned(s, user_id, id)) return false;
    s.prep_sessions.erase(id);
    erase_where(s.prep_turns, [&](const prep::turn& t) { return t.session == id; });
    return true;
}

std::vector<prep::turn> in_memory_prep_repository::turns(prep::session_id id) {
    const auto& all = unit_.read().prep_turns;
    std::vector<prep::turn> out;
    // Keyed (session, position): the session's turns are one ordered run of the map.
    for (auto it = all.lower_bound({id, std::numeric_limits<int>::min()}); it != all.end() && it->first.first == id;
         ++it)
        out.push_back(it->second);
    return out;
}

void in_memory_prep_repository::put_turn(const prep::turn& t) {
    auto& s = unit_.write();
    if (!s.prep_sessions.contains(t.session))
        throw ports::storage_error("in-memory store: foreign key violation: no practice session " +
                                   std::to_string(t.session));
    s.prep_turns.insert_or_assign({t.session, t.position}, t);
}

void in_memory_browser_session_repository::insert(const prep::browser_session& b) {
    auto& s = unit_.write();
    if (s.browser_sessions.contains(b.key_digest)) throw ports::unique_violation("browser_sessions.key_digest is taken");
    require_user(s, b.user_id);
    s.browser_sessions.emplace(b.key_digest, b);
}

std::optional<prep::browser_session> in_memory_browser_session_repository::find(const std::string& key_digest) {
    const auto& sessions = unit_.read().browser_sessions;
    auto it = sessions.find(key_digest);
    if (it == sessions.end()) return std::nullopt;
    return it->second;
}

bool in_memory_browser_session_repository::remove(const std::string& key_digest) {
    return unit_.write().browser_sessions.erase(key_digest) > 0;
}

std::size_t in_memory_browser_session_repository::remove_for_user(const domain::id& user_id) {
    return std::erase_if(unit_.write().browser_sessions, [&](const auto& row) { return row.second.user_id == user_id; });
}

std::size_t in_memory_browser_session_repository::remove_expired(domain::timestamp now) {
    return std::erase_if(unit_.write().browser_sessions, [&](const auto& row) { return row.second.expires_at <= now; });
}

}  // namespace offertracker::adapters::memory::detail

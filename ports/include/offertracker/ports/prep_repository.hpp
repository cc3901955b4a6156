// Interview-prep practice sessions and their questions (prep/records.hpp). Not thread-safe: one instance belongs to
// one unit_of_work. Every read and write takes the owner's user_id: another seeker's session is "not found" at the
// port (nullopt, false, absent from lists), except owner_of, which lets the core tell 403 from 404 as the seed asks.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <offertracker/ports/page.hpp>
#include <offertracker/prep/records.hpp>

namespace offertracker::ports {

class prep_repository {
public:
    virtual ~prep_repository() = default;

    // Assigns and returns the id (s.id is ignored). Throws storage_error when s.user_id names no account.
    virtual prep::session_id create(const prep::practice_session& s) = 0;
    // Who owns a session of any user, or nullopt when there is none with that id.
    virtual std::optional<domain::id> owner_of(prep::session_id id) = 0;
    virtual std::optional<prep::practice_session> get(const domain::id& user_id, prep::session_id id) = 0;
    // The user's sessions, newest first (created_at desc, then id desc), with the page applied.
    virtual std::vector<prep::practice_session> list(const domain::id& user_id, page p) = 0;
    virtual std::size_t count(const domain::id& user_id) = 0;
    // Writes every field but id, user_id and created_at. False when the user has no such session.
    virtual bool update(const prep::practice_session& s) = 0;
    // Removes the session with its turns. False when the user has no such session.
    virtual bool remove(const domain::id& user_id, prep::session_id id) = 0;

    // The session's turns by position. The caller has read the session (so it is the owner's).
    virtual std::vector<prep::turn> turns(prep::session_id id) = 0;
    // Inserts a turn, or replaces the one at the same session and position.
    virtual void put_turn(const prep::turn& t) = 0;
};

// The browser sessions behind the web surface's `session` cookie.
class browser_session_repository {
public:
    virtual ~browser_session_repository() = default;
    // Throws unique_violation if the digest exists (a repeated random secret: never in practice).
    virtual void insert(const prep::browser_session& s) = 0;
    virtual std::optional<prep::browser_session> find(const std::string& key_digest) = 0;
    // False when there was none.
    virtual bool remove(const std::string& key_digest) = 0;
    // Ends every browser session of the user (e.g. when the password changes); returns how many.
    virtual std::size_t remove_for_user(const domain::id& user_id) = 0;
    // Removes sessions that expired at or before `now`; returns how many (signing in sweeps them).
    virtual std::size_t remove_expired(domain::timestamp now) = 0;
};

}  // namespace offertracker::ports

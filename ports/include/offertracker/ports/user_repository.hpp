// Seeker accounts. Not thread-safe: one instance belongs to one unit_of_work.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <offertracker/domain/user.hpp>
#include <offertracker/ports/page.hpp>

namespace offertracker::ports {

class user_repository {
public:
    virtual ~user_repository() = default;

    // Throws unique_violation when the email is taken, or another user's username has the same
    // domain::username_key (look-alikes are one name), also when two transactions race.
    virtual void insert(const domain::user& u) = 0;
    // Replaces every field of the user with this id (no-op if absent). Throws unique_violation likewise, but
    // only checks the username when its key changes (an account stored before usernames were unique by key
    // may share a key with an older one and still update the rest of its profile).
    virtual void update(const domain::user& u) = 0;
    virtual std::optional<domain::user> find(const domain::id& id) = 0;
    // Exact match on the stored (lower-cased) email.
    virtual std::optional<domain::user> find_by_email(std::string_view email) = 0;
    // A user whose username has username's domain::username_key (the oldest, when migration 004 found
    // several look-alikes), or nullopt.
    virtual std::optional<domain::user> find_by_username(std::string_view username) = 0;
    // Users whose visibility is public and whose username or display_name contains q (ASCII
    // case-insensitive, q taken literally: '%' and '_' are not wildcards), ordered by username;
    // the page is applied after filtering.
    virtual std::vector<domain::user> search_public(std::string_view q, page p) = 0;
};

}  // namespace offertracker::ports

// Users in memory: the uniqueness rules of the users table and the public profile search.
#include <algorithm>

#include <offertracker/domain/username.hpp>
#include <offertracker/ports/storage_error.hpp>

#include "in_memory_user_repository.hpp"

namespace offertracker::adapters::memory::detail {
namespace {

// Checks the unique columns against every user other than u itself: the email, and the username's canonical
// key (migration 004's unique username_key). check_name is false for an update that keeps the key, as the
// SQL stores keep an unchanged key's rank.
void check_unique(const store_state& s, const domain::user& u, bool check_name) {
    const auto key = domain::username_key(u.username);
    for (const auto& [id, other] : s.users) {
        if (id == u.id) continue;
        if (other.email == u.email) throw ports::unique_violation("users.email is taken");
        if (check_name && domain::username_key(other.username) == key)
            throw ports::unique_violation("users.username_key is taken");
    }
}

}  // namespace

void in_memory_user_repository::insert(const domain::user& u) {
    auto& s = unit_.write();
    if (s.users.contains(u.id)) throw ports::unique_violation("users.id is taken");
    check_unique(s, u, true);
    s.users.emplace(u.id, u);
}

void in_memory_user_repository::update(const domain::user& u) {
    auto& s = unit_.write();
    auto it = s.users.find(u.id);
    if (it == s.users.end()) return;
    check_unique(s, u, domain::username_key(it->second.username) != domain::username_key(u.username));
    it->second = u;
}

std::optional<domain::user> in_memory_user_repository::find(const domain::id& id) {
    const auto& users = unit_.read().users;
    auto it = users.find(id);
    if (it == users.end()) return std::nullopt;
    return it->second;
}

std::optional<domain::user> in_memory_user_repository::find_by_email(std::string_view email) {
    for (const auto& [id, u] : unit_.read().users)
        if (u.email == email) return u;
    return std::nullopt;
}

std::optional<domain::user> in_memory_user_repository::find_by_username(std::string_view username) {
    const auto key = domain::username_key(username);
    for (const auto& [id, u] : unit_.read().users)
        if (domain::username_key(u.username) == key) return u;
    return std::nullopt;
}

std::vector<domain::user> in_memory_user_repository::search_public(std::string_view q, ports::page p) {
    const std::string needle = ascii_lower(q);
    auto contains = [&](std::string_view text) { return ascii_lower(text).find(needle) != std::string::npos; };

    std::vector<domain::user> found;
    for (const auto& [id, u] : unit_.read().users) {
        if (u.visibility != domain::profile_visibility::public_) continue;
        if (contains(u.username) || (u.display_name && contains(*u.display_name))) found.push_back(u);
    }
    std::ranges::sort(found, {}, &domain::user::username);
    return page_of(std::move(found), p);
}

}  // namespace offertracker::adapters::memory::detail

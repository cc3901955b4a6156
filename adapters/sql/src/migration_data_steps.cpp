// Migration 004's username keys: domain::username_key is C++ (full Unicode case folding), so no SQL function
// of either engine computes it the same way; the migrator fills it here instead.
#include "migration_data_steps.hpp"

#include <set>
#include <string>
#include <utility>
#include <vector>

#include <offertracker/domain/username.hpp>

#include "query.hpp"

namespace offertracker::adapters::sql {
namespace {

// The oldest account of each group of look-alikes gets the key; the later ones keep their name and a NULL
// key, so an existing collision never fails the migration (see schema/*/004_*.sql).
void fill_username_keys(soci::session& s) {
    std::vector<std::pair<std::string, std::string>> users;  // id, username, oldest first
    query(s, "SELECT id, username FROM users WHERE username_key IS NULL ORDER BY created_at, id")
        .each(2, [&](const text_row& r) { users.emplace_back(r.text(0), r.text(1)); });
    std::set<std::string> taken;
    for (const auto& [id, username] : users) {
        auto key = domain::username_key(username);
        if (!taken.insert(key).second) continue;
        query(s, "UPDATE users SET username_key = :key WHERE id = :id").bind("key", key).bind("id", id).run();
    }
}

}  // namespace

void run_migration_data_step(soci::session& s, int version) {
    if (version == 4) fill_username_keys(s);
}

}  // namespace offertracker::adapters::sql

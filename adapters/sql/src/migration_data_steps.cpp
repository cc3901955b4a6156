// Values migrations need that no SQL function of either engine computes the same way, filled by the migrator:
// 004's username keys (domain::username_key, full Unicode case folding) and 007's job URL keys
// (pipeline::job_url_key).
#include "migration_data_steps.hpp"

#include <map>
#include <string>
#include <utility>
#include <vector>

#include <offertracker/domain/username.hpp>
#include <offertracker/pipeline/job_url.hpp>

#include "query.hpp"

namespace offertracker::adapters::sql {
namespace {

// Every account gets its key; within a group of look-alikes the oldest gets rank 0 and the later ones 1, 2, ...
// so an existing collision never fails the migration (see schema/*/004_*.sql).
void fill_username_keys(soci::session& s) {
    std::vector<std::pair<std::string, std::string>> users;  // id, username, oldest first
    query(s, "SELECT id, username FROM users ORDER BY created_at, id")
        .each(2, [&](const text_row& r) { users.emplace_back(r.text(0), r.text(1)); });
    std::map<std::string, long long> seen;  // key -> accounts holding it so far
    for (const auto& [id, username] : users) {
        auto key = domain::username_key(username);
        const long long rank = seen[key]++;
        query(s, "UPDATE users SET username_key = :key, username_key_rank = :rank WHERE id = :id")
            .bind("key", key)
            .bind("rank", rank)
            .bind("id", id)
            .run();
    }
}

void fill_job_url_keys(soci::session& s) {
    std::vector<std::pair<std::string, std::string>> rows;  // id, url
    query(s, "SELECT id, url FROM applications WHERE url IS NOT NULL")
        .each(2, [&](const text_row& r) { rows.emplace_back(r.text(0), r.text(1)); });
    for (const auto& [id, url] : rows) {
        auto key = pipeline::job_url_key(url);
        if (!key) continue;
        query(s, "UPDATE applications SET url_key = :key WHERE id = :id").bind("key", *key).bind("id", id).run();
    }
}

}  // namespace

void run_migration_data_step(soci::session& s, int version) {
    if (version == 4) fill_username_keys(s);
    if (version == 7) fill_job_url_keys(s);
}

}  // namespace offertracker::adapters::sql

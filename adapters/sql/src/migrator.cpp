// One migration per transaction, each re-reading schema_migrations under the migration lock, so two
// processes starting together apply each migration exactly once and a failure keeps earlier ones.
#include "migrator.hpp"

#include <chrono>
#include <set>
#include <soci/soci.h>

#include <offertracker/domain/time.hpp>
#include <offertracker/ports/storage_error.hpp>

#include "errors.hpp"
#include "migration_data_steps.hpp"
#include "query.hpp"

namespace offertracker::adapters::sql {
namespace {

std::vector<applied_migration> recorded(soci::session& s) {
    std::vector<applied_migration> out;
    query(s, "SELECT version, name FROM schema_migrations ORDER BY version").each(2, [&](const text_row& r) {
        out.push_back({static_cast<int>(r.integer(0)), r.text(1)});
    });
    return out;
}

void rollback_quietly(soci::session& s) {
    try {
        s << "ROLLBACK";
    } catch (...) {
        // The pool's health check replaces the session if the rollback did not take.
    }
}

// Applies the first pending migration, if any, in one transaction. Returns it, or nullopt when up to date.
std::optional<applied_migration> apply_next(session_pool& pool, std::optional<int> up_to) {
    auto lease = pool.acquire();
    soci::session& s = lease.session();
    const dialect& d = lease.dialect();
    std::string context = "migrate";
    try {
        s << std::string{d.begin_statement(ports::access::read_write)};
        d.lock_migrations(s);
        s << std::string{d.create_migrations_table()};
        std::set<int> done;
        for (const auto& m : recorded(s)) done.insert(m.version);
        for (const auto& m : d.migrations()) {
            if (done.contains(m.version)) continue;
            if (up_to && m.version > *up_to) break;
            context = "migration " + std::to_string(m.version) + " (" + std::string{m.name} + ")";
            d.execute_script(s, m.sql);
            run_migration_data_step(s, m.version);
            const auto now = std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now());
            query(s, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:version, :name, :applied_at)")
                .bind("version", static_cast<long long>(m.version))
                .bind("name", m.name)
                .bind("applied_at", domain::timestamp{now})
                .run();
            s << "COMMIT";
            return applied_migration{m.version, std::string{m.name}};
        }
        s << "COMMIT";
        return std::nullopt;
    } catch (...) {
        rollback_quietly(s);
        rethrow_as_storage_error(context);
    }
}

}  // namespace

std::vector<applied_migration> apply_pending_migrations(session_pool& pool, std::optional<int> up_to) {
    std::vector<applied_migration> applied;
    while (auto m = apply_next(pool, up_to)) applied.push_back(std::move(*m));
    return applied;
}

std::vector<applied_migration> read_applied_migrations(session_pool& pool) {
    auto lease = pool.acquire();
    soci::session& s = lease.session();
    return guarded("reading schema_migrations", [&] {
        std::vector<applied_migration> out;
        s << std::string{lease.dialect().begin_statement(ports::access::read_only)};
        try {
            bool exists = false;
            query(s, std::string{lease.dialect().migrations_table_exists()}).each(1, [&](const text_row& r) {
                exists = r.integer(0) > 0;
            });
            if (exists) out = recorded(s);
            s << "COMMIT";
        } catch (...) {
            rollback_quietly(s);
            throw;
        }
        return out;
    });
}

}  // namespace offertracker::adapters::sql

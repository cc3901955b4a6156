// The store: parses the URL, owns the session pool, opens units of work and runs migrations.
#include <offertracker/adapters/sql/sql_store.hpp>

#include <stdexcept>

#include "migrator.hpp"
#include "recruiting/sql_recruiting_store.hpp"
#include "rerun_pause.hpp"
#include "session_pool.hpp"
#include "sql_unit_of_work.hpp"

namespace offertracker::adapters::sql {
namespace {

std::unique_ptr<session_pool> make_pool(const database_url& url, std::size_t pool_size) {
    if (pool_size == 0) throw std::invalid_argument("sql_store: pool_size must be at least 1");
    return std::make_unique<session_pool>(dialect{url.kind}, url.target, pool_size);
}

}  // namespace

sql_store::sql_store(std::string_view url, std::size_t pool_size) : kind_(parse_database_url(url).kind) {
    pool_ = make_pool(parse_database_url(url), pool_size);
    recruiting_ = std::make_unique<sql_recruiting_store>(*pool_);
}

sql_store::~sql_store() = default;

std::unique_ptr<ports::unit_of_work> sql_store::begin(ports::access mode) {
    return std::make_unique<sql_unit_of_work>(pool_->acquire(), mode);
}

void sql_store::pause_before_rerun(int rerun) { pause_after_conflict(rerun); }

ports::recruiting_store& sql_store::recruiting() { return *recruiting_; }

std::vector<applied_migration> sql_store::migrate(std::optional<int> up_to_version) {
    return apply_pending_migrations(*pool_, up_to_version);
}

std::vector<applied_migration> sql_store::applied_migrations() { return read_applied_migrations(*pool_); }

}  // namespace offertracker::adapters::sql

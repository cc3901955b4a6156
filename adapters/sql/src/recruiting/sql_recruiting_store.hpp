// ports::recruiting_store over the seeker store's session pool: it owns nothing, so both surfaces share one set of
// connections, one begin statement and one rerun pause.
#pragma once

#include <offertracker/ports/recruiting_store.hpp>

#include "../session_pool.hpp"

namespace offertracker::adapters::sql {

class sql_recruiting_store final : public ports::recruiting_store {
public:
    explicit sql_recruiting_store(session_pool& pool) : pool_(pool) {}

    // Blocks (up to the pool's wait limit) while every session is in use, then throws ports::storage_error.
    std::unique_ptr<ports::recruiting_unit_of_work> begin(ports::access mode) override;
    // The same random, growing pause as sql_store's.
    void pause_before_rerun(int rerun) override;

private:
    session_pool& pool_;
};

}  // namespace offertracker::adapters::sql

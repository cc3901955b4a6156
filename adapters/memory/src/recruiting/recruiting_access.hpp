// What a repository of an in-memory Recruiting unit of work may touch: the live tables, through the unit's rules.
#pragma once

#include <optional>

#include "recruiting_state.hpp"

namespace offertracker::adapters::memory::detail {

// Owned by one unit of work; the unit already holds the store's lock, so no locking happens here.
class recruiting_access {
public:
    recruiting_access(recruiting_state& state, bool writable) : state_(state), writable_(writable) {}

    const recruiting_state& read() const { return state_; }
    // The tables for writing. The first call snapshots them so that rollback() can restore them.
    // Throws ports::storage_error in a read-only unit or after commit.
    recruiting_state& write();

    void commit();
    // Restores the snapshot taken by the first write, if any and not committed.
    void rollback() noexcept;

private:
    recruiting_state& state_;
    bool writable_;
    bool committed_ = false;
    std::optional<recruiting_state> snapshot_;
};

}  // namespace offertracker::adapters::memory::detail

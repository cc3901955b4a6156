// What a repository of an in-memory unit of work may touch: the live tables, through the unit's rules.
#pragma once

#include <optional>

#include "store_state.hpp"

namespace offertracker::adapters::memory::detail {

// Owned by one unit of work; the unit already holds the store's lock, so no locking happens here.
class unit_access {
public:
    unit_access(store_state& state, bool writable) : state_(state), writable_(writable) {}

    const store_state& read() const { return state_; }
    // The tables for writing. The first call snapshots them so that rollback() can restore them.
    // Throws ports::storage_error in a read-only unit or after commit.
    store_state& write();

    void commit();
    // Restores the snapshot taken by the first write, if any and not committed.
    void rollback() noexcept;

private:
    store_state& state_;
    bool writable_;
    bool committed_ = false;
    std::optional<store_state> snapshot_;
};

}  // namespace offertracker::adapters::memory::detail

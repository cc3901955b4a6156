// Snapshot-on-first-write rollback for in-memory units of work.
#include "unit_access.hpp"

#include <offertracker/ports/storage_error.hpp>

namespace offertracker::adapters::memory::detail {

store_state& unit_access::write() {
    // A read_only unit only holds a shared lock: writing would race with other readers.
    if (!writable_) throw ports::storage_error("in-memory store: write in a read-only unit of work");
    if (committed_) throw ports::storage_error("in-memory store: write after commit");
    if (!snapshot_) snapshot_.emplace(state_);
    return state_;
}

void unit_access::commit() {
    if (committed_) throw ports::storage_error("in-memory store: unit of work committed twice");
    committed_ = true;
    snapshot_.reset();
}

void unit_access::rollback() noexcept {
    if (committed_ || !snapshot_) return;
    // Moving maps with the default allocator cannot throw, so rollback cannot fail half way.
    state_ = std::move(*snapshot_);
    snapshot_.reset();
}

}  // namespace offertracker::adapters::memory::detail

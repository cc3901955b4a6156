// Snapshot-on-first-write rollback for in-memory Recruiting units of work.
#include "recruiting_access.hpp"

#include <offertracker/ports/storage_error.hpp>

namespace offertracker::adapters::memory::detail {

recruiting_state& recruiting_access::write() {
    // A read_only unit only holds a shared lock: writing would race with other readers.
    if (!writable_) throw ports::storage_error("in-memory recruiting store: write in a read-only unit of work");
    if (committed_) throw ports::storage_error("in-memory recruiting store: write after commit");
    if (!snapshot_) snapshot_.emplace(state_);
    return state_;
}

void recruiting_access::commit() {
    if (committed_) throw ports::storage_error("in-memory recruiting store: unit of work committed twice");
    committed_ = true;
    snapshot_.reset();
}

void recruiting_access::rollback() noexcept {
    if (committed_ || !snapshot_) return;
    // Moving maps with the default allocator cannot throw, so rollback cannot fail half way.
    state_ = std::move(*snapshot_);
    snapshot_.reset();
}

}  // namespace offertracker::adapters::memory::detail

// A store that keeps every table in process memory: for the core's tests and for embedders.
#pragma once

#include <memory>
#include <shared_mutex>

#include <offertracker/ports/unit_of_work.hpp>

namespace offertracker::adapters::memory {

namespace detail {
struct store_state;
}

// Behaves like the SQL stores: the same orderings, uniqueness rules (throwing ports::unique_violation:
// users.email, users.username, one outcome and one reflection per application, tag names per user, one
// assignment per (application, tag), ids per table, browser-session digests), foreign keys (a missing parent
// row throws ports::storage_error), cascades and unlinks. Practice-session ids count from 1 and a committed one
// is never handed out again (one a rolled-back unit took may be, as with SQLite's AUTOINCREMENT). It holds the 12 milestones of domain::milestone_definitions
// from construction, as migration 002 seeds them.
//
// Transactions are serializable by locking: a unit of work holds the store's std::shared_mutex for its
// whole lifetime — read_only units share it, read_write units hold it exclusively. So a thread that keeps
// one unit open and begins another that conflicts with it deadlocks; finish (destroy) a unit first.
// Writes go straight to the live tables; the first write of a unit copies every table, and destroying the
// unit without commit() restores that copy. That costs O(size of the store) time and memory once per
// writing unit: fine for tests and small embedded data sets, not for large ones.
// A write in a read_only unit, or after commit(), throws ports::storage_error (a second commit() too).
//
// Thread-safe: begin() may be called from any thread. Each unit is used by one thread at a time, and
// every unit must be destroyed before the store.
class in_memory_store final : public ports::store {
public:
    in_memory_store();
    ~in_memory_store() override;
    in_memory_store(const in_memory_store&) = delete;
    in_memory_store& operator=(const in_memory_store&) = delete;

    // Blocks until the lock for mode is available.
    std::unique_ptr<ports::unit_of_work> begin(ports::access mode) override;

private:
    std::shared_mutex mutex_;
    std::unique_ptr<detail::store_state> state_;
};

}  // namespace offertracker::adapters::memory

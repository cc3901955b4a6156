// A Recruiting store that keeps every table in process memory: for the core's tests, headless runs and embedders.
#pragma once

#include <memory>
#include <shared_mutex>

#include <offertracker/ports/recruiting_store.hpp>

namespace offertracker::adapters::memory {

namespace detail {
struct recruiting_state;
}

// Behaves like the SQL Recruiting store: ids from a counter per table starting at 1; the same orderings; the
// same uniqueness rules (throwing ports::unique_violation: a member email, compared case-insensitively, in any
// org; one application per (job_id, candidate_id)); foreign keys (a parent missing from the org, such as an
// application's job in another org, throws ports::storage_error); and the cascades the port documents.
//
// Transactions work as in_memory_store's: a unit holds the store's std::shared_mutex for its whole lifetime,
// shared for read_only units and exclusive for read_write ones, so readers only ever see committed state and
// there is one writer at a time. The first write of a unit copies every table (counters included), and destroying
// the unit without commit() restores that copy. A thread that keeps one unit open and begins a conflicting one
// deadlocks. A write in a read_only unit, or after commit(), throws ports::storage_error (a second commit() too).
//
// Thread-safe: begin() may be called from any thread. Each unit is used by one thread at a time, and every unit
// must be destroyed before the store.
class in_memory_recruiting_store final : public ports::recruiting_store {
public:
    in_memory_recruiting_store();
    ~in_memory_recruiting_store() override;
    in_memory_recruiting_store(const in_memory_recruiting_store&) = delete;
    in_memory_recruiting_store& operator=(const in_memory_recruiting_store&) = delete;

    // Blocks until the lock for mode is available.
    std::unique_ptr<ports::recruiting_unit_of_work> begin(ports::access mode) override;

private:
    std::shared_mutex mutex_;
    std::unique_ptr<detail::recruiting_state> state_;
};

}  // namespace offertracker::adapters::memory

// The one place a write that lost a race is run again, below every surface and every embedder.
#pragma once

#include <type_traits>

#include <offertracker/ports/storage_error.hpp>
#include <offertracker/ports/unit_of_work.hpp>

namespace offertracker::ports {

// How many times in_write_unit runs a body in all before a transaction_conflict propagates.
inline constexpr int write_attempts = 5;

// Runs body(unit) in a fresh read_write unit of work and returns what it returns; the body commits (or returns
// without committing, which rolls back). When the attempt loses a race (transaction_conflict from begin(), a
// repository call or commit()), the unit is destroyed first, which rolls everything it wrote back, then the
// store pauses (store::pause_before_rerun) and the body runs again from the start, up to write_attempts times;
// the last conflict propagates. So a body must leave no effect outside its unit before it commits: ids and
// timestamps it takes are taken again, and slow or external work (hashing, file storage) belongs outside it.
// Reads (read_only units) are not rerun: they take no write locks, so they are not the ones that lose a race.
// Store is any store of units (ports::store, ports::recruiting_store): begin(access) and pause_before_rerun(int).
template <class Store, class Body>
auto in_write_unit(Store& st, Body&& body) -> std::invoke_result_t<Body&, decltype(*st.begin(access::read_write))> {
    for (int attempt = 1;; ++attempt) {
        try {
            auto unit = st.begin(access::read_write);
            return body(*unit);
        } catch (const transaction_conflict&) {
            if (attempt == write_attempts) throw;
        }
        st.pause_before_rerun(attempt);
    }
}

}  // namespace offertracker::ports

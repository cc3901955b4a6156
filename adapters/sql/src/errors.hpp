// Turns driver exceptions into the ports' storage_error / unique_violation, without bound values.
#pragma once

#include <string_view>

namespace offertracker::adapters::sql {

// Call only from inside a catch block. Rethrows ports::storage_error (and unique_violation) as they are;
// a SOCI error that breaks a UNIQUE constraint (SQLite "UNIQUE constraint failed", PostgreSQL SQLSTATE
// 23505) becomes unique_violation; anything else becomes storage_error. The message is context plus the
// first line of the engine's message: never SOCI's what(), which may list the statement and bound values,
// and never PostgreSQL's DETAIL line, which quotes row values.
[[noreturn]] void rethrow_as_storage_error(std::string_view context);

// Runs f, translating whatever it throws with rethrow_as_storage_error(context).
template <class F>
decltype(auto) guarded(std::string_view context, F&& f) {
    try {
        return f();
    } catch (...) {
        rethrow_as_storage_error(context);
    }
}

}  // namespace offertracker::adapters::sql

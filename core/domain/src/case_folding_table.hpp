// The generated case folding data (case_folding_table.cpp), internal to the domain library.
#pragma once

#include <array>
#include <span>

namespace offertracker::domain::detail {

// Every stride-th code point from first to last (inclusive) folds to itself plus delta.
struct fold_run {
    char32_t first;
    char32_t last;
    int stride;
    int delta;
};

// A code point that folds to two or three code points (unused places are 0).
struct fold_expansion {
    char32_t from;
    std::array<char32_t, 3> to;
};

// Sorted by first, not overlapping.
std::span<const fold_run> fold_runs() noexcept;
// Sorted by from; a code point here is in no run.
std::span<const fold_expansion> fold_expansions() noexcept;

}  // namespace offertracker::domain::detail

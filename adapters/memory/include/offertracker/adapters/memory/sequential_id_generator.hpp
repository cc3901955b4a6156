// Predictable ids for tests: UUID-v4-shaped strings numbered 1, 2, 3, ...
#pragma once

#include <atomic>
#include <cstdint>

#include <offertracker/ports/id_generator.hpp>

namespace offertracker::adapters::memory {

// The n-th id is "00000000-0000-4000-8000-" followed by n in 12 lower-case hex digits (bits above 48 go to
// the first group), e.g. 00000000-0000-4000-8000-000000000001: canonical lower-case form with the version 4
// and RFC 4122 variant nibbles, so it passes any UUID validation, and text order is issue order.
// NOT random: for tests and reproducible embedding only. Thread-safe; never fails.
class sequential_id_generator final : public ports::id_generator {
public:
    explicit sequential_id_generator(std::uint64_t first = 1) : next_(first) {}

    domain::id new_id() override;
    // The id that the n-th call yields (for assertions).
    static domain::id id_for(std::uint64_t n);

private:
    std::atomic<std::uint64_t> next_;
};

}  // namespace offertracker::adapters::memory

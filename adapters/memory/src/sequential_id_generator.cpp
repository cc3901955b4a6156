// Numbered, UUID-shaped ids.
#include <offertracker/adapters/memory/sequential_id_generator.hpp>

#include <cstdio>

namespace offertracker::adapters::memory {

domain::id sequential_id_generator::new_id() {
    return id_for(next_.fetch_add(1));
}

domain::id sequential_id_generator::id_for(std::uint64_t n) {
    // Bits above 48 (only after 2^48 ids) spill into the first group so ids stay unique and canonical.
    char text[37];
    std::snprintf(text, sizeof text, "%08llx-0000-4000-8000-%012llx",
                  static_cast<unsigned long long>(n >> 48),
                  static_cast<unsigned long long>(n & 0xffff'ffff'ffffULL));
    return text;
}

}  // namespace offertracker::adapters::memory

// Warnings kept in a vector under a mutex.
#include <offertracker/adapters/memory/recording_event_log.hpp>

namespace offertracker::adapters::memory {

void recording_event_log::warning(std::string_view message) noexcept {
    try {
        std::lock_guard lock(mutex_);
        warnings_.emplace_back(message);
    } catch (...) {
        // Dropped: see the header.
    }
}

std::vector<std::string> recording_event_log::warnings() const {
    std::lock_guard lock(mutex_);
    return warnings_;
}

}  // namespace offertracker::adapters::memory

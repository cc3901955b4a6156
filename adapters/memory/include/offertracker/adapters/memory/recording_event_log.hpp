// An event log that keeps its lines in memory: for tests (to assert on them) and embedders that read them.
#pragma once

#include <mutex>
#include <string>
#include <vector>

#include <offertracker/ports/event_log.hpp>

namespace offertracker::adapters::memory {

// Thread-safe (one mutex). A line that cannot be stored (out of memory) is dropped, as warning() must not throw.
class recording_event_log final : public ports::event_log {
public:
    void warning(std::string_view message) noexcept override;

    // Every warning so far, oldest first.
    std::vector<std::string> warnings() const;

private:
    mutable std::mutex mutex_;
    std::vector<std::string> warnings_;
};

}  // namespace offertracker::adapters::memory

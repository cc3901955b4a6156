// One line per event on stderr, timestamped, safe from any thread.
#pragma once

#include <mutex>
#include <string_view>

#include <offertracker/ports/event_log.hpp>

namespace offertracker::app {

// Also the event log the use cases report to (as "warning: ..." lines).
class log_sink final : public ports::event_log {
public:
    void operator()(std::string_view line);
    void warning(std::string_view message) noexcept override;

private:
    std::mutex mutex_;
};

}  // namespace offertracker::app

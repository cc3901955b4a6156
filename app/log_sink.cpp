// A minimal thread-safe logger: the access log and start-up messages go through it.
#include "log_sink.hpp"

#include <chrono>
#include <cstdio>
#include <string>

#include <offertracker/domain/time.hpp>

namespace offertracker::app {

void log_sink::operator()(std::string_view line) {
    const auto now = std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now());
    const std::string stamp = domain::format_timestamp(domain::timestamp{now.time_since_epoch()});
    std::lock_guard lock(mutex_);
    std::fprintf(stderr, "%s %.*s\n", stamp.c_str(), static_cast<int>(line.size()), line.data());
}

void log_sink::warning(std::string_view message) noexcept {
    try {
        (*this)("warning: " + std::string(message));
    } catch (...) {
        // Out of memory or a broken stderr: nothing better to report it to.
    }
}

}  // namespace offertracker::app

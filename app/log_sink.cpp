// A minimal thread-safe logger: the access log and start-up messages go through it.
#include "log_sink.hpp"

#include <chrono>
#include <cstdio>

#include <offertracker/domain/time.hpp>

namespace offertracker::app {

void log_sink::operator()(std::string_view line) {
    const auto now = std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now());
    const std::string stamp = domain::format_timestamp(domain::timestamp{now.time_since_epoch()});
    std::lock_guard lock(mutex_);
    std::fprintf(stderr, "%s %.*s\n", stamp.c_str(), static_cast<int>(line.size()), line.data());
}

}  // namespace offertracker::app

// One line per event on stderr, timestamped, safe from any thread.
#pragma once

#include <mutex>
#include <string_view>

namespace offertracker::app {

class log_sink {
public:
    void operator()(std::string_view line);

private:
    std::mutex mutex_;
};

}  // namespace offertracker::app

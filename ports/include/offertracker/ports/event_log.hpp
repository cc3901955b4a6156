// Where the core reports a failure it recovered from but an operator should hear about (an uploaded file left
// behind after a committed change). Thread-safe. warning() never throws: reporting must not fail a request.
#pragma once

#include <string_view>

namespace offertracker::ports {

class event_log {
public:
    virtual ~event_log() = default;
    // One line of plain text, never holding a password, token or file content.
    virtual void warning(std::string_view message) noexcept = 0;
};

}  // namespace offertracker::ports

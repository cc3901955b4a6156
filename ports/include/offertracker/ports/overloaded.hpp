// A bounded resource has no room right now. Not a defect and not the client's fault: surfaces answer 503 with
// Retry-After at once instead of letting the request wait without bound.
#pragma once

#include <chrono>
#include <stdexcept>
#include <string>

namespace offertracker::ports {

class overloaded : public std::runtime_error {
public:
    overloaded(const std::string& what, std::chrono::seconds retry_after)
        : std::runtime_error(what), retry_after_(retry_after) {}
    // When trying again is likely to find room.
    [[nodiscard]] std::chrono::seconds retry_after() const noexcept { return retry_after_; }

private:
    std::chrono::seconds retry_after_;
};

}  // namespace offertracker::ports

// The OfferTracker surface on the real Beast server, in process, over in-memory adapters, with short timeouts:
// for slow-client tests that would take minutes against the executable's 30 s / 60 s defaults.
#pragma once

#include <chrono>
#include <memory>

namespace offertracker::crash_test {

class inprocess_server {
public:
    // read_timeout bounds one request from its first byte; idle_timeout the wait for the next one.
    inprocess_server(std::chrono::seconds read_timeout, std::chrono::seconds idle_timeout, unsigned workers = 2);
    ~inprocess_server();
    [[nodiscard]] unsigned short port() const;

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

}  // namespace offertracker::crash_test

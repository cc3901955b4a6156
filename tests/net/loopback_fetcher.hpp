// The real guarded fetcher as tests use it against their own loopback servers: loopback allowed by the address
// policy (or not, to prove a refusal), a resolver that answers only the names a test maps, and every connection
// attempt counted in before_connect, which also vetoes anything but 127.0.0.1 whatever the policy says.
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "offertracker/net/guarded_fetcher.hpp"

namespace offertracker::testing {

class mapped_resolver final : public ports::resolver {
public:
    std::map<std::string, std::vector<std::string>, std::less<>> names;
    std::vector<std::string> resolve(std::string_view host) override {
        auto it = names.find(host);
        return it == names.end() ? std::vector<std::string>{} : it->second;
    }
};

struct loopback_fetcher {
    mapped_resolver resolver;
    std::shared_ptr<std::atomic<int>> connection_attempts = std::make_shared<std::atomic<int>>(0);
    net::guarded_fetcher fetcher;

    // allow_loopback false: the production policy (public unicast only), which refuses 127.0.0.1.
    explicit loopback_fetcher(bool allow_loopback = true) : fetcher(resolver, config(allow_loopback)) {}

private:
    net::fetcher_config config(bool allow_loopback) {
        net::fetcher_config c;
        if (allow_loopback) c.allowed_classes = {net::address_class::loopback};
        c.before_connect = [attempts = connection_attempts](std::string_view address, std::uint16_t) {
            ++*attempts;
            return address == "127.0.0.1";
        };
        return c;
    }
};

}  // namespace offertracker::testing

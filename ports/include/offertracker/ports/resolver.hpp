// Host name -> IP addresses, for the outbound fetcher's SSRF guard: the fetcher resolves a host once through this
// port, checks every address, and connects only to an address it checked. Tests substitute a resolver that maps
// names to private, loopback or link-local addresses, so the guard is proven without a packet leaving loopback.
// Implemented by adapters/net (system_resolver, on the system's resolver).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace offertracker::ports {

class resolver {
public:
    virtual ~resolver() = default;
    // The addresses of `host` as text ("93.184.216.34", "2606:2800:220:1::1"), in the order to try them.
    // Empty when the name does not resolve. Never throws for a name that does not resolve.
    virtual std::vector<std::string> resolve(std::string_view host) = 0;
};

}  // namespace offertracker::ports

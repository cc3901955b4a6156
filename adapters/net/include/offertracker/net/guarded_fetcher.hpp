// ports::http_fetcher on Boost.Beast + OpenSSL, with the SSRF guard (README "Outbound fetching"):
//  - http and https only; userinfo refused; the fragment dropped;
//  - the host is resolved once through ports::resolver (an IP literal is not resolved); every address it returns
//    is checked with the address policy, and one refused address refuses the fetch (refused_address, with it);
//  - the connection goes to a checked address, never to a name (no second resolution, no DNS rebinding);
//  - at most options.max_redirects redirects (301, 302, 303, 307, 308); each new URL is checked the same way;
//    303 turns the request into a GET without a body; Authorization and Cookie are dropped when the origin changes;
//  - options.max_bytes per response body, options.timeout for the whole fetch (resolution excepted: the system
//    resolver has its own timeouts);
//  - https: SNI, the system CA store, certificate and host name (or IP) verification always on.
// Beast, Asio and OpenSSL stay inside src/.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <string_view>

#include "offertracker/net/address_policy.hpp"
#include "offertracker/ports/http_fetcher.hpp"
#include "offertracker/ports/resolver.hpp"

namespace offertracker::net {

struct fetcher_config {
    // Address classes allowed besides public unicast. Empty by default; the setting `scraper_allow_private`
    // maps to allowing_private().
    std::set<address_class> allowed_classes;
    // Called before each connection attempt with the checked address and port; returning false skips the
    // address (as if it refused the connection). Tests count attempts with it and veto anything but loopback.
    std::function<bool(std::string_view address, std::uint16_t port)> before_connect;
    // Extra trust anchors (PEM) on top of the system CA store; for tests and private CAs. Verification stays on.
    std::string extra_ca_pem;
    std::string user_agent = "OfferTracker/0.1";

    static fetcher_config allowing_private();  // every non-public class allowed
};

class guarded_fetcher final : public ports::http_fetcher {
public:
    guarded_fetcher(ports::resolver& resolver, fetcher_config config = {});
    ~guarded_fetcher() override;
    ports::fetch_result fetch(const ports::fetch_request& request,
                              const ports::fetch_options& options = {}) override;

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

// Whether `config` lets the fetcher connect to `address` (text as a resolver returns it). Unparseable: refused.
bool address_allowed(const fetcher_config& config, std::string_view address);

}  // namespace offertracker::net

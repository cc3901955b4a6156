// Absolute http(s) URLs as the fetcher accepts them: scheme, host (a name, an IPv4 literal or a bracketed IPv6
// literal), port, path and query. Userinfo is refused (it hides the real host from a reader); a fragment is dropped;
// control characters and spaces are refused anywhere (no request splitting). Std only.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "offertracker/ports/http_fetcher.hpp"

namespace offertracker::net {

struct url {
    std::string scheme;   // "http" or "https"
    std::string host;     // lowercase; an IPv6 literal without its brackets
    std::uint16_t port = 0;
    std::string target;   // path and query, starting with '/'
    bool ip_literal = false;

    bool https() const { return scheme == "https"; }
    std::string host_header() const;   // host[:port] as the Host header carries it (port only if not the default)
    std::string origin() const;        // scheme://host_header
};

// invalid_url or unsupported_scheme on failure.
std::variant<url, ports::fetch_error_kind> parse_url(std::string_view text);

std::string to_string(const url& u);

// The absolute URL a redirect's Location names, relative to the URL that answered (RFC 3986 reference
// resolution without dot-segment removal, which the server sees anyway).
std::string resolve_reference(const url& base, std::string_view location);

}  // namespace offertracker::net

// The SSRF guard's address policy: pure, std only (it lives in adapters/net, beside its only user, but includes
// nothing but the standard library so the core could take it as is). Parses IPv4 and IPv6 text and classifies an
// address; the fetcher connects only to addresses whose class its configuration allows (public by default).
//
// Embedded IPv4 addresses are classified as the IPv4 address they carry:
//   ::ffff:a.b.c.d (IPv4-mapped), ::a.b.c.d (IPv4-compatible, deprecated; a public v4 inside is still `reserved`),
//   64:ff9b::a.b.c.d (NAT64 well-known prefix), 2002:AABB:CCDD::/48 (6to4).
// So ::ffff:127.0.0.1 is loopback and 2002:0a00:0001:: is private. Teredo (2001::/32) hides its client address
// and is `reserved`; so is everything outside 2000::/3 that no rule names (fail closed).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace offertracker::net {

struct ip_address {
    bool v6 = false;
    std::array<std::uint8_t, 16> bytes{};  // IPv4: the first 4 bytes; IPv6: all 16, network order

    static ip_address v4(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d) {
        return ip_address{false, {a, b, c, d}};
    }
    friend bool operator==(const ip_address&, const ip_address&) = default;
};

// Strict text forms only: IPv4 is four decimal octets (no octal, hex or short forms: "0177.1" and "127.1" are not
// addresses); IPv6 is RFC 4291 text (hex groups, one "::", an optional trailing dotted IPv4), with an optional
// "%zone" suffix that is ignored. Brackets are not part of the address.
std::optional<ip_address> parse_ip(std::string_view text);

// The canonical text of an address (IPv4 dotted; IPv6 RFC 5952: lowercase, longest zero run as "::").
std::string to_string(const ip_address& address);

enum class address_class {
    public_unicast,  // globally routable
    loopback,        // 127/8, ::1
    private_use,     // 10/8, 172.16/12, 192.168/16, 100.64/10 (CGNAT), fc00::/7 (ULA), fec0::/10 (site-local), 64:ff9b:1::/48
    link_local,      // 169.254/16 (incl. cloud metadata 169.254.169.254), fe80::/10
    multicast,       // 224/4, ff00::/8
    unspecified,     // 0.0.0.0/8, ::
    broadcast,       // 255.255.255.255
    reserved,        // 192.0.0/24, documentation ranges, 198.18/15 benchmarking, 192.88.99/24, 240/4, Teredo,
                     // 2001:db8::/32, 2001:10::/28, 100::/64, the rest of ::/8 and everything outside 2000::/3
};

std::string_view to_string(address_class c) noexcept;

address_class classify(const ip_address& address);

// The IPv4 address an IPv6 address embeds (mapped, compatible, NAT64, 6to4), if any.
std::optional<ip_address> embedded_ipv4(const ip_address& address);

}  // namespace offertracker::net

#include "offertracker/net/address_policy.hpp"

#include <cstdio>
#include <vector>

namespace offertracker::net {
namespace {

std::optional<std::array<std::uint8_t, 4>> parse_v4(std::string_view s) {
    std::array<std::uint8_t, 4> out{};
    std::size_t i = 0;
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (i >= s.size() || s[i] != '.') return std::nullopt;
            ++i;
        }
        std::size_t start = i;
        unsigned value = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - start < 3) {
            value = value * 10 + static_cast<unsigned>(s[i] - '0');
            ++i;
        }
        std::size_t len = i - start;
        if (len == 0 || value > 255) return std::nullopt;
        if (len > 1 && s[start] == '0') return std::nullopt;  // no leading zeros (octal ambiguity)
        out[static_cast<std::size_t>(part)] = static_cast<std::uint8_t>(value);
    }
    if (i != s.size()) return std::nullopt;
    return out;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::optional<std::array<std::uint8_t, 16>> parse_v6(std::string_view s) {
    if (auto zone = s.find('%'); zone != std::string_view::npos) {
        if (zone + 1 >= s.size()) return std::nullopt;
        s = s.substr(0, zone);
    }
    if (s.size() < 2) return std::nullopt;
    std::vector<std::uint16_t> head, tail;
    bool gap = false;
    std::vector<std::uint16_t>* cur = &head;
    std::size_t i = 0;
    if (s.substr(0, 2) == "::") {
        gap = true;
        cur = &tail;
        i = 2;
        if (i == s.size()) return std::array<std::uint8_t, 16>{};
    } else if (s[0] == ':') {
        return std::nullopt;
    }
    bool v4_tail = false;
    std::array<std::uint8_t, 4> v4{};
    while (i < s.size()) {
        // One group (or a trailing IPv4).
        std::size_t start = i;
        while (i < s.size() && s[i] != ':') ++i;
        std::string_view group = s.substr(start, i - start);
        if (group.empty()) return std::nullopt;
        if (group.find('.') != std::string_view::npos) {
            if (i != s.size()) return std::nullopt;
            auto parsed = parse_v4(group);
            if (!parsed) return std::nullopt;
            v4 = *parsed;
            v4_tail = true;
            break;
        }
        if (group.size() > 4) return std::nullopt;
        unsigned value = 0;
        for (char c : group) {
            int h = hex_value(c);
            if (h < 0) return std::nullopt;
            value = value * 16 + static_cast<unsigned>(h);
        }
        cur->push_back(static_cast<std::uint16_t>(value));
        if (i == s.size()) break;
        ++i;  // ':'
        if (i < s.size() && s[i] == ':') {
            if (gap) return std::nullopt;
            gap = true;
            cur = &tail;
            ++i;
            if (i == s.size()) break;
        } else if (i == s.size()) {
            return std::nullopt;  // trailing single ':'
        }
    }
    std::size_t groups = head.size() + tail.size() + (v4_tail ? 2 : 0);
    if (gap ? groups > 7 : groups != 8) return std::nullopt;
    std::array<std::uint8_t, 16> out{};
    std::size_t pos = 0;
    for (auto g : head) {
        out[pos++] = static_cast<std::uint8_t>(g >> 8);
        out[pos++] = static_cast<std::uint8_t>(g & 0xff);
    }
    pos = 16 - tail.size() * 2 - (v4_tail ? 4 : 0);
    for (auto g : tail) {
        out[pos++] = static_cast<std::uint8_t>(g >> 8);
        out[pos++] = static_cast<std::uint8_t>(g & 0xff);
    }
    if (v4_tail)
        for (auto b : v4) out[pos++] = b;
    return out;
}

bool in_v4(const std::array<std::uint8_t, 16>& b, std::uint32_t net, int bits) {
    std::uint32_t a = (std::uint32_t{b[0]} << 24) | (std::uint32_t{b[1]} << 16) | (std::uint32_t{b[2]} << 8) | b[3];
    std::uint32_t mask = bits == 0 ? 0 : ~std::uint32_t{0} << (32 - bits);
    return (a & mask) == (net & mask);
}

// Does the address start with the `bits` leading bits of `prefix`?
bool in_v6(const std::array<std::uint8_t, 16>& b, std::array<std::uint8_t, 16> prefix, int bits) {
    for (int i = 0; i < 16 && bits > 0; ++i, bits -= 8) {
        std::uint8_t mask = bits >= 8 ? 0xff : static_cast<std::uint8_t>(0xff << (8 - bits));
        if ((b[static_cast<std::size_t>(i)] & mask) != (prefix[static_cast<std::size_t>(i)] & mask)) return false;
    }
    return true;
}

constexpr std::uint32_t v4net(unsigned a, unsigned b, unsigned c, unsigned d) {
    return (a << 24) | (b << 16) | (c << 8) | d;
}

address_class classify_v4(const std::array<std::uint8_t, 16>& b) {
    if (in_v4(b, v4net(255, 255, 255, 255), 32)) return address_class::broadcast;
    if (in_v4(b, v4net(0, 0, 0, 0), 8)) return address_class::unspecified;
    if (in_v4(b, v4net(127, 0, 0, 0), 8)) return address_class::loopback;
    if (in_v4(b, v4net(10, 0, 0, 0), 8)) return address_class::private_use;
    if (in_v4(b, v4net(172, 16, 0, 0), 12)) return address_class::private_use;
    if (in_v4(b, v4net(192, 168, 0, 0), 16)) return address_class::private_use;
    if (in_v4(b, v4net(100, 64, 0, 0), 10)) return address_class::private_use;
    if (in_v4(b, v4net(169, 254, 0, 0), 16)) return address_class::link_local;
    if (in_v4(b, v4net(224, 0, 0, 0), 4)) return address_class::multicast;
    if (in_v4(b, v4net(240, 0, 0, 0), 4)) return address_class::reserved;
    if (in_v4(b, v4net(192, 0, 0, 0), 24)) return address_class::reserved;     // IETF protocol assignments
    if (in_v4(b, v4net(192, 0, 2, 0), 24)) return address_class::reserved;     // TEST-NET-1
    if (in_v4(b, v4net(198, 51, 100, 0), 24)) return address_class::reserved;  // TEST-NET-2
    if (in_v4(b, v4net(203, 0, 113, 0), 24)) return address_class::reserved;   // TEST-NET-3
    if (in_v4(b, v4net(198, 18, 0, 0), 15)) return address_class::reserved;    // benchmarking
    if (in_v4(b, v4net(192, 88, 99, 0), 24)) return address_class::reserved;   // 6to4 relay anycast
    return address_class::public_unicast;
}

using v6bytes = std::array<std::uint8_t, 16>;

}  // namespace

std::optional<ip_address> parse_ip(std::string_view text) {
    if (text.find(':') != std::string_view::npos) {
        auto b = parse_v6(text);
        if (!b) return std::nullopt;
        return ip_address{true, *b};
    }
    auto b = parse_v4(text);
    if (!b) return std::nullopt;
    return ip_address::v4((*b)[0], (*b)[1], (*b)[2], (*b)[3]);
}

std::string to_string(const ip_address& a) {
    char buf[64];
    if (!a.v6) {
        std::snprintf(buf, sizeof buf, "%u.%u.%u.%u", a.bytes[0], a.bytes[1], a.bytes[2], a.bytes[3]);
        return buf;
    }
    std::uint16_t g[8];
    for (int i = 0; i < 8; ++i)
        g[i] = static_cast<std::uint16_t>((a.bytes[static_cast<std::size_t>(2 * i)] << 8) |
                                          a.bytes[static_cast<std::size_t>(2 * i + 1)]);
    int best = -1, best_len = 0;
    for (int i = 0; i < 8;) {
        if (g[i] != 0) { ++i; continue; }
        int j = i;
        while (j < 8 && g[j] == 0) ++j;
        if (j - i > best_len && j - i >= 2) { best = i; best_len = j - i; }
        i = j;
    }
    std::string out;
    for (int i = 0; i < 8; ++i) {
        if (i == best) {
            out += "::";
            i += best_len - 1;
            continue;
        }
        if (!out.empty() && out.back() != ':') out += ':';
        std::snprintf(buf, sizeof buf, "%x", g[i]);
        out += buf;
    }
    return out;
}

std::string_view to_string(address_class c) noexcept {
    switch (c) {
        case address_class::public_unicast: return "public";
        case address_class::loopback: return "loopback";
        case address_class::private_use: return "private";
        case address_class::link_local: return "link_local";
        case address_class::multicast: return "multicast";
        case address_class::unspecified: return "unspecified";
        case address_class::broadcast: return "broadcast";
        case address_class::reserved: return "reserved";
    }
    return "reserved";
}

std::optional<ip_address> embedded_ipv4(const ip_address& a) {
    if (!a.v6) return std::nullopt;
    const auto& b = a.bytes;
    auto tail = [&](std::size_t at) { return ip_address::v4(b[at], b[at + 1], b[at + 2], b[at + 3]); };
    if (in_v6(b, v6bytes{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}, 96)) return tail(12);            // mapped
    if (in_v6(b, v6bytes{0, 0x64, 0xff, 0x9b}, 96)) return tail(12);                              // NAT64
    if (in_v6(b, v6bytes{0x20, 0x02}, 16)) return tail(2);                                       // 6to4
    if (in_v6(b, v6bytes{}, 96) && !in_v6(b, v6bytes{}, 127)) return tail(12);  // compatible (not :: or ::1)
    return std::nullopt;
}

address_class classify(const ip_address& a) {
    if (!a.v6) return classify_v4(a.bytes);
    const auto& b = a.bytes;
    if (in_v6(b, v6bytes{}, 128)) return address_class::unspecified;
    if (in_v6(b, v6bytes{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, 128)) return address_class::loopback;
    if (auto v4 = embedded_ipv4(a)) {
        auto c = classify_v4(v4->bytes);
        bool compatible = in_v6(b, v6bytes{}, 96);
        if (compatible && c == address_class::public_unicast) return address_class::reserved;
        return c;
    }
    if (in_v6(b, v6bytes{0xff}, 8)) return address_class::multicast;
    if (in_v6(b, v6bytes{0xfe, 0x80}, 10)) return address_class::link_local;
    if (in_v6(b, v6bytes{0xfe, 0xc0}, 10)) return address_class::private_use;  // site-local (deprecated)
    if (in_v6(b, v6bytes{0xfc}, 7)) return address_class::private_use;         // unique local
    if (in_v6(b, v6bytes{0, 0x64, 0xff, 0x9b, 0, 1}, 48)) return address_class::private_use;  // local-use NAT64
    if (in_v6(b, v6bytes{0x20, 0x01, 0x0d, 0xb8}, 32)) return address_class::reserved;        // documentation
    if (in_v6(b, v6bytes{0x20, 0x01, 0, 0}, 32)) return address_class::reserved;              // Teredo
    if (in_v6(b, v6bytes{0x20, 0x01, 0, 0x10}, 28)) return address_class::reserved;           // ORCHID
    if (in_v6(b, v6bytes{0x20}, 3)) return address_class::public_unicast;
    return address_class::reserved;  // ::/8 leftovers, 100::/64 discard, unallocated space
}

}  // namespace offertracker::net

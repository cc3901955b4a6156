// The SSRF guard's address policy and URL parser: pure, no socket.
#include <catch2/catch.hpp>

#include "offertracker/net/address_policy.hpp"
#include "offertracker/net/guarded_fetcher.hpp"
#include "offertracker/net/url.hpp"

using namespace offertracker::net;
using offertracker::ports::fetch_error_kind;

namespace {
address_class class_of(std::string_view text) {
    auto ip = parse_ip(text);
    REQUIRE(ip);
    return classify(*ip);
}
}  // namespace

TEST_CASE("IPv4 text parses strictly", "[net][policy]") {
    CHECK(parse_ip("1.2.3.4") == ip_address::v4(1, 2, 3, 4));
    CHECK(parse_ip("255.255.255.255") == ip_address::v4(255, 255, 255, 255));
    CHECK(parse_ip("0.0.0.0") == ip_address::v4(0, 0, 0, 0));
    for (const char* bad : {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.-4", "01.2.3.4", "0177.0.0.1", "127.1",
                            "0x7f.0.0.1", "2130706433", "1.2.3.4 ", " 1.2.3.4", "1..2.3", "1.2.3.", "a.b.c.d",
                            "1.2.3.1000"})
        CHECK_FALSE(parse_ip(bad));
}

TEST_CASE("IPv6 text parses per RFC 4291", "[net][policy]") {
    auto loop = parse_ip("::1");
    REQUIRE(loop);
    CHECK(loop->v6);
    CHECK(loop->bytes[15] == 1);
    CHECK(parse_ip("0:0:0:0:0:0:0:1") == loop);
    CHECK(parse_ip("::") == ip_address{true, {}});
    CHECK(to_string(*parse_ip("2001:DB8:0:0:1:0:0:1")) == "2001:db8::1:0:0:1");
    CHECK(to_string(*parse_ip("fe80::1%eth0")) == "fe80::1");
    CHECK(to_string(*parse_ip("::ffff:127.0.0.1")) == "::ffff:7f00:1");
    CHECK(to_string(*parse_ip("1::")) == "1::");
    CHECK(to_string(*parse_ip("1:2:3:4:5:6:7:8")) == "1:2:3:4:5:6:7:8");
    CHECK(to_string(*parse_ip("1:0:3:4:5:6:7:8")) == "1:0:3:4:5:6:7:8");  // a single zero group is not "::"
    CHECK(to_string(*parse_ip("1:2:3:4:5:6:1.2.3.4")) == "1:2:3:4:5:6:102:304");
    for (const char* bad : {":", ":::", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "g::1", ":1::",
                            "1::2:", "::1.2.3", "::1.2.3.4:5", "fe80::1%", "1:2:3:4:5:6:7:1.2.3.4", "[::1]",
                            "::ffff:01.2.3.4"})
        CHECK_FALSE(parse_ip(bad));
}

TEST_CASE("IPv4 ranges are classified", "[net][policy]") {
    struct row { const char* text; address_class c; };
    const row rows[] = {
        {"8.8.8.8", address_class::public_unicast},     {"93.184.216.34", address_class::public_unicast},
        {"1.1.1.1", address_class::public_unicast},     {"172.15.255.255", address_class::public_unicast},
        {"172.32.0.0", address_class::public_unicast},  {"100.63.255.255", address_class::public_unicast},
        {"100.128.0.0", address_class::public_unicast}, {"169.253.255.255", address_class::public_unicast},
        {"223.255.255.255", address_class::public_unicast}, {"11.0.0.0", address_class::public_unicast},
        {"0.0.0.0", address_class::unspecified},        {"0.255.255.255", address_class::unspecified},
        {"127.0.0.1", address_class::loopback},         {"127.255.255.254", address_class::loopback},
        {"10.0.0.1", address_class::private_use},       {"10.255.255.255", address_class::private_use},
        {"172.16.0.0", address_class::private_use},     {"172.31.255.255", address_class::private_use},
        {"192.168.1.1", address_class::private_use},    {"100.64.0.1", address_class::private_use},
        {"100.127.255.255", address_class::private_use},
        {"169.254.169.254", address_class::link_local}, {"169.254.0.1", address_class::link_local},
        {"224.0.0.1", address_class::multicast},        {"239.255.255.250", address_class::multicast},
        {"255.255.255.255", address_class::broadcast},  {"240.0.0.1", address_class::reserved},
        {"255.255.255.254", address_class::reserved},   {"192.0.0.8", address_class::reserved},
        {"192.0.2.1", address_class::reserved},         {"198.51.100.7", address_class::reserved},
        {"203.0.113.9", address_class::reserved},       {"198.18.0.1", address_class::reserved},
        {"198.19.255.255", address_class::reserved},    {"192.88.99.1", address_class::reserved},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        CHECK(class_of(r.text) == r.c);
    }
}

TEST_CASE("IPv6 ranges and embedded IPv4 are classified", "[net][policy]") {
    struct row { const char* text; address_class c; };
    const row rows[] = {
        {"2606:4700:4700::1111", address_class::public_unicast}, {"2a00:1450:4001::1", address_class::public_unicast},
        {"::", address_class::unspecified},                     {"::1", address_class::loopback},
        {"::ffff:127.0.0.1", address_class::loopback},          {"::ffff:7f00:1", address_class::loopback},
        {"::ffff:10.0.0.1", address_class::private_use},        {"::ffff:169.254.169.254", address_class::link_local},
        {"::ffff:0.0.0.0", address_class::unspecified},         {"::ffff:8.8.8.8", address_class::public_unicast},
        {"::127.0.0.1", address_class::loopback},               {"::10.0.0.1", address_class::private_use},
        {"::8.8.8.8", address_class::reserved},                 {"::2", address_class::unspecified},
        {"64:ff9b::127.0.0.1", address_class::loopback},        {"64:ff9b::10.1.2.3", address_class::private_use},
        {"64:ff9b::8.8.8.8", address_class::public_unicast},    {"64:ff9b:1::1", address_class::private_use},
        {"2002:7f00:1::", address_class::loopback},             {"2002:a00:1::1", address_class::private_use},
        {"2002:a9fe:a9fe::", address_class::link_local},        {"2002:808:808::1", address_class::public_unicast},
        {"fc00::1", address_class::private_use},                {"fd12:3456::1", address_class::private_use},
        {"fec0::1", address_class::private_use},                {"fe80::1", address_class::link_local},
        {"febf:ffff::1", address_class::link_local},            {"fe80::1%2", address_class::link_local},
        {"ff02::1", address_class::multicast},                  {"ff0e::1", address_class::multicast},
        {"2001:db8::1", address_class::reserved},               {"2001::1", address_class::reserved},
        {"2001:10::1", address_class::reserved},                {"100::1", address_class::reserved},
        {"4000::1", address_class::reserved},                   {"::ffff:0:1.2.3.4", address_class::reserved},
        {"::ffff:255.255.255.255", address_class::broadcast},   {"::ffff:224.0.0.1", address_class::multicast},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        CHECK(class_of(r.text) == r.c);
    }
    // ::2 embeds 0.0.0.2 (compatible form): unspecified. Documented: the compatible form classifies its IPv4.
    CHECK(embedded_ipv4(*parse_ip("::ffff:1.2.3.4")) == ip_address::v4(1, 2, 3, 4));
    CHECK(embedded_ipv4(*parse_ip("2002:102:304::")) == ip_address::v4(1, 2, 3, 4));
    CHECK_FALSE(embedded_ipv4(*parse_ip("2606:4700::1")));
    CHECK_FALSE(embedded_ipv4(*parse_ip("::1")));
    CHECK_FALSE(embedded_ipv4(ip_address::v4(1, 2, 3, 4)));
}

TEST_CASE("the configuration decides which classes are fetched", "[net][policy]") {
    fetcher_config strict;
    CHECK(address_allowed(strict, "93.184.216.34"));
    CHECK(address_allowed(strict, "2606:4700:4700::1111"));
    for (const char* refused : {"127.0.0.1", "10.0.0.1", "169.254.169.254", "::1", "::ffff:127.0.0.1", "fe80::1",
                                "0.0.0.0", "::", "224.0.0.1", "255.255.255.255", "fc00::1", "192.0.2.1", "not-an-ip",
                                ""}) {
        INFO(refused);
        CHECK_FALSE(address_allowed(strict, refused));
    }
    auto open = fetcher_config::allowing_private();
    for (const char* allowed : {"127.0.0.1", "10.0.0.1", "169.254.169.254", "::1", "fe80::1"}) CHECK(address_allowed(open, allowed));
    CHECK_FALSE(address_allowed(open, "not-an-ip"));
    fetcher_config loop_only;
    loop_only.allowed_classes = {address_class::loopback};
    CHECK(address_allowed(loop_only, "127.0.0.1"));
    CHECK(address_allowed(loop_only, "::ffff:127.0.0.1"));
    CHECK_FALSE(address_allowed(loop_only, "10.0.0.1"));
}

TEST_CASE("URLs parse into scheme, host, port and target", "[net][url]") {
    auto get = [](std::string_view text) {
        auto r = parse_url(text);
        REQUIRE(std::holds_alternative<url>(r));
        return std::get<url>(r);
    };
    auto u = get("HTTPS://Example.COM/a/b?q=1#frag");
    CHECK(u.scheme == "https");
    CHECK(u.host == "example.com");
    CHECK(u.port == 443);
    CHECK(u.target == "/a/b?q=1");
    CHECK_FALSE(u.ip_literal);
    CHECK(to_string(u) == "https://example.com/a/b?q=1");

    u = get("http://example.com");
    CHECK(u.port == 80);
    CHECK(u.target == "/");
    u = get("http://example.com?x=1");
    CHECK(u.target == "/?x=1");
    u = get("http://example.com:8080/p");
    CHECK(u.port == 8080);
    CHECK(u.host_header() == "example.com:8080");
    CHECK(get("http://example.com:80/").host_header() == "example.com");
    u = get("http://[::1]:8080/x");
    CHECK(u.host == "::1");
    CHECK(u.ip_literal);
    CHECK(u.host_header() == "[::1]:8080");
    CHECK(to_string(u) == "http://[::1]:8080/x");
    u = get("http://[::FFFF:127.0.0.1]/");
    CHECK(u.host == "::ffff:7f00:1");
    u = get("http://127.0.0.1:9/");
    CHECK(u.ip_literal);
    CHECK(get("http://2130706433/").ip_literal == false);  // not an address: left to the resolver

    auto kind = [](std::string_view text) {
        auto r = parse_url(text);
        REQUIRE(std::holds_alternative<fetch_error_kind>(r));
        return std::get<fetch_error_kind>(r);
    };
    for (const char* s : {"ftp://example.com/", "file:///etc/passwd", "gopher://x/", "javascript:alert(1)",
                          "data:text/plain,hi"})
        CHECK(kind(s) == fetch_error_kind::unsupported_scheme);
    for (const char* s : {"", "example.com", "/relative", "http:/x", "http://", "http://user@example.com/",
                          "http://user:pw@example.com/", "http://example.com:0/", "http://example.com:65536/",
                          "http://example.com:/", "http://example.com:8x/", "http://exa mple.com/",
                          "http://example.com/a b", "http://example.com/\r\nX: y", "http://[::1/",
                          "http://[fe80::1%25eth0]/", "http://[1.2.3.4]/", "http://[::1]x/", "http://ex%61mple.com/",
                          "http://:80/", "://x"})
        CHECK(kind(s) == fetch_error_kind::invalid_url);
}

TEST_CASE("redirect locations resolve against the URL that answered", "[net][url]") {
    auto base = std::get<url>(parse_url("https://example.com:8443/a/b/c?q=1"));
    CHECK(resolve_reference(base, "http://other.test/x") == "http://other.test/x");
    CHECK(resolve_reference(base, "//other.test/y") == "https://other.test/y");
    CHECK(resolve_reference(base, "/root") == "https://example.com:8443/root");
    CHECK(resolve_reference(base, "d") == "https://example.com:8443/a/b/d");
    CHECK(resolve_reference(base, "?z=2") == "https://example.com:8443/a/b/c?z=2");
    CHECK(resolve_reference(base, "") == "https://example.com:8443/a/b/c?q=1");
    CHECK(resolve_reference(base, "ftp://x/") == "ftp://x/");  // then refused as unsupported_scheme
}

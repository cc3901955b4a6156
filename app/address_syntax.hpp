// Host, port and URL syntax of the settings: what --listen, --cors-origins and --public-url accept.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace offertracker::app::detail {

struct host_port {
    std::string host;  // IPv6 without brackets
    std::optional<std::uint16_t> port;
};

// Parses HOST[:PORT] where an IPv6 HOST is in brackets. Returns the problem as a string on failure.
std::variant<host_port, std::string> parse_host_port(std::string_view text, bool port_required);

// The host as it appears before ":PORT": IPv6 addresses in brackets.
std::string bracketed(std::string const& host);

struct http_url {
    std::string origin;  // scheme://host[:port], lower-cased
    std::string path;    // "" or "/..." without a trailing slash
};

// Parses http(s)://host[:port][/path]. Query strings and fragments are refused: neither an origin
// nor a base URL for links may carry one.
std::variant<http_url, std::string> parse_http_url(std::string_view text, bool allow_path);

std::string to_lower(std::string_view text);

}  // namespace offertracker::app::detail

// Host names, IPv4/IPv6 addresses, ports and http(s) URLs as the settings accept them.
#include "address_syntax.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <system_error>

#include "config.hpp"

namespace offertracker::app {
namespace detail {
namespace {

bool is_ipv4(std::string const& host) {
    in_addr address{};
    return inet_pton(AF_INET, host.c_str(), &address) == 1;
}

bool is_ipv6(std::string const& host) {
    in6_addr address{};
    return inet_pton(AF_INET6, host.c_str(), &address) == 1;
}

// RFC 1123 host names; anything made only of digits and dots must instead be a valid IPv4 address,
// so a typo such as 127.0.0.256 is not mistaken for a name.
bool is_hostname(std::string_view host) {
    if (host.empty() || host.size() > 253) return false;
    if (host.find_first_not_of("0123456789.") == std::string_view::npos) return is_ipv4(std::string(host));
    std::size_t start = 0;
    while (start <= host.size()) {
        auto const dot = std::min(host.find('.', start), host.size());
        auto const label = host.substr(start, dot - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
        for (char const c : label) {
            bool const ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (!ok) return false;
        }
        start = dot + 1;
    }
    return true;
}

std::optional<std::uint16_t> parse_port(std::string_view text) {
    unsigned value = 0;
    auto const [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || value < 1 || value > 65535)
        return std::nullopt;
    return static_cast<std::uint16_t>(value);
}

}  // namespace

std::string to_lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::variant<host_port, std::string> parse_host_port(std::string_view text, bool port_required) {
    host_port result;
    std::string_view port_text;
    bool has_port = false;
    if (!text.empty() && text.front() == '[') {
        auto const close = text.find(']');
        if (close == std::string_view::npos) return std::string("has '[' without a matching ']'");
        result.host = std::string(text.substr(1, close - 1));
        if (!is_ipv6(result.host)) return "'" + result.host + "' is not an IPv6 address";
        auto const rest = text.substr(close + 1);
        if (!rest.empty()) {
            if (rest.front() != ':') return std::string("expected ':PORT' after ']'");
            port_text = rest.substr(1);
            has_port = true;
        }
    } else {
        auto const colon = text.rfind(':');
        if (colon != std::string_view::npos) {
            if (text.substr(0, colon).find(':') != std::string_view::npos)
                return std::string("an IPv6 address must be in brackets, e.g. [::1]:8000");
            port_text = text.substr(colon + 1);
            has_port = true;
            text = text.substr(0, colon);
        }
        if (text.empty()) return std::string("the host is empty");
        result.host = std::string(text);
        if (!is_hostname(result.host)) return "'" + result.host + "' is not a valid host name or IPv4 address";
    }
    if (has_port) {
        result.port = parse_port(port_text);
        if (!result.port) return "the port must be an integer from 1 to 65535";
    } else if (port_required) {
        return std::string("must be HOST:PORT");
    }
    return result;
}

std::string bracketed(std::string const& host) {
    return host.find(':') != std::string::npos ? "[" + host + "]" : host;
}

std::variant<http_url, std::string> parse_http_url(std::string_view text, bool allow_path) {
    auto const lowered = to_lower(text.substr(0, std::min<std::size_t>(text.size(), 8)));
    std::string scheme;
    if (lowered.starts_with("http://")) {
        scheme = "http";
    } else if (lowered.starts_with("https://")) {
        scheme = "https";
    } else {
        return std::string("must start with http:// or https://");
    }
    text.remove_prefix(scheme.size() + 3);
    if (text.find_first_of("?#") != std::string_view::npos) return std::string("must not contain '?' or '#'");
    auto const slash = text.find('/');
    auto const authority = text.substr(0, slash);
    std::string path = slash == std::string_view::npos ? std::string() : std::string(text.substr(slash));
    while (!path.empty() && path.back() == '/') path.pop_back();
    if (!path.empty() && !allow_path) return std::string("must be scheme://host[:port] with no path");
    if (authority.find('@') != std::string_view::npos) return std::string("must not contain user information");
    auto parsed = parse_host_port(authority, false);
    if (auto const* problem = std::get_if<std::string>(&parsed)) return *problem;
    auto const& hp = std::get<host_port>(parsed);
    http_url url;
    url.origin = scheme + "://" + to_lower(bracketed(hp.host));
    if (hp.port) url.origin += ":" + std::to_string(*hp.port);
    url.path = std::move(path);
    return url;
}

}  // namespace detail

std::string listen_address(settings const& s) {
    return detail::bracketed(s.listen_host) + ":" + std::to_string(s.listen_port);
}

}  // namespace offertracker::app

#include "offertracker/net/url.hpp"

#include <cctype>

#include "offertracker/net/address_policy.hpp"

namespace offertracker::net {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_scheme_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
}

bool is_host_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_';
}

std::uint16_t default_port(std::string_view scheme) { return scheme == "https" ? 443 : 80; }

}  // namespace

std::string url::host_header() const {
    std::string h = (ip_literal && host.find(':') != std::string::npos) ? "[" + host + "]" : host;
    if (port != default_port(scheme)) h += ":" + std::to_string(port);
    return h;
}

std::string url::origin() const { return scheme + "://" + host_header(); }

std::string to_string(const url& u) { return u.origin() + u.target; }

std::variant<url, ports::fetch_error_kind> parse_url(std::string_view text) {
    using ports::fetch_error_kind;
    for (char c : text)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return fetch_error_kind::invalid_url;
    if (auto hash = text.find('#'); hash != std::string_view::npos) text = text.substr(0, hash);
    auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || !std::isalpha(static_cast<unsigned char>(text[0])))
        return fetch_error_kind::invalid_url;
    std::string scheme;
    for (char c : text.substr(0, colon)) {
        if (!is_scheme_char(c)) return fetch_error_kind::invalid_url;
        scheme += lower(c);
    }
    if (scheme != "http" && scheme != "https") return fetch_error_kind::unsupported_scheme;
    std::string_view rest = text.substr(colon + 1);
    if (rest.substr(0, 2) != "//") return fetch_error_kind::invalid_url;
    rest.remove_prefix(2);
    auto end = rest.find_first_of("/?");
    std::string_view authority = rest.substr(0, end);
    std::string_view target = end == std::string_view::npos ? std::string_view{} : rest.substr(end);
    if (authority.find('@') != std::string_view::npos) return fetch_error_kind::invalid_url;

    url u;
    u.scheme = scheme;
    std::string_view port_text;
    if (!authority.empty() && authority[0] == '[') {
        auto close = authority.find(']');
        if (close == std::string_view::npos) return fetch_error_kind::invalid_url;
        std::string_view literal = authority.substr(1, close - 1);
        if (literal.find('%') != std::string_view::npos) return fetch_error_kind::invalid_url;  // no zones
        auto ip = parse_ip(literal);
        if (!ip || !ip->v6) return fetch_error_kind::invalid_url;
        u.host = to_string(*ip);
        u.ip_literal = true;
        std::string_view after = authority.substr(close + 1);
        if (!after.empty()) {
            if (after[0] != ':') return fetch_error_kind::invalid_url;
            port_text = after.substr(1);
            if (port_text.empty()) return fetch_error_kind::invalid_url;
        }
    } else {
        auto pc = authority.rfind(':');
        std::string_view host = authority.substr(0, pc);
        if (pc != std::string_view::npos) {
            port_text = authority.substr(pc + 1);
            if (port_text.empty()) return fetch_error_kind::invalid_url;
        }
        if (host.empty()) return fetch_error_kind::invalid_url;
        for (char c : host) {
            if (!is_host_char(c)) return fetch_error_kind::invalid_url;
            u.host += lower(c);
        }
        if (auto ip = parse_ip(u.host)) u.ip_literal = true;
    }
    if (!port_text.empty()) {
        if (port_text.size() > 5) return fetch_error_kind::invalid_url;
        unsigned p = 0;
        for (char c : port_text) {
            if (c < '0' || c > '9') return fetch_error_kind::invalid_url;
            p = p * 10 + static_cast<unsigned>(c - '0');
        }
        if (p == 0 || p > 65535) return fetch_error_kind::invalid_url;
        u.port = static_cast<std::uint16_t>(p);
    } else {
        u.port = default_port(scheme);
    }
    if (target.empty()) u.target = "/";
    else if (target[0] == '?') u.target = "/" + std::string(target);
    else u.target = std::string(target);
    return u;
}

std::string resolve_reference(const url& base, std::string_view location) {
    // An absolute URL: a scheme, then ':'.
    auto colon = location.find(':');
    auto slash = location.find_first_of("/?#");
    if (colon != std::string_view::npos && colon > 0 && (slash == std::string_view::npos || colon < slash) &&
        std::isalpha(static_cast<unsigned char>(location[0]))) {
        bool scheme_ok = true;
        for (char c : location.substr(0, colon)) scheme_ok = scheme_ok && is_scheme_char(c);
        if (scheme_ok) return std::string(location);
    }
    if (location.substr(0, 2) == "//") return base.scheme + ":" + std::string(location);
    if (!location.empty() && location[0] == '/') return base.origin() + std::string(location);
    if (location.empty()) return to_string(base);
    std::string path = base.target.substr(0, base.target.find('?'));
    if (location[0] == '?') return base.origin() + path + std::string(location);
    path = path.substr(0, path.rfind('/') + 1);
    return base.origin() + path + std::string(location);
}

}  // namespace offertracker::net

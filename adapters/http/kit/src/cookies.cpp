// Cookie header parsing and Set-Cookie building.
#include <offertracker/http/kit/cookies.hpp>

#include <algorithm>
#include <stdexcept>

namespace offertracker::adapters::http::kit {
namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool token_char(char c) {
    constexpr std::string_view extra = "!#$%&'*+.^_`|~-";
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           extra.find(c) != std::string_view::npos;
}

bool cookie_octet(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u == 0x21 || (u >= 0x23 && u <= 0x2B) || (u >= 0x2D && u <= 0x3A) || (u >= 0x3C && u <= 0x5B) ||
           (u >= 0x5D && u <= 0x7E);
}

}  // namespace

std::optional<std::string> cookie_value(const request& req, std::string_view name) {
    for (const auto& [header, list] : req.headers) {
        if (!iequals(header, "Cookie")) continue;
        std::string_view rest = list;
        while (!rest.empty()) {
            const auto semicolon = rest.find(';');
            const auto pair = trimmed(rest.substr(0, semicolon));
            rest = semicolon == std::string_view::npos ? std::string_view{} : rest.substr(semicolon + 1);
            const auto eq = pair.find('=');
            if (eq == std::string_view::npos || trimmed(pair.substr(0, eq)) != name) continue;
            auto value = trimmed(pair.substr(eq + 1));
            if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
                value = value.substr(1, value.size() - 2);
            return std::string(value);
        }
    }
    return std::nullopt;
}

std::string set_cookie_header(const set_cookie& c) {
    if (c.name.empty() || !std::all_of(c.name.begin(), c.name.end(), token_char))
        throw std::invalid_argument("cookie name is not a token: " + c.name);
    if (!std::all_of(c.value.begin(), c.value.end(), cookie_octet))
        throw std::invalid_argument("cookie value holds a character outside cookie-octet");
    if (c.path.empty() || c.path.front() != '/' ||
        c.path.find_first_of(";\r\n") != std::string::npos)
        throw std::invalid_argument("cookie path must start with '/' and hold no ';'");
    if (c.same_site != "Strict" && c.same_site != "Lax" && c.same_site != "None")
        throw std::invalid_argument("SameSite must be Strict, Lax or None");
    if (c.same_site == "None" && !c.secure) throw std::invalid_argument("SameSite=None requires Secure");

    std::string out = c.name + "=" + c.value + "; Path=" + c.path;
    if (c.max_age) out += "; Max-Age=" + std::to_string(std::max<long long>(0, c.max_age->count()));
    if (c.http_only) out += "; HttpOnly";
    if (c.secure) out += "; Secure";
    out += "; SameSite=" + c.same_site;
    return out;
}

std::string clear_cookie_header(std::string_view name, bool secure, std::string_view path) {
    return set_cookie_header({.name = std::string(name), .value = "", .path = std::string(path),
                              .max_age = std::chrono::seconds{0}, .secure = secure});
}

}  // namespace offertracker::adapters::http::kit

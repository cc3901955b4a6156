// Cookies of a browser surface: reading one from the request's Cookie headers (RFC 6265 §5.4) and writing a
// Set-Cookie (§4.1) with the flags a session cookie needs.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <offertracker/http/message.hpp>

namespace offertracker::adapters::http::kit {

// The value of the first cookie named `name` (exact, case-sensitive) across every Cookie header, with one pair of
// surrounding double quotes removed; nullopt when there is none.
[[nodiscard]] std::optional<std::string> cookie_value(const request& req, std::string_view name);

struct set_cookie {
    std::string name;   // a token: [!#$%&'*+.^_`|~0-9A-Za-z-]
    std::string value;  // cookie-octets only (no space, quote, comma, semicolon, backslash or control)
    std::string path = "/";
    std::optional<std::chrono::seconds> max_age;  // none: a session cookie; 0: deletes it
    bool http_only = true;
    bool secure = false;
    std::string same_site = "Lax";  // "Strict", "Lax" or "None" ("None" requires secure)
};

// The Set-Cookie header value, e.g. "session=abc; Path=/; Max-Age=3600; HttpOnly; SameSite=Lax". Throws
// std::invalid_argument for a name or value outside the grammar: a cookie is always written by the server itself.
[[nodiscard]] std::string set_cookie_header(const set_cookie& c);

// A Set-Cookie that makes the browser forget `name` at `path` (empty value, Max-Age=0, the same flags).
[[nodiscard]] std::string clear_cookie_header(std::string_view name, bool secure, std::string_view path = "/");

}  // namespace offertracker::adapters::http::kit

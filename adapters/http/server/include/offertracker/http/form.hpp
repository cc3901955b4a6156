// Query-string and application/x-www-form-urlencoded parsing, plus percent-decoding.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace offertracker::adapters::http {

using form_fields = std::vector<std::pair<std::string, std::string>>;

// Decodes %XX escapes (either hex case). With plus_as_space, '+' becomes ' ' (form rules); otherwise it stays '+'
// (path rules). Returns nullopt on an invalid escape ('%' not followed by two hex digits). Decoded bytes are not
// checked for UTF-8 validity; a decoded NUL is kept.
[[nodiscard]] std::optional<std::string> percent_decode(std::string_view text, bool plus_as_space = false);

// Percent-encodes every byte outside the unreserved set [A-Za-z0-9-._~]. Used for building links and in tests.
[[nodiscard]] std::string percent_encode(std::string_view text);

// Splits "a=1&b=x+y&c" into ordered pairs {a,1},{b,"x y"},{c,""} with form rules ('+' is space, %XX decoded).
// Empty pieces ("a=1&&b=2", a trailing '&') are skipped; repeated names are kept in order. A leading '?' is NOT
// stripped. Returns nullopt if any name or value holds an invalid escape: callers answer 400/422 in their own shape.
[[nodiscard]] std::optional<form_fields> parse_query(std::string_view query);

// First value for `name` (exact, case-sensitive), or nullopt. The view points into `fields`.
[[nodiscard]] std::optional<std::string_view> find_field(const form_fields& fields, std::string_view name);

}  // namespace offertracker::adapters::http

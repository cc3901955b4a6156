// Reading what a page's form or a JSON client sent: text fields by name, path ids, query integers.
#pragma once

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <offertracker/domain/error.hpp>
#include <offertracker/http/message.hpp>
#include <offertracker/http/router.hpp>
#include <offertracker/prep/records.hpp>

namespace offertracker::adapters::http::web {

// The named fields as text (absent: no entry), from a JSON object body (Content-Type application/json) or else
// a urlencoded form. A JSON value that is not a string, a body that does not parse, and text that is not
// storable (invalid UTF-8, NUL) are validation errors.
using text_fields = std::map<std::string, std::string, std::less<>>;
[[nodiscard]] domain::result<text_fields> read_fields(const request& req,
                                                     std::initializer_list<std::string_view> names);

// One whole-number field: a JSON integer (or a string of digits, as a form sends it) or a form field's text.
// Absent or not a whole number: {name, malformed "integer"} (out_of_range past 64 bits).
[[nodiscard]] domain::result<long long> read_integer(const request& req, std::string_view name);

// The field's text, or "" when absent.
[[nodiscard]] std::string text_of(const text_fields& fields, std::string_view name);
[[nodiscard]] std::optional<std::string> optional_text(const text_fields& fields, std::string_view name);

// The {id} of a session route: a positive decimal integer, else 404 "Session not found" (a path that names no
// session).
[[nodiscard]] domain::result<prep::session_id> session_path_id(const path_params& p);

}  // namespace offertracker::adapters::http::web

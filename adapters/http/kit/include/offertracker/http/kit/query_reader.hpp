// Reads query parameters (paging, filters), collecting every problem as a neutral field error with origin
// "query" and the parameter's name as its path.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <offertracker/domain/enum_table.hpp>
#include <offertracker/domain/error.hpp>
#include <offertracker/http/form.hpp>

namespace offertracker::adapters::http::kit {

// A whole number read from text (a path segment, a form field): the value, or the validation error
// {name, malformed | out_of_range, expected "integer"} placed at `origin` ("path", "form", or "" for the caller).
[[nodiscard]] domain::result<long long> integer_from_text(std::string_view name, std::string_view text,
                                                          std::string origin = {});

// A query string that does not decode (malformed "urlencoded", empty path), a parameter name that is not text
// (unreadable_name) and a value that is not storable text (contains_nul, not_utf8) are reported on
// construction. "" reads as absent for booleans and enums (an empty select in a GET form), not for integers.
class query_reader {
public:
    explicit query_reader(std::string_view query);

    std::optional<std::string> string(std::string_view name) const;
    // fallback when absent; nullopt (and a malformed error) when the text is not an integer.
    std::optional<long long> integer(std::string_view name, long long fallback);
    std::optional<bool> boolean(std::string_view name);  // true/1 or false/0
    template <class E>
    std::optional<E> enumeration(std::string_view name);

    // Adds errors a rule reported on values read here (e.g. paging bounds), as query errors.
    void report(std::vector<domain::field_error> errors);
    std::optional<domain::error> finish() &&;

private:
    void fail(std::string_view name, domain::field_code code, std::string expected);
    form_fields fields_;
    std::vector<domain::field_error> errors_;
};

template <class E>
std::optional<E> query_reader::enumeration(std::string_view name) {
    auto text = string(name);
    if (!text || text->empty()) return std::nullopt;
    if (auto e = domain::parse_enum<E>(*text)) return e;
    errors_.push_back({.path = {std::string(name)},
                       .code = domain::field_code::not_one_of,
                       .allowed = domain::enum_values<E>(),
                       .origin = "query"});
    return std::nullopt;
}

}  // namespace offertracker::adapters::http::kit

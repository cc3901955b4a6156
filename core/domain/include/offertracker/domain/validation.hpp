// Field checks shared by every use case. They report neutral field errors (code and limits, no wording).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/types.hpp>
#include <offertracker/text/utf8.hpp>

namespace offertracker::domain {

using text::utf8_length;

// The longest email address accepted, in characters.
inline constexpr long long max_email_length = 255;

// The field error for text that no store can keep faithfully (contains_nul, or not_utf8), at `path`; nullopt
// for storable text. Every string that enters (a body field, a query value, a form field, a command field an
// embedder fills) is checked with it once.
std::optional<field_error> unstorable_text(std::vector<std::string> path, std::string_view value);
// A plausible address: one '@', a non-empty local part, a dotted domain, no spaces or control characters.
bool is_well_formed_email(std::string_view email);

// Collects the field errors of one command (paths relative to it); finish() gives the validation error or nothing.
class validator {
public:
    // Text a store can keep (see unstorable_text). The length and email checks include it; fields with no
    // length limit call it directly.
    void text(std::string_view field, std::string_view value);
    void text(std::string_view field, const std::string& value) { text(field, std::string_view{value}); }
    void text(std::string_view field, const std::optional<std::string>& value);
    void text(std::string_view field, const patch<std::string>& value);
    // Every element of a list of strings (path field, index).
    void texts(std::string_view field, const std::optional<std::vector<std::string>>& values);
    void texts(std::string_view field, const patch<std::vector<std::string>>& values);

    void length(std::string_view field, std::string_view value, std::size_t min, std::size_t max);
    void max_length(std::string_view field, const std::optional<std::string>& value, std::size_t max);
    void max_length(std::string_view field, const patch<std::string>& value, std::size_t max);
    void at_least(std::string_view field, const std::optional<long long>& value, long long min);
    void at_least(std::string_view field, const patch<long long>& value, long long min);
    void greater_than(std::string_view field, const std::optional<long long>& value, long long bound);
    void greater_than(std::string_view field, const patch<long long>& value, long long bound);
    void at_most(std::string_view field, const std::optional<long long>& value, long long max);
    void email(std::string_view field, std::string_view value);
    // 3..50 characters, none of them hidden (domain/username.hpp).
    void username(std::string_view field, std::string_view value);
    // A range given as two optional bounds: high must not be below low when both are set.
    void ordered(std::string_view low_field, const std::optional<long long>& low, std::string_view high_field,
                 const std::optional<long long>& high);
    // A required field sent as null in a partial update (wrong_type, expected type_name).
    template <class T>
    void not_null(std::string_view field, const patch<T>& value, std::string_view type_name);

    // A field error a caller's own rule found (a pattern, a URL, a list that must not be empty), kept in order
    // with the others.
    void add(field_error e) { errors_.push_back(std::move(e)); }

    bool ok() const { return errors_.empty(); }
    // The validation error when any check failed.
    std::optional<error> finish() &&;

private:
    void fail(std::string_view field, field_code code, std::optional<long long> limit = std::nullopt);
    std::vector<field_error> errors_;
};

template <class T>
void validator::not_null(std::string_view field, const patch<T>& value, std::string_view type_name) {
    if (value && !*value)
        errors_.push_back({.path = {std::string(field)}, .code = field_code::wrong_type, .expected = std::string(type_name)});
}

}  // namespace offertracker::domain

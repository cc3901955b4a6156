// The one domain error type and result<T>: expected outcomes are values, infrastructure failures are exceptions.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace offertracker::domain {

// Transport-neutral error kinds. Each surface maps every kind in one switch with no default.
enum class error_kind {
    validation,       // input breaks a documented constraint (field_errors says which)
    not_found,        // the named record does not exist
    forbidden,        // it exists but belongs to someone else, or the actor may not see it
    conflict,         // a one-of-a-kind record already exists (409 on the OfferTracker surface)
    rule_violation,   // a business rule refuses the request (400 on the OfferTracker surface)
    unauthenticated,  // missing or wrong credentials
    rate_limited,     // too many requests
};

// What is wrong with one field, named for the problem rather than worded for a client: each surface's error
// mapper writes its own words from the code and its facts.
enum class field_code {
    missing,           // a required field (or the whole input) is absent
    wrong_type,        // a value of another JSON type, or null where a value is required; expected names the type
    malformed,         // text that does not parse as `expected` ("integer", "boolean", "date", "datetime", "json",
                       // "urlencoded")
    out_of_range,      // a number the type cannot hold (beyond a 64-bit integer); expected names the type
    not_whole,         // a number with a fractional part where expected ("integer") wants a whole one
    too_short,         // fewer characters (code points) than limit
    too_long,          // more characters (code points) than limit
    below_minimum,     // a number less than limit (the least allowed)
    not_above,         // a number not greater than limit (the bound it must exceed)
    above_maximum,     // a number greater than limit (the most allowed)
    not_one_of,        // not one of allowed (an enum's values, exact and case-sensitive)
    not_an_email,      // not a plausible email address (is_well_formed_email)
    hidden_character,  // holds a control, invisible or bidirectional formatting character (domain/username.hpp)
    out_of_order,      // a range's high end below its low end: other names the low end's field
    contains_nul,      // text holding U+0000, which no store keeps faithfully
    not_utf8,          // bytes that are not valid UTF-8
    too_deep,          // JSON nested deeper than limit levels
    unreadable_name,   // a parameter whose name is not storable text (path is empty: the name cannot be echoed)
    not_matching,      // text that does not match the pattern `expected` names (e.g. "^[A-Z]{3}$" for a currency)
    not_a_url,         // not an absolute http:// or https:// URL with a host
};

struct field_error {
    // The field's path relative to the input, e.g. {"email"} or {"tags", "2"}; empty for the input as a whole.
    std::vector<std::string> path;
    field_code code;
    std::optional<long long> limit;     // too_short, too_long, below_minimum, not_above, above_maximum, too_deep
    std::string expected;               // wrong_type, malformed, out_of_range, not_whole: the type or format
    std::vector<std::string> allowed;   // not_one_of: the accepted values, in their documented order
    std::string other;                  // out_of_order: the field this one must not be below
    // Which input the path is relative to, set by an adapter's reader ("body", "query", "form"); the core
    // leaves it empty and the surface's mapper decides.
    std::string origin;

    friend bool operator==(const field_error&, const field_error&) = default;
};

// What the client can do instead, when the core knows it; each surface words it for its own routes.
enum class alternative {
    none,
    update_existing,  // a one-of-a-kind record exists already: update it rather than create another
    convert,          // the record changes kind through its conversion, not by an update
};

struct error {
    error_kind kind;
    std::string message;                  // the detail, safe to show a client; names no route or verb
    std::vector<field_error> field_errors;  // non-empty for validation errors
    std::optional<std::chrono::seconds> retry_after;  // rate_limited: when trying again may be admitted
    alternative instead = alternative::none;  // conflict, rule_violation: what to do instead

    static error validation(std::vector<field_error> fields) {
        return {error_kind::validation, "Validation error", std::move(fields), std::nullopt};
    }
    static error not_found(std::string m) { return {error_kind::not_found, std::move(m), {}, std::nullopt}; }
    static error forbidden(std::string m) { return {error_kind::forbidden, std::move(m), {}, std::nullopt}; }
    static error conflict(std::string m, alternative n = alternative::none) {
        return {error_kind::conflict, std::move(m), {}, std::nullopt, n};
    }
    static error rule_violation(std::string m, alternative n = alternative::none) {
        return {error_kind::rule_violation, std::move(m), {}, std::nullopt, n};
    }
    static error unauthenticated(std::string m) { return {error_kind::unauthenticated, std::move(m), {}, std::nullopt}; }
    static error rate_limited(std::string m, std::chrono::seconds retry_after) {
        return {error_kind::rate_limited, std::move(m), {}, retry_after};
    }
};

// A value or a domain error. Small on purpose: has_value / value / error, like std::expected.
template <class T>
class [[nodiscard]] result {
public:
    result(T value) : state_(std::move(value)) {}           // NOLINT: implicit by design
    result(domain::error e) : state_(std::move(e)) {}             // NOLINT: implicit by design

    bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    T& value() & { return std::get<0>(state_); }
    const T& value() const& { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const domain::error& error() const& { return std::get<1>(state_); }
    domain::error&& error() && { return std::get<1>(std::move(state_)); }

private:
    std::variant<T, domain::error> state_;
};

// For use cases that return nothing but may fail.
struct done {
    friend bool operator==(done, done) = default;
};

}  // namespace offertracker::domain

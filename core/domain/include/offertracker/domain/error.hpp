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

// One field-level problem. loc is the path as the client sees it, e.g. {"body", "email"}.
struct field_error {
    std::vector<std::string> loc;
    std::string msg;
    std::string type;

    friend bool operator==(const field_error&, const field_error&) = default;
};

struct error {
    error_kind kind;
    std::string message;                  // the documented detail string, safe to show a client
    std::vector<field_error> field_errors;  // non-empty for validation errors
    std::optional<std::chrono::seconds> retry_after;  // rate_limited: when trying again may be admitted

    static error validation(std::vector<field_error> fields) {
        return {error_kind::validation, "Validation error", std::move(fields), std::nullopt};
    }
    static error not_found(std::string m) { return {error_kind::not_found, std::move(m), {}, std::nullopt}; }
    static error forbidden(std::string m) { return {error_kind::forbidden, std::move(m), {}, std::nullopt}; }
    static error conflict(std::string m) { return {error_kind::conflict, std::move(m), {}, std::nullopt}; }
    static error rule_violation(std::string m) { return {error_kind::rule_violation, std::move(m), {}, std::nullopt}; }
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

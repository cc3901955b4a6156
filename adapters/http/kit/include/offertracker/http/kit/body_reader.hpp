// Reads a JSON request body into command fields, collecting every type error in the 422 shape at once.
#pragma once

#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include <offertracker/domain/enum_table.hpp>
#include <offertracker/domain/error.hpp>
#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::adapters::http::offertracker_api {

// Field readers: a missing optional field is nullopt, JSON null is "sent as null", a value of the wrong
// type records an error (and reads as absent). Per docs/behaviour.md §17, "" counts as null for dates,
// numbers, enums and URLs. Enum strings are exact and case-sensitive.
class body_reader {
public:
    // Parses body as a JSON object; a malformed or non-object body records the error.
    explicit body_reader(std::string_view body);

    std::string required_string(std::string_view name);
    std::optional<std::string> optional_string(std::string_view name);
    domain::patch<std::string> patch_string(std::string_view name);
    // Like the string readers, but "" is null (URL fields).
    std::optional<std::string> optional_url(std::string_view name);
    domain::patch<std::string> patch_url(std::string_view name);

    std::optional<long long> optional_int(std::string_view name);
    domain::patch<long long> patch_int(std::string_view name);
    std::optional<bool> optional_bool(std::string_view name);  // null reads as absent
    std::optional<domain::date> optional_date(std::string_view name);
    domain::patch<domain::date> patch_date(std::string_view name);
    std::optional<std::vector<std::string>> optional_string_list(std::string_view name);
    domain::patch<std::vector<std::string>> patch_string_list(std::string_view name);
    // A JSON object field, kept as its serialized text.
    std::optional<std::string> optional_object(std::string_view name);
    domain::patch<std::string> patch_object(std::string_view name);

    template <class E>
    domain::patch<E> patch_enum(std::string_view name);
    template <class E>
    std::optional<E> optional_enum(std::string_view name) {
        auto p = patch_enum<E>(name);
        return p ? *p : std::nullopt;
    }

    // The 422 error when anything failed to read; check before running the use case.
    std::optional<domain::error> finish() &&;

private:
    // The field's value: nullptr when absent (or the body failed), a null value when sent as null.
    const boost::json::value* field(std::string_view name) const;
    void fail(std::string_view name, std::string msg, std::string type);
    bool acceptable_text(std::string_view name, std::string_view text);
    domain::patch<std::string> read_string(std::string_view name, bool empty_is_null);

    boost::json::value root_;
    bool body_failed_ = false;
    std::vector<domain::field_error> errors_;
};

template <class E>
domain::patch<E> body_reader::patch_enum(std::string_view name) {
    const auto* v = field(name);
    if (!v) return std::nullopt;
    if (v->is_null() || (v->is_string() && v->get_string().empty())) return std::optional<E>{};
    if (v->is_string())
        if (auto e = domain::parse_enum<E>(std::string_view(v->get_string()))) return std::optional<E>{*e};
    fail(name, domain::enum_expectation<E>(), "enum");
    return std::nullopt;
}

}  // namespace offertracker::adapters::http::offertracker_api

// Reads a JSON request body into command fields, collecting every problem as a neutral field error at once.
#pragma once

#include <boost/json.hpp>

#include <optional>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

#include <offertracker/domain/enum_table.hpp>
#include <offertracker/domain/error.hpp>
#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::adapters::http::kit {

// How a reader takes "" where a date, number, enum or URL is expected: as a value that fails to read
// (malformed, wrong_type, not_one_of), or as null (the rule of surfaces whose clients send blank form inputs).
enum class empty_text { invalid, null };

// Field readers: a missing optional field is nullopt, JSON null is "sent as null", a value of the wrong type
// records an error (and reads as absent). Enum strings are exact and case-sensitive. Every error has origin
// "body" and the field's name as its path; problems with the body as a whole have an empty path.
class body_reader {
public:
    // Parses body as a JSON object; an empty, malformed, too deep or non-object body records the error.
    explicit body_reader(std::string_view body, empty_text empty = empty_text::invalid);

    std::string required_string(std::string_view name);
    std::optional<std::string> optional_string(std::string_view name);
    domain::patch<std::string> patch_string(std::string_view name);
    // Like the string readers, but "" may be null (see empty_text).
    std::optional<std::string> optional_url(std::string_view name);
    domain::patch<std::string> patch_url(std::string_view name);

    std::optional<long long> optional_int(std::string_view name);
    domain::patch<long long> patch_int(std::string_view name);
    std::optional<bool> optional_bool(std::string_view name);  // null reads as absent
    domain::patch<bool> patch_bool(std::string_view name);     // null is "sent as null" (a use case may refuse it)
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
    // A string field in a surface's own vocabulary (words that are not an enum_strings table, e.g. the Pipeline's
    // "interview" for Interviewing): `parse(word)` gives the value or nullopt; anything else is not_one_of with
    // `allowed`.
    template <class T, class Parse>
    domain::patch<T> patch_word(std::string_view name, Parse parse, std::span<const std::string_view> allowed);

    // Reads `name` into `out` with the reader the field's type calls for: std::string is required, std::optional
    // is absent-or-value, domain::patch is absent / null / value. A create and an update command name the same
    // fields with those types, so one field list (a template over the command) reads both.
    void read(std::string_view name, std::string& out) { out = required_string(name); }
    void read(std::string_view name, std::optional<std::string>& out) { out = optional_string(name); }
    void read(std::string_view name, domain::patch<std::string>& out) { out = patch_string(name); }
    void read(std::string_view name, std::optional<long long>& out) { out = optional_int(name); }
    void read(std::string_view name, domain::patch<long long>& out) { out = patch_int(name); }
    void read(std::string_view name, std::optional<bool>& out) { out = optional_bool(name); }
    void read(std::string_view name, domain::patch<bool>& out) { out = patch_bool(name); }
    void read(std::string_view name, std::optional<domain::date>& out) { out = optional_date(name); }
    void read(std::string_view name, domain::patch<domain::date>& out) { out = patch_date(name); }
    void read(std::string_view name, std::optional<std::vector<std::string>>& out) { out = optional_string_list(name); }
    void read(std::string_view name, domain::patch<std::vector<std::string>>& out) { out = patch_string_list(name); }
    template <class E>
        requires std::is_enum_v<E>
    void read(std::string_view name, std::optional<E>& out) {
        out = optional_enum<E>(name);
    }
    template <class E>
        requires std::is_enum_v<E>
    void read(std::string_view name, domain::patch<E>& out) {
        out = patch_enum<E>(name);
    }
    // URL fields (text, but "" may be null) and JSON-object fields (kept as text), which share std::string's type.
    void read_url(std::string_view name, std::optional<std::string>& out) { out = optional_url(name); }
    void read_url(std::string_view name, domain::patch<std::string>& out) { out = patch_url(name); }
    void read_object(std::string_view name, std::optional<std::string>& out) { out = optional_object(name); }
    void read_object(std::string_view name, domain::patch<std::string>& out) { out = patch_object(name); }

    // The validation error when anything failed to read; check before running the use case.
    std::optional<domain::error> finish() &&;

private:
    // The field's value: nullptr when absent (or the body failed), a null value when sent as null.
    const boost::json::value* field(std::string_view name) const;
    // Whether v reads as null: JSON null, or "" when empty_ is null.
    bool is_null(const boost::json::value& v) const;
    void fail(std::string_view name, domain::field_code code, std::string expected = {});
    void fail_whole(domain::field_code code, std::string expected = {}, std::optional<long long> limit = {});
    bool acceptable_text(std::string_view name, std::string_view text);
    domain::patch<std::string> read_string(std::string_view name, bool empty_may_be_null);

    boost::json::value root_;
    empty_text empty_;
    bool body_failed_ = false;
    std::vector<domain::field_error> errors_;
};

template <class E>
domain::patch<E> body_reader::patch_enum(std::string_view name) {
    domain::patch<E> out;  // built in place: returning nested optionals by value trips GCC 12's
                           // -Wmaybe-uninitialized
    const auto* v = field(name);
    if (!v) return out;
    if (is_null(*v)) {
        out.emplace();
        return out;
    }
    if (v->is_string()) {
        if (auto e = domain::parse_enum<E>(std::string_view(v->get_string()))) {
            out.emplace(*e);
            return out;
        }
    }
    errors_.push_back({.path = {std::string(name)},
                       .code = domain::field_code::not_one_of,
                       .allowed = domain::enum_values<E>(),
                       .origin = "body"});
    return out;
}

template <class T, class Parse>
domain::patch<T> body_reader::patch_word(std::string_view name, Parse parse, std::span<const std::string_view> allowed) {
    domain::patch<T> out;
    const auto* v = field(name);
    if (!v) return out;
    if (is_null(*v)) {
        out.emplace();
        return out;
    }
    if (v->is_string()) {
        if (std::optional<T> parsed = parse(std::string_view(v->get_string()))) {
            out.emplace(std::move(*parsed));
            return out;
        }
    }
    errors_.push_back({.path = {std::string(name)},
                       .code = domain::field_code::not_one_of,
                       .allowed = {allowed.begin(), allowed.end()},
                       .origin = "body"});
    return out;
}

}  // namespace offertracker::adapters::http::kit

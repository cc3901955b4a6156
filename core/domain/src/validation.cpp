// The field checks, worded like the seed's FastAPI/Pydantic 422 errors so clients see familiar text.
#include <offertracker/domain/validation.hpp>

#include <offertracker/domain/username.hpp>

namespace offertracker::domain {
namespace {

std::string characters(std::size_t n) { return std::to_string(n) + (n == 1 ? " character" : " characters"); }

}  // namespace

bool is_well_formed_email(std::string_view email) {
    const auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos)
        return false;
    for (unsigned char c : email)
        if (c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == ',' || c == ';' || c == '"') return false;
    const auto domain = email.substr(at + 1);
    const auto dot = domain.rfind('.');
    if (domain.empty() || dot == std::string_view::npos || dot == 0 || dot + 1 == domain.size()) return false;
    // Neither part may start or end with a dot or hold an empty label ("a..b").
    const auto local = email.substr(0, at);
    for (auto part : {local, domain})
        if (part.front() == '.' || part.back() == '.' || part.find("..") != std::string_view::npos) return false;
    return domain.front() != '-';
}

std::optional<field_error> unstorable_text(std::vector<std::string> loc, std::string_view value) {
    if (value.find('\0') != std::string_view::npos)
        return field_error{std::move(loc), "String should not contain NUL characters", "string_nul"};
    if (!text::is_valid_utf8(value))
        return field_error{std::move(loc), "Input should be a valid string, unable to parse raw data as a unicode string",
                           "string_unicode"};
    return std::nullopt;
}

void validator::add(std::string_view field, std::string msg, std::string type) {
    errors_.push_back({{root_, std::string(field)}, std::move(msg), std::move(type)});
}

void validator::text(std::string_view field, std::string_view value) {
    if (auto e = unstorable_text({root_, std::string(field)}, value)) errors_.push_back(std::move(*e));
}

void validator::text(std::string_view field, const std::optional<std::string>& value) {
    if (value) text(field, std::string_view{*value});
}

void validator::text(std::string_view field, const patch<std::string>& value) {
    if (value) text(field, *value);
}

void validator::texts(std::string_view field, const std::optional<std::vector<std::string>>& values) {
    if (!values) return;
    for (std::size_t i = 0; i < values->size(); ++i)
        if (auto e = unstorable_text({root_, std::string(field), std::to_string(i)}, (*values)[i]))
            errors_.push_back(std::move(*e));
}

void validator::texts(std::string_view field, const patch<std::vector<std::string>>& values) {
    if (values) texts(field, *values);
}

void validator::length(std::string_view field, std::string_view value, std::size_t min, std::size_t max) {
    const auto before = errors_.size();
    text(field, value);
    if (errors_.size() != before) return;
    const auto n = utf8_length(value);
    if (n < min)
        add(field, "String should have at least " + characters(min), "string_too_short");
    else if (n > max)
        add(field, "String should have at most " + characters(max), "string_too_long");
}

void validator::max_length(std::string_view field, const std::optional<std::string>& value, std::size_t max) {
    if (!value) return;
    const auto before = errors_.size();
    text(field, std::string_view{*value});
    if (errors_.size() == before && utf8_length(*value) > max)
        add(field, "String should have at most " + characters(max), "string_too_long");
}

void validator::max_length(std::string_view field, const patch<std::string>& value, std::size_t max) {
    if (value) max_length(field, *value, max);
}

void validator::at_least(std::string_view field, const std::optional<long long>& value, long long min) {
    if (value && *value < min)
        add(field, "Input should be greater than or equal to " + std::to_string(min), "greater_than_equal");
}

void validator::at_least(std::string_view field, const patch<long long>& value, long long min) {
    if (value) at_least(field, *value, min);
}

void validator::greater_than(std::string_view field, const std::optional<long long>& value, long long bound) {
    if (value && *value <= bound)
        add(field, "Input should be greater than " + std::to_string(bound), "greater_than");
}

void validator::greater_than(std::string_view field, const patch<long long>& value, long long bound) {
    if (value) greater_than(field, *value, bound);
}

void validator::email(std::string_view field, std::string_view value) {
    const auto before = errors_.size();
    text(field, value);
    if (errors_.size() != before) return;
    if (utf8_length(value) > 255)
        add(field, "String should have at most 255 characters", "string_too_long");
    else if (!is_well_formed_email(value))
        add(field, "value is not a valid email address", "value_error");
}

void validator::username(std::string_view field, std::string_view value) {
    const auto reported = errors_.size();
    length(field, value, 3, 50);
    if (errors_.size() == reported && has_hidden_character(value))
        add(field, std::string(hidden_character_message), "value_error");
}

void validator::ordered(std::string_view low_field, const std::optional<long long>& low, std::string_view high_field,
                        const std::optional<long long>& high) {
    if (low && high && *low > *high)
        add(high_field,
            "Value error, " + std::string(high_field) + " must be greater than or equal to " + std::string(low_field),
            "value_error");
}

std::optional<error> validator::finish() && {
    if (errors_.empty()) return std::nullopt;
    return error::validation(std::move(errors_));
}

}  // namespace offertracker::domain

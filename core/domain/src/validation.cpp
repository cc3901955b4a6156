// The field checks. Each failure is a neutral field error; the surfaces word them.
#include <offertracker/domain/validation.hpp>

#include <offertracker/domain/username.hpp>

namespace offertracker::domain {

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

std::optional<field_error> unstorable_text(std::vector<std::string> path, std::string_view value) {
    if (value.find('\0') != std::string_view::npos) return field_error{.path = std::move(path), .code = field_code::contains_nul};
    if (!text::is_valid_utf8(value)) return field_error{.path = std::move(path), .code = field_code::not_utf8};
    return std::nullopt;
}

void validator::fail(std::string_view field, field_code code, std::optional<long long> limit) {
    errors_.push_back({.path = {std::string(field)}, .code = code, .limit = limit});
}

void validator::text(std::string_view field, std::string_view value) {
    if (auto e = unstorable_text({std::string(field)}, value)) errors_.push_back(std::move(*e));
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
        if (auto e = unstorable_text({std::string(field), std::to_string(i)}, (*values)[i]))
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
        fail(field, field_code::too_short, static_cast<long long>(min));
    else if (n > max)
        fail(field, field_code::too_long, static_cast<long long>(max));
}

void validator::max_length(std::string_view field, const std::optional<std::string>& value, std::size_t max) {
    if (!value) return;
    const auto before = errors_.size();
    text(field, std::string_view{*value});
    if (errors_.size() == before && utf8_length(*value) > max)
        fail(field, field_code::too_long, static_cast<long long>(max));
}

void validator::max_length(std::string_view field, const patch<std::string>& value, std::size_t max) {
    if (value) max_length(field, *value, max);
}

void validator::at_least(std::string_view field, const std::optional<long long>& value, long long min) {
    if (value && *value < min) fail(field, field_code::below_minimum, min);
}

void validator::at_least(std::string_view field, const patch<long long>& value, long long min) {
    if (value) at_least(field, *value, min);
}

void validator::greater_than(std::string_view field, const std::optional<long long>& value, long long bound) {
    if (value && *value <= bound) fail(field, field_code::not_above, bound);
}

void validator::greater_than(std::string_view field, const patch<long long>& value, long long bound) {
    if (value) greater_than(field, *value, bound);
}

void validator::at_most(std::string_view field, const std::optional<long long>& value, long long max) {
    if (value && *value > max) fail(field, field_code::above_maximum, max);
}

void validator::email(std::string_view field, std::string_view value) {
    const auto before = errors_.size();
    text(field, value);
    if (errors_.size() != before) return;
    if (utf8_length(value) > max_email_length)
        fail(field, field_code::too_long, max_email_length);
    else if (!is_well_formed_email(value))
        fail(field, field_code::not_an_email);
}

void validator::username(std::string_view field, std::string_view value) {
    const auto reported = errors_.size();
    length(field, value, 3, 50);
    if (errors_.size() == reported && has_hidden_character(value)) fail(field, field_code::hidden_character);
}

void validator::ordered(std::string_view low_field, const std::optional<long long>& low, std::string_view high_field,
                        const std::optional<long long>& high) {
    if (low && high && *low > *high)
        errors_.push_back({.path = {std::string(high_field)}, .code = field_code::out_of_order, .other = std::string(low_field)});
}

std::optional<error> validator::finish() && {
    if (errors_.empty()) return std::nullopt;
    return error::validation(std::move(errors_));
}

}  // namespace offertracker::domain

// Form field readers: neutral field errors with origin "form".
#include <offertracker/http/kit/form_reader.hpp>

#include <offertracker/domain/validation.hpp>

namespace offertracker::adapters::http::kit {
using domain::field_code;

bool is_form(const request& req) {
    constexpr std::string_view form_type = "application/x-www-form-urlencoded";
    auto type = req.header("Content-Type");
    return type && type->substr(0, form_type.size()) == form_type;
}

form_reader::form_reader(std::string_view body) {
    if (auto parsed = parse_query(body)) {
        fields_ = std::move(*parsed);
    } else {
        errors_.push_back({.code = field_code::malformed, .expected = "urlencoded", .origin = "form"});
        body_failed_ = true;
    }
}

std::optional<std::string> form_reader::optional_string(std::string_view name) {
    auto value = find_field(fields_, name);
    if (!value) return std::nullopt;
    if (auto e = domain::unstorable_text({std::string(name)}, *value)) {
        e->origin = "form";
        errors_.push_back(std::move(*e));
        return std::nullopt;
    }
    return std::string(*value);
}

std::string form_reader::required_string(std::string_view name) {
    if (!body_failed_ && !find_field(fields_, name))
        errors_.push_back({.path = {std::string(name)}, .code = field_code::missing, .origin = "form"});
    return optional_string(name).value_or("");
}

std::optional<domain::error> form_reader::finish() && {
    if (errors_.empty()) return std::nullopt;
    return domain::error::validation(std::move(errors_));
}

}  // namespace offertracker::adapters::http::kit

// JSON body field readers, with the seed's FastAPI/Pydantic 422 wording.
#include "body_reader.hpp"

#include <offertracker/domain/validation.hpp>

#include <cmath>
#include <limits>

#include "json_values.hpp"

namespace offertracker::adapters::http::offertracker_api {
namespace json = boost::json;

body_reader::body_reader(std::string_view body) {
    if (body.empty()) {
        errors_.push_back({{"body"}, "Field required", "missing"});
        body_failed_ = true;
        return;
    }
    json::error_code ec;
    root_ = parse_json(body, ec);
    if (ec == json::error::too_deep) {
        // At the root: the parser stops at the limit (bounding its own work) before it knows which field
        // nests that deep, and a deeper value could never be read back from the store.
        errors_.push_back({{"body"},
                           "Invalid JSON: nested deeper than " + std::to_string(domain::max_json_depth) + " levels",
                           "json_invalid"});
        body_failed_ = true;
    } else if (ec) {
        errors_.push_back({{"body", "0"}, "JSON decode error", "json_invalid"});
        body_failed_ = true;
    } else if (!root_.is_object()) {
        errors_.push_back(
            {{"body"}, "Input should be a valid dictionary or object to extract fields from", "model_attributes_type"});
        body_failed_ = true;
    }
}

const json::value* body_reader::field(std::string_view name) const {
    if (body_failed_) return nullptr;
    return root_.get_object().if_contains(name);
}

void body_reader::fail(std::string_view name, std::string msg, std::string type) {
    errors_.push_back({{"body", std::string(name)}, std::move(msg), std::move(type)});
}

bool body_reader::acceptable_text(std::string_view name, std::string_view text) {
    // The parser has checked UTF-8 already; U+0000 (a valid "\u0000" escape) is what this still catches.
    auto e = domain::unstorable_text({"body", std::string(name)}, text);
    if (!e) return true;
    errors_.push_back(std::move(*e));
    return false;
}

domain::patch<std::string> body_reader::read_string(std::string_view name, bool empty_is_null) {
    const auto* v = field(name);
    if (!v) return std::nullopt;
    if (v->is_null()) return std::optional<std::string>{};
    if (!v->is_string()) {
        fail(name, "Input should be a valid string", "string_type");
        return std::nullopt;
    }
    if (!acceptable_text(name, v->get_string())) return std::nullopt;
    std::string s(v->get_string());
    if (empty_is_null && s.empty()) return std::optional<std::string>{};
    return std::optional<std::string>{std::move(s)};
}

std::string body_reader::required_string(std::string_view name) {
    const auto* v = field(name);
    if (!v) {
        if (!body_failed_) fail(name, "Field required", "missing");
        return {};
    }
    auto s = read_string(name, false);
    if (s && !*s) fail(name, "Input should be a valid string", "string_type");
    return s && *s ? **s : std::string{};
}

std::optional<std::string> body_reader::optional_string(std::string_view name) {
    auto p = read_string(name, false);
    return p ? *p : std::nullopt;
}

domain::patch<std::string> body_reader::patch_string(std::string_view name) { return read_string(name, false); }

std::optional<std::string> body_reader::optional_url(std::string_view name) {
    auto p = read_string(name, true);
    return p ? *p : std::nullopt;
}

domain::patch<std::string> body_reader::patch_url(std::string_view name) { return read_string(name, true); }

domain::patch<long long> body_reader::patch_int(std::string_view name) {
    const auto* v = field(name);
    if (!v) return std::nullopt;
    if (v->is_null() || (v->is_string() && v->get_string().empty())) return std::optional<long long>{};
    if (v->is_int64()) return std::optional<long long>{v->get_int64()};
    if (v->is_uint64() || (v->is_double() && std::abs(v->get_double()) >= 9.2e18)) {
        fail(name, "Input should be a valid integer, number too large", "int_parsing");
        return std::nullopt;
    }
    if (v->is_double()) {
        const double d = v->get_double();
        if (std::isfinite(d) && d == std::floor(d)) return std::optional<long long>{static_cast<long long>(d)};
        fail(name, "Input should be a valid integer, got a number with a fractional part", "int_from_float");
        return std::nullopt;
    }
    fail(name, "Input should be a valid integer", "int_type");
    return std::nullopt;
}

std::optional<long long> body_reader::optional_int(std::string_view name) {
    auto p = patch_int(name);
    return p ? *p : std::nullopt;
}

std::optional<bool> body_reader::optional_bool(std::string_view name) {
    const auto* v = field(name);
    if (!v || v->is_null()) return std::nullopt;
    if (v->is_bool()) return v->get_bool();
    fail(name, "Input should be a valid boolean", "bool_type");
    return std::nullopt;
}

domain::patch<domain::date> body_reader::patch_date(std::string_view name) {
    const auto* v = field(name);
    if (!v) return std::nullopt;
    if (v->is_null() || (v->is_string() && v->get_string().empty())) return std::optional<domain::date>{};
    if (v->is_string())
        if (auto d = domain::parse_date(std::string_view(v->get_string()))) return std::optional<domain::date>{*d};
    fail(name, "Input should be a valid date in the format YYYY-MM-DD", "date_parsing");
    return std::nullopt;
}

std::optional<domain::date> body_reader::optional_date(std::string_view name) {
    auto p = patch_date(name);
    return p ? *p : std::nullopt;
}

domain::patch<std::vector<std::string>> body_reader::patch_string_list(std::string_view name) {
    const auto* v = field(name);
    if (!v) return std::nullopt;
    if (v->is_null()) return std::optional<std::vector<std::string>>{};
    if (!v->is_array()) {
        fail(name, "Input should be a valid list", "list_type");
        return std::nullopt;
    }
    std::vector<std::string> out;
    for (const auto& item : v->get_array()) {
        if (!item.is_string()) {
            fail(name, "Input should be a valid string", "string_type");
            return std::nullopt;
        }
        if (!acceptable_text(name, item.get_string())) return std::nullopt;
        out.emplace_back(item.get_string());
    }
    return std::optional<std::vector<std::string>>{std::move(out)};
}

std::optional<std::vector<std::string>> body_reader::optional_string_list(std::string_view name) {
    auto p = patch_string_list(name);
    return p ? *p : std::nullopt;
}

domain::patch<std::string> body_reader::patch_object(std::string_view name) {
    const auto* v = field(name);
    if (!v) return std::nullopt;
    if (v->is_null()) return std::optional<std::string>{};
    if (!v->is_object()) {
        fail(name, "Input should be a valid dictionary", "dict_type");
        return std::nullopt;
    }
    return std::optional<std::string>{json::serialize(*v)};
}

std::optional<std::string> body_reader::optional_object(std::string_view name) {
    auto p = patch_object(name);
    return p ? *p : std::nullopt;
}

std::optional<domain::error> body_reader::finish() && {
    if (errors_.empty()) return std::nullopt;
    return domain::error::validation(std::move(errors_));
}

}  // namespace offertracker::adapters::http::offertracker_api

// JSON body field readers: every problem becomes a neutral field error with origin "body".
#include <offertracker/http/kit/body_reader.hpp>

#include <offertracker/domain/validation.hpp>
#include <offertracker/http/kit/json_values.hpp>

#include <cmath>

namespace offertracker::adapters::http::kit {
namespace json = boost::json;
using domain::field_code;

body_reader::body_reader(std::string_view body, empty_text empty) : empty_(empty) {
    if (body.empty()) {
        fail_whole(field_code::missing);
        return;
    }
    json::error_code ec;
    root_ = parse_json(body, ec);
    if (ec == json::error::too_deep) {
        // At the root: the parser stops at the limit (bounding its own work) before it knows which field
        // nests that deep, and a deeper value could never be read back from the store.
        fail_whole(field_code::too_deep, {}, domain::max_json_depth);
    } else if (ec) {
        fail_whole(field_code::malformed, "json");
    } else if (!root_.is_object()) {
        fail_whole(field_code::wrong_type, "object");
    }
}

const json::value* body_reader::field(std::string_view name) const {
    if (body_failed_) return nullptr;
    return root_.get_object().if_contains(name);
}

bool body_reader::is_null(const json::value& v) const {
    return v.is_null() || (empty_ == empty_text::null && v.is_string() && v.get_string().empty());
}

void body_reader::fail(std::string_view name, field_code code, std::string expected) {
    errors_.push_back({.path = {std::string(name)}, .code = code, .expected = std::move(expected), .origin = "body"});
}

void body_reader::fail_whole(field_code code, std::string expected, std::optional<long long> limit) {
    errors_.push_back({.code = code, .limit = limit, .expected = std::move(expected), .origin = "body"});
    body_failed_ = true;
}

bool body_reader::acceptable_text(std::string_view name, std::string_view text) {
    // The parser has checked UTF-8 already; U+0000 (a valid "\u0000" escape) is what this still catches.
    auto e = domain::unstorable_text({std::string(name)}, text);
    if (!e) return true;
    e->origin = "body";
    errors_.push_back(std::move(*e));
    return false;
}

domain::patch<std::string> body_reader::read_string(std::string_view name, bool empty_may_be_null) {
    const auto* v = field(name);
    if (!v) return std::nullopt;
    if (v->is_null()) return std::optional<std::string>{};
    if (!v->is_string()) {
        fail(name, field_code::wrong_type, "string");
        return std::nullopt;
    }
    if (!acceptable_text(name, v->get_string())) return std::nullopt;
    if (empty_may_be_null && is_null(*v)) return std::optional<std::string>{};
    return std::optional<std::string>{std::string(v->get_string())};
}

std::string body_reader::required_string(std::string_view name) {
    const auto* v = field(name);
    if (!v) {
        if (!body_failed_) fail(name, field_code::missing);
        return {};
    }
    auto s = read_string(name, false);
    if (s && !*s) fail(name, field_code::wrong_type, "string");
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
    if (is_null(*v)) return std::optional<long long>{};
    if (v->is_int64()) return std::optional<long long>{v->get_int64()};
    if (v->is_uint64() || (v->is_double() && std::abs(v->get_double()) >= 9.2e18)) {
        fail(name, field_code::out_of_range, "integer");
        return std::nullopt;
    }
    if (v->is_double()) {
        const double d = v->get_double();
        if (std::isfinite(d) && d == std::floor(d)) return std::optional<long long>{static_cast<long long>(d)};
        fail(name, field_code::not_whole, "integer");
        return std::nullopt;
    }
    fail(name, field_code::wrong_type, "integer");
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
    fail(name, field_code::wrong_type, "boolean");
    return std::nullopt;
}

domain::patch<bool> body_reader::patch_bool(std::string_view name) {
    domain::patch<bool> out;
    const auto* v = field(name);
    if (!v) return out;
    if (v->is_null()) {
        out.emplace();
    } else if (v->is_bool()) {
        out.emplace(v->get_bool());
    } else {
        fail(name, field_code::wrong_type, "boolean");
    }
    return out;
}

domain::patch<domain::date> body_reader::patch_date(std::string_view name) {
    const auto* v = field(name);
    if (!v) return std::nullopt;
    if (is_null(*v)) return std::optional<domain::date>{};
    if (v->is_string())
        if (auto d = domain::parse_date(std::string_view(v->get_string()))) return std::optional<domain::date>{*d};
    fail(name, field_code::malformed, "date");
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
        fail(name, field_code::wrong_type, "list");
        return std::nullopt;
    }
    std::vector<std::string> out;
    for (const auto& item : v->get_array()) {
        if (!item.is_string()) {
            fail(name, field_code::wrong_type, "string");
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
        fail(name, field_code::wrong_type, "object");
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

}  // namespace offertracker::adapters::http::kit

// Field readers over the kit's JSON and form readers.
#include "inputs.hpp"

#include <charconv>

#include <offertracker/http/kit/body_reader.hpp>
#include <offertracker/http/kit/form_reader.hpp>
#include <offertracker/http/kit/json_values.hpp>
#include <offertracker/http/kit/query_reader.hpp>

namespace offertracker::adapters::http::web {
namespace {

bool is_json(const request& req) {
    const auto type = req.header("Content-Type");
    if (!type) return false;
    const auto base = type->substr(0, type->find(';'));
    return iequals(base, "application/json") || (base.size() > 5 && iequals(base.substr(base.size() - 5), "+json"));
}

}  // namespace

domain::result<text_fields> read_fields(const request& req, std::initializer_list<std::string_view> names) {
    text_fields out;
    std::optional<domain::error> failed;
    if (is_json(req)) {
        kit::body_reader body(req.body);
        for (const auto name : names)
            if (auto v = body.optional_string(name)) out.emplace(std::string(name), std::move(*v));
        failed = std::move(body).finish();
    } else {
        kit::form_reader form(req.body);
        for (const auto name : names)
            if (auto v = form.optional_string(name)) out.emplace(std::string(name), std::move(*v));
        failed = std::move(form).finish();
    }
    if (failed) return std::move(*failed);
    return out;
}

domain::result<long long> read_integer(const request& req, std::string_view name) {
    if (is_json(req)) {
        boost::json::error_code ec;
        const auto parsed = kit::parse_json(req.body, ec);
        const auto* object = ec ? nullptr : parsed.if_object();
        const auto* value = object ? object->if_contains(name) : nullptr;
        if (value && value->is_int64()) return value->as_int64();
        if (value && !value->is_string()) return kit::integer_from_text(name, "");
    }
    auto fields = read_fields(req, {name});
    if (!fields) return std::move(fields).error();
    return kit::integer_from_text(name, text_of(*fields, name));
}

std::string text_of(const text_fields& fields, std::string_view name) {
    return optional_text(fields, name).value_or("");
}

std::optional<std::string> optional_text(const text_fields& fields, std::string_view name) {
    const auto found = fields.find(name);
    if (found == fields.end()) return std::nullopt;
    return found->second;
}

domain::result<prep::session_id> session_path_id(const path_params& p) {
    const auto text = p.get("id");
    prep::session_id value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || text.front() == '+' || text.front() == '-' || ec != std::errc{} ||
        end != text.data() + text.size() || value <= 0)
        return domain::error::not_found("Session not found");
    return value;
}

}  // namespace offertracker::adapters::http::web

// Pydantic v2's wording, one case per neutral code, so clients written against the FastAPI seeds see the text
// they were written for.
#include <offertracker/http/kit/fastapi_validation.hpp>

namespace offertracker::adapters::http::kit {
namespace json = boost::json;
using domain::field_code;
namespace {

std::string characters(long long n) { return std::to_string(n) + (n == 1 ? " character" : " characters"); }

// Pydantic's name for a type in "Input should be a valid ..." and the prefix of its *_type / *_parsing codes.
struct pydantic_type {
    std::string_view name;
    std::string_view prefix;
};

pydantic_type pydantic_name(std::string_view expected) {
    if (expected == "integer") return {"integer", "int"};
    if (expected == "boolean") return {"boolean", "bool"};
    if (expected == "object") return {"dictionary", "dict"};
    return {expected, expected};  // string, list, date, datetime, enum
}

fastapi_words wrong_type(const domain::field_error& e) {
    if (e.expected == "object" && e.path.empty())
        return {"Input should be a valid dictionary or object to extract fields from", "model_attributes_type"};
    const auto t = pydantic_name(e.expected);
    return {"Input should be a valid " + std::string(t.name), std::string(t.prefix) + "_type"};
}

fastapi_words malformed(const domain::field_error& e) {
    if (e.expected == "integer")
        return {"Input should be a valid integer, unable to parse string as an integer", "int_parsing"};
    if (e.expected == "boolean") return {"Input should be a valid boolean, unable to interpret input", "bool_parsing"};
    if (e.expected == "date") return {"Input should be a valid date in the format YYYY-MM-DD", "date_parsing"};
    if (e.expected == "datetime")
        return {"Input should be a valid datetime or date, unable to parse", "datetime_from_date_parsing"};
    if (e.expected == "json") return {"JSON decode error", "json_invalid"};
    if (e.origin == "query") return {"Invalid percent-encoding in the query string", "value_error"};
    return {"Invalid form body", "value_error"};  // urlencoded
}

std::string one_of(const std::vector<std::string>& allowed) {
    std::string out = "Input should be ";
    for (std::size_t i = 0; i < allowed.size(); ++i) {
        if (i > 0) out += (i + 1 == allowed.size()) ? " or " : ", ";
        out += '\'' + allowed[i] + '\'';
    }
    return out;
}

// The field a "Value error, <field> ..." message names: the last part of the path.
std::string field_name(const domain::field_error& e) { return e.path.empty() ? std::string{} : e.path.back(); }

json::value loc_part(const std::string& part) {
    const bool numeric = !part.empty() && part.find_first_not_of("0123456789") == std::string::npos && part.size() < 10;
    if (numeric) return std::stoll(part);
    return json::string(part);
}

}  // namespace

fastapi_words fastapi_wording(const domain::field_error& e) {
    const long long limit = e.limit.value_or(0);
    switch (e.code) {
        case field_code::missing: return {"Field required", "missing"};
        case field_code::wrong_type: return wrong_type(e);
        case field_code::malformed: return malformed(e);
        case field_code::out_of_range: return {"Input should be a valid integer, number too large", "int_parsing"};
        case field_code::not_whole:
            return {"Input should be a valid integer, got a number with a fractional part", "int_from_float"};
        case field_code::too_short: return {"String should have at least " + characters(limit), "string_too_short"};
        case field_code::too_long: return {"String should have at most " + characters(limit), "string_too_long"};
        case field_code::below_minimum:
            return {"Input should be greater than or equal to " + std::to_string(limit), "greater_than_equal"};
        case field_code::not_above: return {"Input should be greater than " + std::to_string(limit), "greater_than"};
        case field_code::above_maximum:
            return {"Input should be less than or equal to " + std::to_string(limit), "less_than_equal"};
        case field_code::not_one_of: return {one_of(e.allowed), "enum"};
        case field_code::not_an_email: return {"value is not a valid email address", "value_error"};
        case field_code::hidden_character:
            return {"Value error, " + field_name(e) +
                        " must not contain control, invisible or bidirectional formatting characters",
                    "value_error"};
        case field_code::out_of_order:
            return {"Value error, " + field_name(e) + " must be greater than or equal to " + e.other, "value_error"};
        case field_code::contains_nul: return {"String should not contain NUL characters", "string_nul"};
        case field_code::not_utf8:
            return {"Input should be a valid string, unable to parse raw data as a unicode string", "string_unicode"};
        case field_code::too_deep:
            return {"Invalid JSON: nested deeper than " + std::to_string(limit) + " levels", "json_invalid"};
        case field_code::unreadable_name:
            return {e.origin == "query" ? "Invalid parameter name in the query string"
                                        : "Invalid parameter name in the form body",
                    "value_error"};
        case field_code::not_matching:
            return {"String should match pattern '" + e.expected + "'", "string_pattern_mismatch"};
        case field_code::not_a_url: return {"URL scheme should be 'http' or 'https'", "url_scheme"};
    }
    return {"Invalid input", "value_error"};  // unreachable: the switch names every code
}

json::array fastapi_loc(const domain::field_error& e, std::string_view fallback) {
    json::array loc;
    const std::string_view origin = e.origin.empty() ? fallback : std::string_view(e.origin);
    loc.push_back(json::string(origin == "form" ? std::string_view("body") : origin));
    for (const auto& part : e.path) loc.push_back(loc_part(part));
    if (e.code == field_code::malformed && e.expected == "json" && e.path.empty()) loc.push_back(0);
    return loc;
}

json::object fastapi_validation_body(const std::vector<domain::field_error>& errors, std::string_view fallback) {
    json::array details;
    for (const auto& e : errors) {
        auto words = fastapi_wording(e);
        details.push_back(
            json::object{{"loc", fastapi_loc(e, fallback)}, {"msg", std::move(words.msg)}, {"type", std::move(words.type)}});
    }
    return json::object{{"detail", std::move(details)}};
}

}  // namespace offertracker::adapters::http::kit

// FastAPI's dialect of field errors: the exact Pydantic v2 msg/type per neutral code, and the loc rules. The
// OfferTracker seed's clients (and the Recruiting API's) depend on these strings byte for byte.
#include <offertracker/http/kit/fastapi_validation.hpp>

#include <catch2/catch.hpp>

#include <offertracker/domain/enum_table.hpp>
#include <offertracker/domain/enums.hpp>
#include <offertracker/http/kit/json_writer.hpp>

using namespace offertracker;
using adapters::http::kit::fastapi_loc;
using adapters::http::kit::fastapi_validation_body;
using adapters::http::kit::fastapi_wording;
using domain::field_code;
using domain::field_error;

namespace {

// "msg|type" for compact comparisons.
std::string words(const field_error& e) {
    const auto w = fastapi_wording(e);
    return w.msg + "|" + w.type;
}

std::string loc(const field_error& e, std::string_view fallback = "body") {
    return adapters::http::kit::write_json(fastapi_loc(e, fallback));
}

}  // namespace

TEST_CASE("fastapi_wording: sizes and bounds", "[kit][fastapi]") {
    CHECK(words({.code = field_code::too_short, .limit = 3}) == "String should have at least 3 characters|string_too_short");
    CHECK(words({.code = field_code::too_short, .limit = 1}) == "String should have at least 1 character|string_too_short");
    CHECK(words({.code = field_code::too_long, .limit = 255}) == "String should have at most 255 characters|string_too_long");
    CHECK(words({.code = field_code::below_minimum, .limit = 0}) ==
          "Input should be greater than or equal to 0|greater_than_equal");
    CHECK(words({.code = field_code::not_above, .limit = 0}) == "Input should be greater than 0|greater_than");
    CHECK(words({.code = field_code::above_maximum, .limit = 1000}) ==
          "Input should be less than or equal to 1000|less_than_equal");
    CHECK(words({.code = field_code::too_deep, .limit = 32}) == "Invalid JSON: nested deeper than 32 levels|json_invalid");
}

TEST_CASE("fastapi_wording: types", "[kit][fastapi]") {
    CHECK(words({.code = field_code::missing}) == "Field required|missing");
    CHECK(words({.path = {"a"}, .code = field_code::wrong_type, .expected = "string"}) ==
          "Input should be a valid string|string_type");
    CHECK(words({.path = {"a"}, .code = field_code::wrong_type, .expected = "integer"}) ==
          "Input should be a valid integer|int_type");
    CHECK(words({.path = {"a"}, .code = field_code::wrong_type, .expected = "boolean"}) ==
          "Input should be a valid boolean|bool_type");
    CHECK(words({.path = {"a"}, .code = field_code::wrong_type, .expected = "list"}) ==
          "Input should be a valid list|list_type");
    CHECK(words({.path = {"a"}, .code = field_code::wrong_type, .expected = "object"}) ==
          "Input should be a valid dictionary|dict_type");
    CHECK(words({.code = field_code::wrong_type, .expected = "object"}) ==
          "Input should be a valid dictionary or object to extract fields from|model_attributes_type");
    CHECK(words({.path = {"a"}, .code = field_code::wrong_type, .expected = "enum"}) ==
          "Input should be a valid enum|enum_type");
    CHECK(words({.path = {"a"}, .code = field_code::wrong_type, .expected = "date"}) ==
          "Input should be a valid date|date_type");
    CHECK(words({.path = {"a"}, .code = field_code::wrong_type, .expected = "datetime"}) ==
          "Input should be a valid datetime|datetime_type");
    CHECK(words({.code = field_code::out_of_range, .expected = "integer"}) ==
          "Input should be a valid integer, number too large|int_parsing");
    CHECK(words({.code = field_code::not_whole, .expected = "integer"}) ==
          "Input should be a valid integer, got a number with a fractional part|int_from_float");
}

TEST_CASE("fastapi_wording: text that does not parse", "[kit][fastapi]") {
    CHECK(words({.code = field_code::malformed, .expected = "integer"}) ==
          "Input should be a valid integer, unable to parse string as an integer|int_parsing");
    CHECK(words({.code = field_code::malformed, .expected = "boolean"}) ==
          "Input should be a valid boolean, unable to interpret input|bool_parsing");
    CHECK(words({.code = field_code::malformed, .expected = "date"}) ==
          "Input should be a valid date in the format YYYY-MM-DD|date_parsing");
    CHECK(words({.code = field_code::malformed, .expected = "datetime"}) ==
          "Input should be a valid datetime or date, unable to parse|datetime_from_date_parsing");
    CHECK(words({.code = field_code::malformed, .expected = "json"}) == "JSON decode error|json_invalid");
    CHECK(words({.code = field_code::malformed, .expected = "urlencoded", .origin = "query"}) ==
          "Invalid percent-encoding in the query string|value_error");
    CHECK(words({.code = field_code::malformed, .expected = "urlencoded", .origin = "form"}) ==
          "Invalid form body|value_error");
    CHECK(words({.code = field_code::unreadable_name, .origin = "query"}) ==
          "Invalid parameter name in the query string|value_error");
    CHECK(words({.code = field_code::contains_nul}) == "String should not contain NUL characters|string_nul");
    CHECK(words({.code = field_code::not_utf8}) ==
          "Input should be a valid string, unable to parse raw data as a unicode string|string_unicode");
}

TEST_CASE("fastapi_wording: values and rules", "[kit][fastapi]") {
    CHECK(words({.code = field_code::not_one_of, .allowed = domain::enum_values<domain::priority>()}) ==
          "Input should be 'High', 'Medium' or 'Low'|enum");
    CHECK(words({.code = field_code::not_one_of, .allowed = domain::enum_values<domain::group_role>()}) ==
          "Input should be 'admin' or 'member'|enum");
    CHECK(words({.code = field_code::not_one_of, .allowed = domain::enum_values<domain::application_status>()}) ==
          "Input should be 'Saved', 'Applied', 'Interviewing', 'Offer', 'Accepted', 'Rejected' or 'Withdrawn'|enum");
    CHECK(words({.path = {"email"}, .code = field_code::not_an_email}) == "value is not a valid email address|value_error");
    CHECK(words({.path = {"username"}, .code = field_code::hidden_character}) ==
          "Value error, username must not contain control, invisible or bidirectional formatting characters|value_error");
    CHECK(words({.path = {"salary_max"}, .code = field_code::out_of_order, .other = "salary_min"}) ==
          "Value error, salary_max must be greater than or equal to salary_min|value_error");
}

TEST_CASE("fastapi_loc: origin or fallback, then the path", "[kit][fastapi]") {
    CHECK(loc({.path = {"email"}, .code = field_code::missing}) == R"(["body","email"])");
    CHECK(loc({.path = {"q"}, .code = field_code::contains_nul}, "query") == R"(["query","q"])");
    CHECK(loc({.path = {"skip"}, .code = field_code::malformed, .origin = "query"}) == R"(["query","skip"])");
    CHECK(loc({.path = {"username"}, .code = field_code::missing, .origin = "form"}, "query") == R"(["body","username"])");
    CHECK(loc({.path = {"tags", "2"}, .code = field_code::not_utf8}) == R"(["body","tags",2])");
    CHECK(loc({.code = field_code::missing, .origin = "body"}) == R"(["body"])");
    CHECK(loc({.code = field_code::malformed, .expected = "json", .origin = "body"}) == R"(["body",0])");
}

TEST_CASE("fastapi_validation_body: one entry per error, in order", "[kit][fastapi]") {
    const auto body = fastapi_validation_body({{.path = {"title"}, .code = field_code::too_long, .limit = 255},
                                               {.path = {"limit"}, .code = field_code::below_minimum, .limit = 1, .origin = "query"}},
                                              "body");
    CHECK(adapters::http::kit::write_json(body) ==
          R"({"detail":[{"loc":["body","title"],"msg":"String should have at most 255 characters","type":"string_too_long"},)"
          R"({"loc":["query","limit"],"msg":"Input should be greater than or equal to 1","type":"greater_than_equal"}]})");
}

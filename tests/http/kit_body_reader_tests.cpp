// The kit's JSON body reader: every problem is a neutral field error with origin "body" (no wording).
#include <offertracker/http/kit/body_reader.hpp>

#include <catch2/catch.hpp>

#include <offertracker/domain/enums.hpp>
#include <offertracker/domain/json_text.hpp>

#include "kit_test_printing.hpp"

using namespace offertracker;
using adapters::http::kit::body_reader;
using adapters::http::kit::empty_text;
using domain::field_code;
using domain::field_error;

namespace {

std::vector<field_error> errors_of(body_reader r) {
    auto e = std::move(r).finish();
    if (!e) return {};
    CHECK(e->kind == domain::error_kind::validation);
    return e->field_errors;
}

field_error at(std::string field, field_code code, std::string expected = {}) {
    return {.path = {std::move(field)}, .code = code, .expected = std::move(expected), .origin = "body"};
}

field_error whole(field_code code, std::string expected = {}) {
    return {.code = code, .expected = std::move(expected), .origin = "body"};
}

}  // namespace

TEST_CASE("body_reader: a body that is not a JSON object is one error for the whole input", "[kit][body]") {
    CHECK(errors_of(body_reader("")) == std::vector{whole(field_code::missing)});
    CHECK(errors_of(body_reader("{\"a\":")) == std::vector{whole(field_code::malformed, "json")});
    CHECK(errors_of(body_reader("[1]")) == std::vector{whole(field_code::wrong_type, "object")});
    // Invalid UTF-8 inside a JSON string: the parser refuses the text.
    CHECK(errors_of(body_reader("{\"a\":\"\xff\"}")) == std::vector{whole(field_code::malformed, "json")});

    const std::string deep = std::string(domain::max_json_depth + 1, '[') + std::string(domain::max_json_depth + 1, ']');
    auto too_deep = whole(field_code::too_deep);
    too_deep.limit = static_cast<long long>(domain::max_json_depth);
    CHECK(errors_of(body_reader(deep)) == std::vector{too_deep});

    SECTION("and the field readers add nothing to it") {
        body_reader r("[1]");
        CHECK(r.required_string("name").empty());
        CHECK_FALSE(r.optional_int("n"));
        CHECK(errors_of(std::move(r)).size() == 1);
    }
}

TEST_CASE("body_reader: strings, missing fields and null", "[kit][body]") {
    body_reader r(R"({"name":"Ada","n":1,"nul":"a\u0000b","none":null,"list":["x",2],"meta":3,"tags":"x"})");
    CHECK(r.required_string("name") == "Ada");
    CHECK(r.required_string("absent").empty());
    CHECK(r.required_string("none").empty());
    CHECK_FALSE(r.optional_string("n"));
    CHECK_FALSE(r.optional_string("nul"));
    const auto none = r.patch_string("none");
    REQUIRE(none);
    CHECK_FALSE(*none);  // sent as null
    CHECK_FALSE(r.patch_string("absent"));
    CHECK_FALSE(r.optional_string_list("list"));
    CHECK_FALSE(r.optional_string_list("tags"));
    CHECK_FALSE(r.optional_object("meta"));
    CHECK(errors_of(std::move(r)) == std::vector{
                                         at("absent", field_code::missing),
                                         at("none", field_code::wrong_type, "string"),
                                         at("n", field_code::wrong_type, "string"),
                                         at("nul", field_code::contains_nul),
                                         at("list", field_code::wrong_type, "string"),
                                         at("tags", field_code::wrong_type, "list"),
                                         at("meta", field_code::wrong_type, "object"),
                                     });
}

TEST_CASE("body_reader: integers, booleans and dates", "[kit][body]") {
    body_reader r(R"({"a":2.0,"b":1.5,"c":1e19,"d":18446744073709551615,"e":"7","f":"yes","g":"2026-02-30","h":"2026-03-15"})");
    CHECK(r.optional_int("a") == 2);
    CHECK_FALSE(r.optional_int("b"));
    CHECK_FALSE(r.optional_int("c"));
    CHECK_FALSE(r.optional_int("d"));
    CHECK_FALSE(r.optional_int("e"));
    CHECK_FALSE(r.optional_bool("f"));
    CHECK_FALSE(r.optional_date("g"));
    CHECK(r.optional_date("h").has_value());
    CHECK(errors_of(std::move(r)) == std::vector{
                                         at("b", field_code::not_whole, "integer"),
                                         at("c", field_code::out_of_range, "integer"),
                                         at("d", field_code::out_of_range, "integer"),
                                         at("e", field_code::wrong_type, "integer"),
                                         at("f", field_code::wrong_type, "boolean"),
                                         at("g", field_code::malformed, "date"),
                                     });
}

TEST_CASE("body_reader: an enum value outside the table lists the allowed values", "[kit][body]") {
    body_reader r(R"({"p":"low","q":"Low"})");
    CHECK_FALSE(r.optional_enum<domain::priority>("p"));
    CHECK(r.optional_enum<domain::priority>("q") == domain::priority::low);
    CHECK(errors_of(std::move(r)) == std::vector<field_error>{{.path = {"p"},
                                                                .code = field_code::not_one_of,
                                                                .allowed = {"High", "Medium", "Low"},
                                                                .origin = "body"}});
}

TEST_CASE("body_reader: \"\" is null only when the surface says so", "[kit][body]") {
    const std::string body = R"({"p":"","n":"","d":"","u":""})";
    SECTION("empty_text::null") {
        body_reader r(body, empty_text::null);
        const auto p = r.patch_enum<domain::priority>("p");
        REQUIRE(p);
        CHECK_FALSE(*p);
        const auto n = r.patch_int("n");
        REQUIRE(n);
        CHECK_FALSE(*n);
        const auto d = r.patch_date("d");
        REQUIRE(d);
        CHECK_FALSE(*d);
        const auto u = r.patch_url("u");
        REQUIRE(u);
        CHECK_FALSE(*u);
        CHECK(errors_of(std::move(r)).empty());
    }
    SECTION("empty_text::invalid, the default") {
        body_reader r(body);
        CHECK_FALSE(r.patch_enum<domain::priority>("p"));
        CHECK_FALSE(r.patch_int("n"));
        CHECK_FALSE(r.patch_date("d"));
        CHECK(r.optional_url("u") == "");
        const auto e = errors_of(std::move(r));
        REQUIRE(e.size() == 3);
        CHECK(e[0].code == field_code::not_one_of);
        CHECK(e[1] == at("n", field_code::wrong_type, "integer"));
        CHECK(e[2] == at("d", field_code::malformed, "date"));
    }
}

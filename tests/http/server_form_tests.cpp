// Unit tests for percent_decode, percent_encode and parse_query (form-urlencoded rules).
#include <offertracker/http/form.hpp>

#include <catch2/catch.hpp>

using namespace offertracker::adapters::http;

TEST_CASE("percent_decode decodes escapes and keeps '+' unless asked", "[http][form]") {
    CHECK(percent_decode("a%20b") == std::optional<std::string>{"a b"});
    CHECK(percent_decode("%2f%2F") == std::optional<std::string>{"//"});
    CHECK(percent_decode("a+b") == std::optional<std::string>{"a+b"});
    CHECK(percent_decode("a+b", true) == std::optional<std::string>{"a b"});
    CHECK(percent_decode("%00").value() == std::string(1, '\0'));
    CHECK(percent_decode("") == std::optional<std::string>{""});
}

TEST_CASE("percent_decode rejects invalid escapes", "[http][form]") {
    CHECK_FALSE(percent_decode("%"));
    CHECK_FALSE(percent_decode("%4"));
    CHECK_FALSE(percent_decode("abc%"));
    CHECK_FALSE(percent_decode("%zz"));
    CHECK_FALSE(percent_decode("%g0"));
}

TEST_CASE("percent_encode round-trips through percent_decode", "[http][form]") {
    const std::string raw = "a b/c?d=e&f+g~h_i.j-k\xc3\xa9";
    CHECK(percent_encode(raw) == "a%20b%2Fc%3Fd%3De%26f%2Bg~h_i.j-k%C3%A9");
    CHECK(percent_decode(percent_encode(raw)) == std::optional<std::string>{raw});
}

TEST_CASE("parse_query splits pairs with form rules", "[http][form]") {
    const auto fields = parse_query("a=1&b=x+y&c&d=%26%3D&a=2");
    REQUIRE(fields);
    const form_fields expected{{"a", "1"}, {"b", "x y"}, {"c", ""}, {"d", "&="}, {"a", "2"}};
    CHECK(*fields == expected);
    CHECK(find_field(*fields, "a") == std::optional<std::string_view>{"1"});
    CHECK_FALSE(find_field(*fields, "A"));
}

TEST_CASE("parse_query skips empty pieces and keeps '=' inside values", "[http][form]") {
    const auto fields = parse_query("&&a=1&&b==2&");
    REQUIRE(fields);
    const form_fields expected{{"a", "1"}, {"b", "=2"}};
    CHECK(*fields == expected);
    CHECK(parse_query("")->empty());
    const auto empty_name = parse_query("=v");
    REQUIRE(empty_name);
    CHECK(*empty_name == form_fields{{"", "v"}});
}

TEST_CASE("parse_query reports invalid escapes in names or values", "[http][form]") {
    CHECK_FALSE(parse_query("a=%zz"));
    CHECK_FALSE(parse_query("a%=1"));
    CHECK_FALSE(parse_query("ok=1&bad=%4"));
}

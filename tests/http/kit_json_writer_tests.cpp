// The kit's JSON writer: Python-style numbers, compact output, and the value helpers.
#include <offertracker/http/kit/json_values.hpp>
#include <offertracker/http/kit/json_writer.hpp>

#include <catch2/catch.hpp>

#include <offertracker/domain/enums.hpp>

using namespace offertracker;
namespace kit = adapters::http::kit;
namespace json = boost::json;

TEST_CASE("write_json writes numbers as Python's json module does", "[kit][json]") {
    CHECK(kit::write_json(json::array{0.5714, 86875.0, 1e16, 1e-5, 3, -2}) == "[0.5714,86875.0,1e+16,1e-05,3,-2]");
    CHECK(kit::write_json(json::object{{"a", nullptr}, {"b", true}, {"c", "x\"y"}}) == R"({"a":null,"b":true,"c":"x\"y"})");
}

TEST_CASE("opt and embedded: null when absent or unreadable", "[kit][json]") {
    CHECK(kit::opt(std::optional<int>{}).is_null());
    CHECK(kit::opt(std::optional{domain::priority::high}) == json::value("High"));
    CHECK(kit::embedded(std::optional<std::string>{R"({"a":1})"}) == json::parse(R"({"a":1})"));
    CHECK(kit::embedded(std::optional<std::string>{"{"}).is_null());
    CHECK(kit::embedded(std::nullopt).is_null());
}

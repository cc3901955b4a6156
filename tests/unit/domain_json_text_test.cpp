// The flat JSON writer of activity metadata: shape, key order, value types and string escaping.
#include <string>

#include <offertracker/domain/json_text.hpp>

#include "test_support.hpp"

using namespace offertracker;
using domain::json_object_text;

namespace {

std::string quoted(std::string_view s) {
    std::string out;
    domain::append_json_string(out, s);
    return out;
}

}  // namespace

TEST_CASE("an empty object is {}", "[domain][json]") {
    CHECK(json_object_text{}.str() == "{}");
}

TEST_CASE("values of each type, keys in insertion order", "[domain][json]") {
    CHECK(json_object_text{}.add("b", std::string_view("x")).str() == R"({"b":"x"})");
    CHECK(json_object_text{}
              .add("old_status", std::string_view("Applied"))
              .add("new_status", std::string_view("Interviewing"))
              .add("auto", true)
              .str() == R"({"old_status":"Applied","new_status":"Interviewing","auto":true})");
    CHECK(json_object_text{}.add("z", false).add("a", 42LL).add("m", -7LL).str() == R"({"z":false,"a":42,"m":-7})");
    CHECK(json_object_text{}.add("n", 0LL).str() == R"({"n":0})");
}

TEST_CASE("str() can be called more than once", "[domain][json]") {
    json_object_text o;
    o.add("a", 1LL);
    CHECK(o.str() == R"({"a":1})");
    o.add("b", 2LL);
    CHECK(o.str() == R"({"a":1,"b":2})");
}

TEST_CASE("strings are escaped as JSON requires", "[domain][json]") {
    CHECK(quoted("") == R"("")");
    CHECK(quoted("plain") == R"("plain")");
    CHECK(quoted("say \"hi\"") == R"("say \"hi\"")");
    CHECK(quoted("C:\\dir") == R"("C:\\dir")");
    CHECK(quoted("a\nb") == R"("a\nb")");
    CHECK(quoted("a\rb") == R"("a\rb")");
    CHECK(quoted("a\tb") == R"("a\tb")");
    CHECK(quoted("a\bb") == R"("a\bb")");
    CHECK(quoted("a\fb") == R"("a\fb")");
    CHECK(quoted(std::string_view("\0", 1)) == R"("\u0000")");
    CHECK(quoted("\x01") == R"("\u0001")");
    CHECK(quoted("\x1f") == R"("\u001f")");
    CHECK(quoted("/") == R"("/")");     // need not be escaped
    CHECK(quoted("\x7f") == "\"\x7f\"");  // DEL is allowed raw in JSON
}

TEST_CASE("UTF-8 passes through unchanged", "[domain][json]") {
    CHECK(quoted("Applied \xE2\x86\x92 Offer") == "\"Applied \xE2\x86\x92 Offer\"");
    CHECK(quoted("\xF0\x9F\x8E\x89") == "\"\xF0\x9F\x8E\x89\"");
    CHECK(quoted("Caf\xC3\xA9") == "\"Caf\xC3\xA9\"");
}

TEST_CASE("keys are escaped too", "[domain][json]") {
    CHECK(json_object_text{}.add("we\"ird\\key\n", true).str() == R"({"we\"ird\\key\n":true})");
}

TEST_CASE("append_json_string appends to what is already there", "[domain][json]") {
    std::string out = "prefix:";
    domain::append_json_string(out, "v");
    CHECK(out == R"(prefix:"v")");
}

TEST_CASE("arrays of strings, null and raw nested values", "[domain][json]") {
    CHECK(json_object_text{}.add("a", std::vector<std::string>{}).str() == R"({"a":[]})");
    CHECK(json_object_text{}.add("a", std::vector<std::string>{"x", "y\"z"}).str() == R"({"a":["x","y\"z"]})");
    CHECK(json_object_text{}.add_null("n").add("b", true).str() == R"({"n":null,"b":true})");
    const auto inner = json_object_text{}.add("id", 5LL).str();
    CHECK(json_object_text{}.add("event", std::string_view("job.created")).add_raw("data", inner).str() ==
          R"({"event":"job.created","data":{"id":5}})");
}

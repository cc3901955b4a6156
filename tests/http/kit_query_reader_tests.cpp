// The kit's query and form readers: neutral field errors with origin "query" / "form".
#include <offertracker/http/kit/form_reader.hpp>
#include <offertracker/http/kit/query_reader.hpp>

#include <catch2/catch.hpp>

#include <offertracker/domain/enums.hpp>

#include "kit_test_printing.hpp"

using namespace offertracker;
using adapters::http::kit::form_reader;
using adapters::http::kit::query_reader;
using domain::field_code;
using domain::field_error;

namespace {

template <class Reader>
std::vector<field_error> errors_of(Reader r) {
    auto e = std::move(r).finish();
    return e ? e->field_errors : std::vector<field_error>{};
}

}  // namespace

TEST_CASE("query_reader: encoding and text problems are found on construction", "[kit][query]") {
    CHECK(errors_of(query_reader("a=%zz")) ==
          std::vector<field_error>{{.code = field_code::malformed, .expected = "urlencoded", .origin = "query"}});
    CHECK(errors_of(query_reader("%ff=1")) ==
          std::vector<field_error>{{.code = field_code::unreadable_name, .origin = "query"}});
    CHECK(errors_of(query_reader("q=a%00b&r=%ff")) ==
          std::vector<field_error>{{.path = {"q"}, .code = field_code::contains_nul, .origin = "query"},
                                   {.path = {"r"}, .code = field_code::not_utf8, .origin = "query"}});
}

TEST_CASE("query_reader: integers, booleans and enums", "[kit][query]") {
    query_reader q("skip=x&limit=5&done=maybe&on=1&off=&p=low&e=");
    CHECK_FALSE(q.integer("skip", 0));
    CHECK(q.integer("limit", 20) == 5);
    CHECK(q.integer("absent", 20) == 20);
    CHECK_FALSE(q.boolean("done"));
    CHECK(q.boolean("on") == true);
    CHECK_FALSE(q.boolean("off"));  // "" reads as absent
    CHECK_FALSE(q.enumeration<domain::priority>("p"));
    CHECK_FALSE(q.enumeration<domain::priority>("e"));
    q.report({{.path = {"limit"}, .code = field_code::above_maximum, .limit = 1000}});
    CHECK(errors_of(std::move(q)) ==
          std::vector<field_error>{
              {.path = {"skip"}, .code = field_code::malformed, .expected = "integer", .origin = "query"},
              {.path = {"done"}, .code = field_code::malformed, .expected = "boolean", .origin = "query"},
              {.path = {"p"}, .code = field_code::not_one_of, .allowed = {"High", "Medium", "Low"}, .origin = "query"},
              {.path = {"limit"}, .code = field_code::above_maximum, .limit = 1000, .origin = "query"},
          });
}

TEST_CASE("form_reader: fields, missing ones and a body that does not decode", "[kit][form]") {
    form_reader f("username=ada%40example.com&password=a%00b");
    CHECK(f.required_string("username") == "ada@example.com");
    CHECK(f.required_string("password").empty());
    CHECK(f.required_string("scope").empty());
    CHECK(f.optional_string("client_id") == std::nullopt);
    CHECK(errors_of(std::move(f)) ==
          std::vector<field_error>{{.path = {"password"}, .code = field_code::contains_nul, .origin = "form"},
                                   {.path = {"scope"}, .code = field_code::missing, .origin = "form"}});

    form_reader bad("username=%zz");
    CHECK(bad.required_string("username").empty());
    CHECK(errors_of(std::move(bad)) ==
          std::vector<field_error>{{.code = field_code::malformed, .expected = "urlencoded", .origin = "form"}});
}

TEST_CASE("is_form: the urlencoded content type, with or without parameters", "[kit][form]") {
    adapters::http::request req;
    CHECK_FALSE(adapters::http::kit::is_form(req));
    req.headers = {{"content-type", "application/x-www-form-urlencoded; charset=utf-8"}};
    CHECK(adapters::http::kit::is_form(req));
    req.headers = {{"Content-Type", "application/json"}};
    CHECK_FALSE(adapters::http::kit::is_form(req));
}

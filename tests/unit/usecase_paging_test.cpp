// skip/limit bounds (docs/behaviour.md §12): skip >= 0, 1 <= limit <= 1000, 422 with query locations.
#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::field_code;
using domain::field_error;

TEST_CASE("make_page accepts the bounds themselves", "[usecases][paging]") {
    auto p = uc::make_page(0, 1);
    REQUIRE(p.has_value());
    CHECK(p->skip == 0);
    CHECK(p->limit == 1);
    p = uc::make_page(12345, 1000);
    REQUIRE(p.has_value());
    CHECK(p->skip == 12345);
    CHECK(p->limit == 1000);
    p = uc::make_page(0, 100);
    REQUIRE(p.has_value());
    CHECK(p->limit == 100);
}

TEST_CASE("make_page: negative skip", "[usecases][paging]") {
    REQUIRE_FIELD_ERRORS(uc::make_page(-1, 10),
                         field_error{.path = {"skip"}, .code = field_code::below_minimum, .limit = 0});
}

TEST_CASE("make_page: limit 0 and negative", "[usecases][paging]") {
    REQUIRE_FIELD_ERRORS(uc::make_page(0, 0),
                         field_error{.path = {"limit"}, .code = field_code::below_minimum, .limit = 1});
    REQUIRE_FIELD_ERRORS(uc::make_page(0, -5),
                         field_error{.path = {"limit"}, .code = field_code::below_minimum, .limit = 1});
}

TEST_CASE("make_page: limit above 1000", "[usecases][paging]") {
    REQUIRE_FIELD_ERRORS(uc::make_page(0, 1001),
                         field_error{.path = {"limit"}, .code = field_code::above_maximum, .limit = 1000});
}

TEST_CASE("make_page: both wrong are both reported, skip first", "[usecases][paging]") {
    auto p = uc::make_page(-3, 5000);
    REQUIRE_FALSE(p.has_value());
    CHECK(p.error().kind == domain::error_kind::validation);
    CHECK(p.error().field_errors ==
          std::vector<field_error>{
              {.path = {"skip"}, .code = field_code::below_minimum, .limit = 0},
              {.path = {"limit"}, .code = field_code::above_maximum, .limit = 1000},
          });
}

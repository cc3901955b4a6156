// skip/limit bounds (docs/behaviour.md §12): skip >= 0, 1 <= limit <= 1000, 422 with query locations.
#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
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
                         field_error{{"query", "skip"}, "Input should be greater than or equal to 0", "greater_than_equal"});
}

TEST_CASE("make_page: limit 0 and negative", "[usecases][paging]") {
    REQUIRE_FIELD_ERRORS(uc::make_page(0, 0),
                         field_error{{"query", "limit"}, "Input should be greater than or equal to 1", "greater_than_equal"});
    REQUIRE_FIELD_ERRORS(uc::make_page(0, -5),
                         field_error{{"query", "limit"}, "Input should be greater than or equal to 1", "greater_than_equal"});
}

TEST_CASE("make_page: limit above 1000", "[usecases][paging]") {
    REQUIRE_FIELD_ERRORS(uc::make_page(0, 1001),
                         field_error{{"query", "limit"}, "Input should be less than or equal to 1000", "less_than_equal"});
}

TEST_CASE("make_page: both wrong are both reported, skip first", "[usecases][paging]") {
    auto p = uc::make_page(-3, 5000);
    REQUIRE_FALSE(p.has_value());
    CHECK(p.error().kind == domain::error_kind::validation);
    CHECK(p.error().field_errors ==
          std::vector<field_error>{
              {{"query", "skip"}, "Input should be greater than or equal to 0", "greater_than_equal"},
              {{"query", "limit"}, "Input should be less than or equal to 1000", "less_than_equal"},
          });
}

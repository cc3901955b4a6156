// Field checks: code-point lengths at exact boundaries, the neutral codes and limits, email well-formedness,
// not_null on patches and the validator's result.
#include <string>

#include <offertracker/domain/validation.hpp>

#include "test_support.hpp"

using namespace offertracker;
using domain::field_code;
using domain::field_error;
using domain::validator;

namespace {

std::string repeat(std::string_view unit, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += unit;
    return out;
}

std::vector<field_error> errors_of(validator v) {
    auto e = std::move(v).finish();
    if (!e) return {};
    CHECK(e->kind == domain::error_kind::validation);
    return e->field_errors;
}

}  // namespace

TEST_CASE("utf8_length counts code points, not bytes", "[domain][validation]") {
    CHECK(domain::utf8_length("") == 0);
    CHECK(domain::utf8_length("abc") == 3);
    CHECK(domain::utf8_length("h\xC3\xA9llo") == 5);                 // héllo: é is 2 bytes
    CHECK(domain::utf8_length("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E") == 3);  // 日本語: 3 bytes each
    CHECK(domain::utf8_length("\xF0\x9F\x98\x80") == 1);              // 😀: 4 bytes
    CHECK(domain::utf8_length("a\xE2\x80\x94" "b") == 3);             // a—b
    CHECK(domain::utf8_length(repeat("\xC3\xA9", 50)) == 50);
}

TEST_CASE("length: exact boundaries and limits", "[domain][validation]") {
    SECTION("minimum and maximum are inclusive") {
        validator v;
        v.length("username", "abc", 3, 50);
        v.length("username", repeat("a", 50), 3, 50);
        CHECK(v.ok());
        CHECK(errors_of(std::move(v)).empty());
    }
    SECTION("one below the minimum") {
        validator v;
        v.length("username", "ab", 3, 50);
        CHECK_FALSE(v.ok());
        CHECK(errors_of(std::move(v)) ==
              std::vector<field_error>{{.path = {"username"}, .code = field_code::too_short, .limit = 3}});
    }
    SECTION("one above the maximum") {
        validator v;
        v.length("username", repeat("a", 51), 3, 50);
        CHECK(errors_of(std::move(v)) ==
              std::vector<field_error>{{.path = {"username"}, .code = field_code::too_long, .limit = 50}});
    }
    SECTION("multi-byte text is measured in characters") {
        validator ok;
        ok.length("name", repeat("\xE6\x97\xA5", 50), 1, 50);  // 150 bytes, 50 characters
        CHECK(ok.ok());
        validator too_long;
        too_long.length("name", repeat("\xE6\x97\xA5", 51), 1, 50);
        CHECK_FALSE(too_long.ok());
    }
    SECTION("a limit of one character") {
        validator v;
        v.length("company_name", "", 1, 255);
        CHECK(errors_of(std::move(v)) ==
              std::vector<field_error>{{.path = {"company_name"}, .code = field_code::too_short, .limit = 1}});
        validator w;
        w.length("x", "ab", 0, 1);
        CHECK(errors_of(std::move(w)) ==
              std::vector<field_error>{{.path = {"x"}, .code = field_code::too_long, .limit = 1}});
    }
}

TEST_CASE("max_length on optionals and patches", "[domain][validation]") {
    validator v;
    v.max_length("url", std::optional<std::string>{}, 5);                      // absent
    v.max_length("url", std::optional<std::string>{"12345"}, 5);               // at the limit
    v.max_length("url", domain::patch<std::string>{}, 5);                      // not sent
    v.max_length("url", domain::patch<std::string>{std::optional<std::string>{}}, 5);  // sent as null
    v.max_length("url", domain::patch<std::string>{std::optional<std::string>{"12345"}}, 5);
    CHECK(v.ok());
    v.max_length("notes", std::optional<std::string>{"123456"}, 5);
    v.max_length("location", domain::patch<std::string>{std::optional<std::string>{"123456"}}, 5);
    CHECK(errors_of(std::move(v)) == std::vector<field_error>{
                                         {.path = {"notes"}, .code = field_code::too_long, .limit = 5},
                                         {.path = {"location"}, .code = field_code::too_long, .limit = 5},
                                     });
}

TEST_CASE("at_least and greater_than", "[domain][validation]") {
    validator v;
    v.at_least("salary_min", std::optional<long long>{0}, 0);
    v.at_least("salary_min", std::optional<long long>{}, 0);
    v.at_least("salary_min", domain::patch<long long>{std::optional<long long>{}}, 0);
    v.greater_than("duration_minutes", std::optional<long long>{1}, 0);
    v.greater_than("duration_minutes", domain::patch<long long>{}, 0);
    CHECK(v.ok());
    v.at_least("salary_min", std::optional<long long>{-1}, 0);
    v.at_least("salary_max", domain::patch<long long>{std::optional<long long>{-5}}, 0);
    v.greater_than("duration_minutes", std::optional<long long>{0}, 0);
    v.greater_than("duration_minutes", domain::patch<long long>{std::optional<long long>{-3}}, 0);
    CHECK(errors_of(std::move(v)) ==
          std::vector<field_error>{
              {.path = {"salary_min"}, .code = field_code::below_minimum, .limit = 0},
              {.path = {"salary_max"}, .code = field_code::below_minimum, .limit = 0},
              {.path = {"duration_minutes"}, .code = field_code::not_above, .limit = 0},
              {.path = {"duration_minutes"}, .code = field_code::not_above, .limit = 0},
          });
}

TEST_CASE("not_null on a patch: only 'sent as null' is an error", "[domain][validation]") {
    validator v;
    v.not_null("company_name", domain::patch<std::string>{}, "string");
    v.not_null("company_name", domain::patch<std::string>{std::optional<std::string>{"Acme"}}, "string");
    CHECK(v.ok());
    v.not_null("company_name", domain::patch<std::string>{std::optional<std::string>{}}, "string");
    v.not_null("status", domain::patch<domain::application_status>{std::optional<domain::application_status>{}}, "enum");
    CHECK(errors_of(std::move(v)) == std::vector<field_error>{
                                         {.path = {"company_name"}, .code = field_code::wrong_type, .expected = "string"},
                                         {.path = {"status"}, .code = field_code::wrong_type, .expected = "enum"},
                                     });
}

TEST_CASE("finish: nothing when clean, one validation error with every field otherwise", "[domain][validation]") {
    SECTION("clean") {
        validator v;
        v.length("a", "x", 1, 2);
        CHECK_FALSE(std::move(v).finish().has_value());
    }
    SECTION("errors keep their order; the core leaves origin to the adapter") {
        validator v;
        v.at_least("skip", std::optional<long long>{-1}, 0);
        v.at_most("limit", std::optional<long long>{1001}, 1000);
        auto e = std::move(v).finish();
        REQUIRE(e);
        CHECK(e->kind == domain::error_kind::validation);
        CHECK(e->message == "Validation error");
        CHECK(e->field_errors == std::vector<field_error>{{.path = {"skip"}, .code = field_code::below_minimum, .limit = 0},
                                                          {.path = {"limit"}, .code = field_code::above_maximum, .limit = 1000}});
        CHECK(e->field_errors[0].origin.empty());
    }
}

TEST_CASE("well-formed email addresses are accepted", "[domain][validation][email]") {
    const char* good[] = {
        "user@example.com",       "first.last+tag@sub.example.co.uk", "USER@EXAMPLE.COM", "a@b.co",
        "o'neil@example.org",     "user_name@ex-ample.com",           "x1@y2.z3",         "j\xC3\xB6rg@example.de",
    };
    for (const char* e : good) {
        INFO(e);
        CHECK(domain::is_well_formed_email(e));
    }
}

TEST_CASE("malformed email addresses are refused", "[domain][validation][email]") {
    const char* bad[] = {
        "",
        "plainaddress",
        "@example.com",
        "user@",
        "user@example",
        "user@@example.com",
        "us@er@example.com",
        "user @example.com",
        "user@exa mple.com",
        "user@example.com ",
        " user@example.com",
        "user@.com",
        "user@example.",
        "user@example..com",
        "user@-example.com",
        ".user@example.com",
        "user.@example.com",
        "<user@example.com>",
        "user,x@example.com",
        "user;x@example.com",
        "\"user\"@example.com",
        "user\t@example.com",
        "user@example.com\n",
        "user\x7F@example.com",
    };
    for (const char* e : bad) {
        INFO('"' << e << '"');
        CHECK_FALSE(domain::is_well_formed_email(e));
    }
}

// Regression test for a fixed bug (core/domain/src/validation.cpp, is_well_formed_email): a domain that starts with '.' has an empty
// first label ("user@.example.com") but is accepted; only a leading '-' is refused.
TEST_CASE("an email domain starting with a dot is refused", "[domain][validation][email]") {
    CHECK_FALSE(domain::is_well_formed_email("user@.example.com"));
}

// Regression test for a fixed bug (core/domain/src/validation.cpp, is_well_formed_email): consecutive dots in the local part
// ("us..er@example.com") are accepted, though the check refuses them in the domain and refuses a leading or
// trailing dot in the local part (RFC 5322 dot-atom forbids all three; Pydantic's validator refuses it).
TEST_CASE("consecutive dots in the local part are refused", "[domain][validation][email]") {
    CHECK_FALSE(domain::is_well_formed_email("us..er@example.com"));
}

TEST_CASE("validator.email: length first, then shape", "[domain][validation][email]") {
    const std::string at_limit = repeat("a", 255 - 12) + "@example.com";  // 255 characters
    REQUIRE(at_limit.size() == 255);
    validator ok;
    ok.email("email", at_limit);
    CHECK(ok.ok());

    validator too_long;
    too_long.email("email", "a" + at_limit);
    CHECK(errors_of(std::move(too_long)) ==
          std::vector<field_error>{{.path = {"email"}, .code = field_code::too_long, .limit = 255}});

    validator malformed;
    malformed.email("email", "not-an-email");
    CHECK(errors_of(std::move(malformed)) ==
          std::vector<field_error>{{.path = {"email"}, .code = field_code::not_an_email}});
}

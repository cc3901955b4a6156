// ISO 8601 dates and timestamps: parsing, formatting, round trips and day arithmetic.
#include <chrono>

#include <offertracker/domain/time.hpp>

#include "test_support.hpp"

using namespace offertracker;
using domain::format_date;
using domain::format_timestamp;
using domain::parse_date;
using domain::parse_timestamp;
using test::at;
using test::ymd;

TEST_CASE("parse_date reads YYYY-MM-DD", "[domain][time]") {
    CHECK(parse_date("2026-03-15") == ymd(2026, 3, 15));
    CHECK(parse_date("2028-02-29") == ymd(2028, 2, 29));
    CHECK(parse_date("1999-12-31") == ymd(1999, 12, 31));
    CHECK(parse_date("2026-01-01") == ymd(2026, 1, 1));
}

TEST_CASE("parse_date refuses impossible days and other shapes", "[domain][time]") {
    const char* bad[] = {
        "2026-02-30", "2026-02-29", "2100-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
        "2026-01-32", "2026-1-1",   "2026-01-1",  "26-01-01",   "2026/01/01", "20260101",   "",
        "2026-01-01 ", " 2026-01-01", "2026-01-01x", "2026-01-01T00:00:00", "2026-01-01Z", "abcd-ef-gh",
        "2026-0a-01", "2026--01-01",
    };
    for (const char* text : bad) {
        INFO('"' << text << '"');
        CHECK_FALSE(parse_date(text).has_value());
    }
}

TEST_CASE("format_date pads to YYYY-MM-DD", "[domain][time]") {
    CHECK(format_date(ymd(2026, 3, 5)) == "2026-03-05");
    CHECK(format_date(ymd(2026, 12, 31)) == "2026-12-31");
    CHECK(format_date(ymd(987, 1, 2)) == "0987-01-02");
}

TEST_CASE("every day of a leap year round-trips through text", "[domain][time]") {
    auto day = std::chrono::sys_days{ymd(2028, 1, 1)};
    int count = 0;
    while (domain::date{day}.year() == std::chrono::year{2028}) {
        const domain::date d{day};
        const auto text = format_date(d);
        CHECK(text.size() == 10);
        CHECK(parse_date(text) == d);
        day += std::chrono::days{1};
        ++count;
    }
    CHECK(count == 366);
}

TEST_CASE("parse_timestamp accepts the documented forms", "[domain][time]") {
    const auto ten = at(2026, 11, 22, 10);
    SECTION("no zone is UTC") {
        CHECK(parse_timestamp("2026-11-22T10:00:00") == ten);
        CHECK(parse_timestamp("2026-11-22T10:00") == ten);
    }
    SECTION("Z") {
        CHECK(parse_timestamp("2026-11-22T10:00:00Z") == ten);
        CHECK(parse_timestamp("2026-11-22T10:00:00z") == ten);
        CHECK(parse_timestamp("2026-11-22t10:00:00Z") == ten);
    }
    SECTION("offsets convert to UTC") {
        CHECK(parse_timestamp("2026-11-22T12:00:00+02:00") == ten);
        CHECK(parse_timestamp("2026-11-22T12:00:00+0200") == ten);
        CHECK(parse_timestamp("2026-11-22T12:00:00+02") == ten);
        CHECK(parse_timestamp("2026-11-22T05:00:00-05:00") == ten);
        CHECK(parse_timestamp("2026-11-22T15:30:00+05:30") == ten);
        CHECK(parse_timestamp("2026-11-22T10:00:00+00:00") == ten);
        CHECK(parse_timestamp("2026-11-22T10:00:00-00:00") == ten);
        // Crossing midnight backwards and forwards.
        CHECK(parse_timestamp("2026-11-23T01:00:00+15:00") == ten);
        CHECK(parse_timestamp("2026-11-21T23:00:00-11:00") == ten);
    }
    SECTION("space separator") {
        CHECK(parse_timestamp("2026-11-22 10:00:00") == ten);
        CHECK(parse_timestamp("2026-11-22 10:00:00Z") == ten);
    }
    SECTION("a bare date is midnight UTC") {
        CHECK(parse_timestamp("2026-11-22") == at(2026, 11, 22));
    }
    SECTION("PostgreSQL's text form") {
        CHECK(parse_timestamp("2026-11-22 10:00:00.123456+00") == at(2026, 11, 22, 10, 0, 0, 123456));
        CHECK(parse_timestamp("2026-11-22 11:00:00.5+01") == at(2026, 11, 22, 10, 0, 0, 500000));
    }
}

TEST_CASE("fractional seconds of 1 to 9 digits", "[domain][time]") {
    const auto base = at(2026, 11, 22, 10, 0, 0);
    using std::chrono::microseconds;
    struct row {
        const char* text;
        long long micros;
    } rows[] = {
        {"2026-11-22T10:00:00.1Z", 100000},         {"2026-11-22T10:00:00.12Z", 120000},
        {"2026-11-22T10:00:00.123Z", 123000},       {"2026-11-22T10:00:00.1234Z", 123400},
        {"2026-11-22T10:00:00.12345Z", 123450},     {"2026-11-22T10:00:00.123456Z", 123456},
        {"2026-11-22T10:00:00.1234567Z", 123456},   {"2026-11-22T10:00:00.12345678Z", 123456},
        {"2026-11-22T10:00:00.123456789Z", 123456}, {"2026-11-22T10:00:00.000001Z", 1},
        {"2026-11-22T10:00:00.999999999", 999999},  {"2026-11-22T10:00:00.0+00:00", 0},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        CHECK(parse_timestamp(r.text) == base + microseconds{r.micros});
    }
}

TEST_CASE("parse_timestamp refuses malformed text", "[domain][time]") {
    const char* bad[] = {
        "",
        "2026-11-22T",
        "2026-11-22T10",
        "2026-11-22T10:",
        "2026-11-22T10:00:",
        "2026-11-22T10:00:00.",
        "2026-11-22T10:00:00.Z",
        "2026-11-22T24:00:00",
        "2026-11-22T10:60:00",
        "2026-11-22T10:00:60",
        "2026-11-22T1:00:00",
        "2026-11-22X10:00:00",
        "2026-11-22T10:00:00ZZ",
        "2026-11-22T10:00:00Z ",
        "2026-11-22T10:00:00 ",
        "2026-11-22T10:00:00+",
        "2026-11-22T10:00:00+2",
        "2026-11-22T10:00:00+24:00",
        "2026-11-22T10:00:00+02:60",
        "2026-11-22T10:00:00+02:0",
        "2026-11-22T10:00:00+02:00x",
        "2026-11-22T10:00:00junk",
        "2026-02-30T10:00:00Z",
        "2026-13-01T10:00:00Z",
        "2026-1-1T10:00:00Z",
        "yesterday",
    };
    for (const char* text : bad) {
        INFO('"' << text << '"');
        CHECK_FALSE(parse_timestamp(text).has_value());
    }
}

TEST_CASE("format_timestamp is fixed-width UTC with microseconds", "[domain][time]") {
    CHECK(format_timestamp(at(2026, 11, 22, 10)) == "2026-11-22T10:00:00.000000Z");
    CHECK(format_timestamp(at(2026, 1, 2, 3, 4, 5, 6)) == "2026-01-02T03:04:05.000006Z");
    CHECK(format_timestamp(at(2026, 12, 31, 23, 59, 59, 999999)) == "2026-12-31T23:59:59.999999Z");
    CHECK(format_timestamp(domain::timestamp{}) == "1970-01-01T00:00:00.000000Z");
    // Before the epoch the fields stay positive.
    CHECK(format_timestamp(at(1969, 12, 31, 23, 59, 59, 500000)) == "1969-12-31T23:59:59.500000Z");
}

TEST_CASE("timestamps round-trip through their text", "[domain][time]") {
    const domain::timestamp samples[] = {
        at(2026, 11, 22, 10, 0, 0, 123456), at(2028, 2, 29, 23, 59, 59, 999999), at(2000, 1, 1),
        at(1969, 7, 20, 20, 17, 40, 1),     domain::timestamp{},
    };
    for (const auto& t : samples) {
        const auto text = format_timestamp(t);
        INFO(text);
        CHECK(parse_timestamp(text) == t);
    }
}

TEST_CASE("text order of formatted timestamps is time order", "[domain][time]") {
    const auto a = at(2026, 3, 15, 9, 59, 59, 999999);
    const auto b = at(2026, 3, 15, 10);
    const auto c = at(2026, 3, 15, 10, 0, 0, 1);
    CHECK(format_timestamp(a) < format_timestamp(b));
    CHECK(format_timestamp(b) < format_timestamp(c));
}

TEST_CASE("to_date takes the UTC calendar day", "[domain][time]") {
    CHECK(domain::to_date(at(2026, 3, 15)) == ymd(2026, 3, 15));
    CHECK(domain::to_date(at(2026, 3, 15, 23, 59, 59, 999999)) == ymd(2026, 3, 15));
    CHECK(domain::to_date(at(2026, 12, 31, 23, 59, 59)) == ymd(2026, 12, 31));
    CHECK(domain::to_date(at(2027, 1, 1)) == ymd(2027, 1, 1));
    CHECK(domain::to_date(at(1969, 12, 31, 12)) == ymd(1969, 12, 31));
    // An offset form lands on the UTC day.
    CHECK(domain::to_date(*parse_timestamp("2026-03-16T01:00:00+02:00")) == ymd(2026, 3, 15));
}

TEST_CASE("days_between counts whole days, signed", "[domain][time]") {
    CHECK(domain::days_between(ymd(2026, 3, 15), ymd(2026, 3, 15)) == 0);
    CHECK(domain::days_between(ymd(2026, 3, 15), ymd(2026, 3, 16)) == 1);
    CHECK(domain::days_between(ymd(2026, 3, 16), ymd(2026, 3, 15)) == -1);
    CHECK(domain::days_between(ymd(2026, 12, 31), ymd(2027, 1, 1)) == 1);
    CHECK(domain::days_between(ymd(2028, 2, 28), ymd(2028, 3, 1)) == 2);
    CHECK(domain::days_between(ymd(2026, 2, 28), ymd(2026, 3, 1)) == 1);
    CHECK(domain::days_between(ymd(2026, 1, 1), ymd(2027, 1, 1)) == 365);
    CHECK(domain::days_between(ymd(2028, 1, 1), ymd(2029, 1, 1)) == 366);
}

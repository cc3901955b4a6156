// Daily streaks (docs/behaviour.md §3, §20): first activity, same day, next day, gaps, calendar edges,
// and a clock that goes backwards.
#include <offertracker/domain/streak.hpp>

#include "test_support.hpp"

using namespace offertracker;
using domain::record_activity;
using domain::streak;
using test::ymd;

TEST_CASE("first activity starts a streak of 1", "[domain][streak]") {
    const auto after = record_activity(streak{}, ymd(2026, 3, 15));
    CHECK(after.days == 1);
    CHECK(after.last_active == ymd(2026, 3, 15));
}

TEST_CASE("first activity starts at 1 even if a stale count is stored", "[domain][streak]") {
    // last_active null wins over whatever days says.
    const auto after = record_activity(streak{7, std::nullopt}, ymd(2026, 3, 15));
    CHECK(after == streak{1, ymd(2026, 3, 15)});
}

TEST_CASE("activity again on the same day keeps the streak", "[domain][streak]") {
    CHECK(record_activity({1, ymd(2026, 3, 15)}, ymd(2026, 3, 15)) == streak{1, ymd(2026, 3, 15)});
    CHECK(record_activity({5, ymd(2026, 3, 15)}, ymd(2026, 3, 15)) == streak{5, ymd(2026, 3, 15)});
}

TEST_CASE("activity on the next day adds one", "[domain][streak]") {
    CHECK(record_activity({1, ymd(2026, 3, 15)}, ymd(2026, 3, 16)) == streak{2, ymd(2026, 3, 16)});
    CHECK(record_activity({29, ymd(2026, 3, 15)}, ymd(2026, 3, 16)) == streak{30, ymd(2026, 3, 16)});
}

TEST_CASE("a gap of more than one day restarts at 1", "[domain][streak]") {
    CHECK(record_activity({6, ymd(2026, 3, 15)}, ymd(2026, 3, 17)) == streak{1, ymd(2026, 3, 17)});
    CHECK(record_activity({6, ymd(2026, 3, 15)}, ymd(2026, 4, 15)) == streak{1, ymd(2026, 4, 15)});
    CHECK(record_activity({6, ymd(2025, 3, 15)}, ymd(2026, 3, 15)) == streak{1, ymd(2026, 3, 15)});
}

TEST_CASE("consecutive days across month ends", "[domain][streak]") {
    CHECK(record_activity({3, ymd(2026, 1, 31)}, ymd(2026, 2, 1)) == streak{4, ymd(2026, 2, 1)});
    CHECK(record_activity({3, ymd(2026, 4, 30)}, ymd(2026, 5, 1)) == streak{4, ymd(2026, 5, 1)});
    CHECK(record_activity({3, ymd(2026, 2, 28)}, ymd(2026, 3, 1)) == streak{4, ymd(2026, 3, 1)});  // not a leap year
    // April has 30 days: Apr 30 -> May 2 is a gap.
    CHECK(record_activity({3, ymd(2026, 4, 30)}, ymd(2026, 5, 2)) == streak{1, ymd(2026, 5, 2)});
}

TEST_CASE("consecutive days across the year end", "[domain][streak]") {
    CHECK(record_activity({10, ymd(2026, 12, 31)}, ymd(2027, 1, 1)) == streak{11, ymd(2027, 1, 1)});
    CHECK(record_activity({10, ymd(2026, 12, 30)}, ymd(2027, 1, 1)) == streak{1, ymd(2027, 1, 1)});
}

TEST_CASE("leap day: Feb 28 -> Feb 29 2028 -> Mar 1", "[domain][streak]") {
    auto s = record_activity({1, ymd(2028, 2, 28)}, ymd(2028, 2, 29));
    CHECK(s == streak{2, ymd(2028, 2, 29)});
    s = record_activity(s, ymd(2028, 3, 1));
    CHECK(s == streak{3, ymd(2028, 3, 1)});
    // Skipping the leap day is a gap.
    CHECK(record_activity({1, ymd(2028, 2, 28)}, ymd(2028, 3, 1)) == streak{1, ymd(2028, 3, 1)});
}

TEST_CASE("a clock that goes backwards leaves the count alone and records today", "[domain][streak]") {
    CHECK(record_activity({4, ymd(2026, 3, 15)}, ymd(2026, 3, 14)) == streak{4, ymd(2026, 3, 14)});
    CHECK(record_activity({4, ymd(2026, 3, 15)}, ymd(2025, 1, 1)) == streak{4, ymd(2025, 1, 1)});
}

TEST_CASE("a run of daily activity counts every day", "[domain][streak]") {
    streak s;
    auto day = std::chrono::sys_days{ymd(2026, 12, 20)};
    for (int i = 1; i <= 40; ++i) {
        s = record_activity(s, domain::date{day});
        s = record_activity(s, domain::date{day});  // twice a day changes nothing
        CHECK(s.days == i);
        day += std::chrono::days{1};
    }
    CHECK(s.last_active == ymd(2027, 1, 28));
}

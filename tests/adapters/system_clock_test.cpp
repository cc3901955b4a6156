// Tests of system_clock: it reads the wall clock, truncated to whole microseconds.
#include <catch2/catch.hpp>

#include <chrono>

#include <offertracker/adapters/system/system_clock.hpp>

using offertracker::adapters::system::system_clock;

TEST_CASE("system clock reads the wall clock at microsecond resolution", "[system][clock]") {
    system_clock clock;
    const auto before = std::chrono::floor<std::chrono::microseconds>(std::chrono::system_clock::now());
    const auto now = clock.now();
    const auto after = std::chrono::system_clock::now();

    CHECK(now >= before);
    CHECK(now <= after);
    // After 2020 and before 2100: the epoch and units are the ones the domain expects.
    CHECK(now.time_since_epoch() > std::chrono::seconds(1577836800));
    CHECK(now.time_since_epoch() < std::chrono::seconds(4102444800));
    CHECK(clock.now() >= now);
}

TEST_CASE("system clock works through the port", "[system][clock]") {
    system_clock concrete;
    const offertracker::ports::clock& port = concrete;
    const auto a = port.now();
    const auto b = std::chrono::system_clock::now();
    CHECK(b - a < std::chrono::seconds(5));
    CHECK(b >= a);
}

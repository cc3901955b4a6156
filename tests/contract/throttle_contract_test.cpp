// The throttle port's contract (windows, limits, refusals not counted, reset), run against every adapter in
// `throttles()` (memory now), plus what only the memory adapter promises: its bound on tracked keys.
#include <catch2/catch.hpp>

#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <offertracker/adapters/memory/in_memory_throttle.hpp>
#include <offertracker/adapters/memory/manual_clock.hpp>

namespace {

namespace memory = offertracker::adapters::memory;
namespace ports = offertracker::ports;
using namespace std::chrono_literals;

struct throttle_factory {
    std::string name;
    std::function<std::unique_ptr<ports::throttle>(const ports::clock&)> make;
};

std::vector<throttle_factory> throttles() {
    return {{"memory", [](const ports::clock& c) { return std::make_unique<memory::in_memory_throttle>(c); }}};
}

// Runs body once per adapter, each with a fresh throttle on a manual clock.
void for_each_throttle(const std::function<void(ports::throttle&, memory::manual_clock&)>& body) {
    for (const auto& f : throttles()) {
        DYNAMIC_SECTION(f.name) {
            memory::manual_clock clock{offertracker::domain::timestamp{std::chrono::hours{24 * 365 * 56}}};
            auto t = f.make(clock);
            body(*t, clock);
        }
    }
}

const ports::throttle_limit three_per_minute{3, 60s};

}  // namespace

TEST_CASE("throttle: an unknown key is allowed with the whole limit", "[throttle]") {
    for_each_throttle([](ports::throttle& t, memory::manual_clock&) {
        const auto v = t.check("k", three_per_minute);
        CHECK(v.allowed);
        CHECK(v.remaining == 3);
        CHECK(v.retry_after == 0s);
    });
}

TEST_CASE("throttle: hits count down to the limit, then are refused until the window closes", "[throttle]") {
    for_each_throttle([](ports::throttle& t, memory::manual_clock& clock) {
        for (std::uint32_t left : {2u, 1u, 0u}) {
            const auto v = t.hit("k", three_per_minute);
            CHECK(v.allowed);
            CHECK(v.remaining == left);
        }
        clock.advance(20s);
        const auto refused = t.hit("k", three_per_minute);
        CHECK_FALSE(refused.allowed);
        CHECK(refused.remaining == 0);
        CHECK(refused.retry_after == 40s);
        const auto checked = t.check("k", three_per_minute);
        CHECK_FALSE(checked.allowed);
        CHECK(checked.retry_after == 40s);
        clock.advance(39s);
        CHECK_FALSE(t.check("k", three_per_minute).allowed);
        clock.advance(1s);  // the window opened by the first hit has closed
        const auto fresh = t.check("k", three_per_minute);
        CHECK(fresh.allowed);
        CHECK(fresh.remaining == 3);
        CHECK(t.hit("k", three_per_minute).remaining == 2);
    });
}

TEST_CASE("throttle: refused hits do not extend the block", "[throttle]") {
    for_each_throttle([](ports::throttle& t, memory::manual_clock& clock) {
        for (int i = 0; i < 3; ++i) REQUIRE(t.hit("k", three_per_minute).allowed);
        for (int i = 0; i < 59; ++i) {
            clock.advance(1s);
            REQUIRE_FALSE(t.hit("k", three_per_minute).allowed);
        }
        clock.advance(1s);
        CHECK(t.hit("k", three_per_minute).allowed);
    });
}

TEST_CASE("throttle: retry_after rounds a partial second up", "[throttle]") {
    for_each_throttle([](ports::throttle& t, memory::manual_clock& clock) {
        const ports::throttle_limit one{1, 10s};
        REQUIRE(t.hit("k", one).allowed);
        clock.advance(2500ms);
        CHECK(t.check("k", one).retry_after == 8s);
    });
}

TEST_CASE("throttle: keys are independent, and reset forgets one", "[throttle]") {
    for_each_throttle([](ports::throttle& t, memory::manual_clock&) {
        for (int i = 0; i < 3; ++i) REQUIRE(t.hit("a", three_per_minute).allowed);
        REQUIRE(t.hit("b", three_per_minute).allowed);
        CHECK_FALSE(t.check("a", three_per_minute).allowed);
        CHECK(t.check("b", three_per_minute).remaining == 2);
        t.reset("a");
        CHECK(t.check("a", three_per_minute).remaining == 3);
        CHECK(t.check("b", three_per_minute).remaining == 2);
        t.reset("never-seen");  // harmless
    });
}

TEST_CASE("throttle: concurrent hits on one key admit exactly the limit", "[throttle]") {
    for_each_throttle([](ports::throttle& t, memory::manual_clock&) {
        const ports::throttle_limit hundred{100, 60s};
        std::atomic<int> admitted{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 8; ++i)
            threads.emplace_back([&] {
                for (int j = 0; j < 50; ++j)
                    if (t.hit("shared", hundred).allowed) ++admitted;
            });
        for (auto& th : threads) th.join();
        CHECK(admitted == 100);
    });
}

TEST_CASE("in_memory_throttle: closed windows are dropped", "[throttle][memory]") {
    memory::manual_clock clock;
    memory::in_memory_throttle t{clock, 1000};
    for (int i = 0; i < 500; ++i) (void)t.hit("key" + std::to_string(i), three_per_minute);
    CHECK(t.size() == 500);
    clock.advance(60s);
    (void)t.check("other", three_per_minute);
    CHECK(t.size() == 0);
}

TEST_CASE("in_memory_throttle: a flood of distinct keys never holds more than max_keys", "[throttle][memory]") {
    memory::manual_clock clock;
    memory::in_memory_throttle t{clock, 100};
    (void)t.hit("victim", {1, 3600s});  // long window, blocked
    clock.advance(1s);
    for (int i = 0; i < 10'000; ++i) {
        (void)t.hit("flood" + std::to_string(i), {5, 7200s});
        REQUIRE(t.size() <= 100);
    }
    CHECK(t.size() == 100);
    // The newest keys are kept; the window closest to closing went first.
    CHECK(t.check("flood9999", {5, 7200s}).remaining == 4);
    CHECK(t.check("victim", {1, 3600s}).allowed);
}

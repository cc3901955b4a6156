// Tests of bounded_password_hasher with gated fake hashers: the capacity holds, the line is served in order and
// bounded, refusals come at once as ports::overloaded, and a failing hash frees its slot. No timing is asserted.
#include <catch2/catch.hpp>

#include <atomic>
#include <condition_variable>
#include <future>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include <offertracker/adapters/crypto/bounded_password_hasher.hpp>
#include <offertracker/ports/overloaded.hpp>

using offertracker::adapters::crypto::bounded_password_hasher;
using offertracker::adapters::crypto::hashing_capacity;
namespace ports = offertracker::ports;
using namespace std::chrono_literals;

namespace {

// Every call blocks until open() (or returns at once when opened); records how many ran at once.
class gated_hasher final : public ports::password_hasher {
public:
    std::string hash(std::string_view password) override {
        pass();
        if (password == "explode") throw std::runtime_error("hash failed");
        return "h:" + std::string(password);
    }
    bool verify(std::string_view password, std::string_view encoded) override {
        pass();
        return encoded == "h:" + std::string(password);
    }
    void open() {
        {
            const std::lock_guard lock{mutex_};
            open_ = true;
        }
        changed_.notify_all();
    }
    // Blocks until n calls are inside (running, not waiting for the gate's caller).
    void wait_inside(int n) {
        std::unique_lock lock{mutex_};
        changed_.wait(lock, [&] { return inside_ >= n; });
    }
    int entered() {
        const std::lock_guard lock{mutex_};
        return entered_;
    }
    int most_at_once() {
        const std::lock_guard lock{mutex_};
        return most_;
    }

private:
    void pass() {
        std::unique_lock lock{mutex_};
        ++entered_;
        ++inside_;
        most_ = std::max(most_, inside_);
        changed_.notify_all();
        changed_.wait(lock, [&] { return open_; });
        --inside_;
    }
    std::mutex mutex_;
    std::condition_variable changed_;
    bool open_ = false;
    int inside_ = 0;
    int entered_ = 0;
    int most_ = 0;
};

hashing_capacity capacity(unsigned concurrency, unsigned queue, std::chrono::milliseconds wait) {
    return {.concurrency = concurrency, .queue = queue, .wait = wait, .retry_after = 3s};
}

}  // namespace

TEST_CASE("bounded hasher: with every slot busy and no line, a second hash is refused at once", "[crypto][bounded]") {
    gated_hasher inner;
    bounded_password_hasher hasher(inner, capacity(1, 0, 10s));
    auto first = std::async(std::launch::async, [&] { return hasher.hash("one"); });
    inner.wait_inside(1);
    try {
        (void)hasher.hash("two");
        FAIL("the second hash was admitted");
    } catch (const ports::overloaded& e) {
        CHECK(e.retry_after() == 3s);
    }
    CHECK_THROWS_AS(hasher.verify("two", "h:two"), ports::overloaded);
    CHECK(inner.entered() == 1);  // refusals never reached the inner hasher
    inner.open();
    CHECK(first.get() == "h:one");
    CHECK(hasher.verify("two", "h:two"));  // the slot is free again
    CHECK_FALSE(hasher.verify("two", "h:three"));
}

TEST_CASE("bounded hasher: a caller in line gets the freed slot; past the line, refused at once", "[crypto][bounded]") {
    gated_hasher inner;
    bounded_password_hasher hasher(inner, capacity(1, 1, 60s));
    auto running = std::async(std::launch::async, [&] { return hasher.hash("one"); });
    inner.wait_inside(1);
    auto waiting = std::async(std::launch::async, [&] { return hasher.hash("two"); });
    while (hasher.in_line() == 0) std::this_thread::yield();
    CHECK_THROWS_AS(hasher.hash("three"), ports::overloaded);
    CHECK(inner.entered() == 1);
    inner.open();
    CHECK(running.get() == "h:one");
    CHECK(waiting.get() == "h:two");
}

TEST_CASE("bounded hasher: a wait that runs out is refused", "[crypto][bounded]") {
    gated_hasher inner;
    bounded_password_hasher hasher(inner, capacity(1, 4, 20ms));
    auto running = std::async(std::launch::async, [&] { return hasher.hash("one"); });
    inner.wait_inside(1);
    CHECK_THROWS_AS(hasher.hash("two"), ports::overloaded);
    inner.open();
    CHECK(running.get() == "h:one");
}

TEST_CASE("bounded hasher: never more than the capacity at once, and every admitted caller is served",
          "[crypto][bounded]") {
    gated_hasher inner;
    inner.open();
    bounded_password_hasher hasher(inner, capacity(2, 64, 60s));
    std::atomic<int> served{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 16; ++i)
        threads.emplace_back([&] {
            for (int j = 0; j < 20; ++j)
                if (hasher.verify("p", "h:p")) ++served;
        });
    for (auto& t : threads) t.join();
    CHECK(served == 16 * 20);
    CHECK(inner.most_at_once() <= 2);
}

TEST_CASE("bounded hasher: a failing hash frees its slot", "[crypto][bounded]") {
    gated_hasher inner;
    inner.open();
    bounded_password_hasher hasher(inner, capacity(1, 0, 0ms));
    CHECK_THROWS_AS(hasher.hash("explode"), std::runtime_error);
    CHECK(hasher.hash("fine") == "h:fine");
}

TEST_CASE("bounded hasher: hashes run on its own threads, never more of them than the capacity", "[crypto][bounded]") {
    // Argon2's memory then stays in that many malloc arenas, however many request threads ask for hashes.
    struct thread_recorder final : ports::password_hasher {
        std::string hash(std::string_view) override {
            record();
            return "h";
        }
        bool verify(std::string_view, std::string_view) override {
            record();
            return true;
        }
        void record() {
            const std::lock_guard lock{mutex};
            ids.insert(std::this_thread::get_id());
        }
        std::mutex mutex;
        std::set<std::thread::id> ids;
    } inner;
    bounded_password_hasher hasher(inner, capacity(2, 64, 60s));
    std::vector<std::thread> callers;
    std::set<std::thread::id> caller_ids;
    for (int i = 0; i < 8; ++i)
        callers.emplace_back([&] {
            for (int j = 0; j < 10; ++j) (void)hasher.hash("p");
        });
    for (auto& t : callers) caller_ids.insert(t.get_id());
    for (auto& t : callers) t.join();
    CHECK(inner.ids.size() <= 2);
    for (const auto& id : inner.ids) CHECK(caller_ids.count(id) == 0);
}

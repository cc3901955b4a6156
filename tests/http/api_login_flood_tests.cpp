// A login flood over real sockets, on every engine: failed logins are throttled per account and per address with
// 429 + Retry-After and no hash, ordinary use never trips it, and password hashing has a capacity of its own, so
// cheap requests are answered while every hashing slot is busy and a hash past the capacity gets 503 at once.
#include "api_fixture.hpp"

#include <condition_variable>
#include <future>
#include <mutex>

#include <offertracker/adapters/memory/fake_password_hasher.hpp>

using namespace offertracker;
using namespace offertracker::api_test;

namespace {

constexpr std::string_view too_many = "Too many failed login attempts. Try again later.";

std::string login_body(const std::string& email, const std::string& password) {
    return json::serialize(json::object{{"email", email}, {"password", password}});
}

// The fake hasher behind a gate: while closed, every hash and verify blocks inside it.
class gated_hasher final : public ports::password_hasher {
public:
    std::string hash(std::string_view password) override {
        pass();
        return inner_.hash(password);
    }
    bool verify(std::string_view password, std::string_view encoded) override {
        pass();
        return inner_.verify(password, encoded);
    }
    void close() {
        const std::lock_guard lock{mutex_};
        open_ = false;
    }
    void open() {
        {
            const std::lock_guard lock{mutex_};
            open_ = true;
        }
        changed_.notify_all();
    }
    void wait_blocked(int n) {
        std::unique_lock lock{mutex_};
        changed_.wait(lock, [&] { return blocked_ >= n; });
    }

private:
    void pass() {
        std::unique_lock lock{mutex_};
        ++blocked_;
        changed_.notify_all();
        changed_.wait(lock, [&] { return open_; });
        --blocked_;
    }
    adapters::memory::fake_password_hasher inner_;
    std::mutex mutex_;
    std::condition_variable changed_;
    bool open_ = true;
    int blocked_ = 0;
};

}  // namespace

TEST_CASE("API: ten failed logins lock the account with 429 and Retry-After, the right password included",
          "[api][auth][throttle]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        for (int i = 0; i < 10; ++i) {
            INFO("attempt " << i);
            check_detail(s.post("/auth/login", login_body(ada.email, "wrong-password")), 401,
                         "Incorrect email or password");
        }
        const auto locked = s.post("/auth/login", login_body(ada.email, ada.password));
        check_detail(locked, 429, too_many);
        const auto retry = locked.header("Retry-After");
        REQUIRE(retry);
        CHECK(std::stoi(*retry) > 0);
        CHECK(std::stoi(*retry) <= 900);
        // The OAuth2 form is the same login.
        check_detail(s.raw("POST", "/api/v1/auth/login", "username=ada%40example.com&password=" + ada.password, {},
                           {{"Content-Type", "application/x-www-form-urlencoded"}}),
                     429, too_many);
        // Other accounts are not affected.
        const auto bob = s.register_user("bob");
        CHECK(s.post("/auth/login", login_body(bob.email, bob.password)).status == 200);
    });
}

TEST_CASE("API: a hundred failed logins from one address lock it for every account", "[api][auth][throttle]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        for (int i = 0; i < 100; ++i) {
            INFO("attempt " << i);
            REQUIRE(s.post("/auth/login", login_body("guess" + std::to_string(i) + "@example.com", "wrong-password"))
                        .status == 401);
        }
        const auto locked = s.post("/auth/login", login_body(ada.email, ada.password));
        check_detail(locked, 429, too_many);
        CHECK(locked.header("Retry-After"));
    });
}

TEST_CASE("API: registering and logging in dozens of accounts from one address is never throttled",
          "[api][auth][throttle]") {
    for_each_engine([](api_server& s) {
        for (int i = 0; i < 40; ++i) {
            const auto a = s.register_user("user" + std::to_string(i));
            INFO(a.username);
            CHECK(s.post("/auth/login", login_body(a.email, a.password + "-typo")).status == 401);  // a typo each
            CHECK(s.post("/auth/login", login_body(a.email, a.password)).status == 200);
            CHECK(s.post("/auth/login", login_body(a.email, a.password)).status == 200);
        }
    });
}

TEST_CASE("API: with every hashing slot busy, a login or registration gets 503 at once and cheap requests answer",
          "[api][auth][throttle][overload]") {
    gated_hasher hasher;
    server_setup setup;
    setup.hasher = &hasher;
    setup.hash_concurrency = 1;
    setup.hash_queue = 0;
    for_each_engine(setup, [&hasher](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto app_id = str(s.create_application(ada).at("id"));

        hasher.close();
        auto busy = std::async(std::launch::async, [&s, &ada] {
            auto c = s.connect();
            return c.post_json("/api/v1/auth/login", login_body(ada.email, ada.password));
        });
        hasher.wait_blocked(1);  // the only hashing slot is taken

        const auto refused = s.post("/auth/login", login_body(ada.email, ada.password));
        check_detail(refused, 503, "Service temporarily overloaded. Try again shortly.");
        CHECK(refused.header("Retry-After") == std::optional<std::string>{"1"});
        CHECK(s.post("/auth/register", R"({"email":"bob@example.com","username":"bob","password":"secret-bob"})")
                  .status == 503);
        // Requests that hash nothing are served meanwhile.
        CHECK(s.raw("GET", "/").status == 200);
        CHECK(s.get("/applications/" + app_id, ada.token).status == 200);
        CHECK(s.get("/users/me", ada.token).status == 200);

        hasher.open();
        CHECK(busy.get().status == 200);
        CHECK(s.post("/auth/login", login_body(ada.email, ada.password)).status == 200);
    });
}

// Contract of ports::user_repository, run against every store.
#include <catch2/catch.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

namespace {

domain::user full_user(int n) {
    auto u = make_user(n);
    u.display_name = "Zoë Ångström — 東京 🚀";
    u.bio = "Line one\nline two: \"quoted\", 'single', 100% _under_ \\ back";
    u.is_profile_public = true;
    u.visibility = domain::profile_visibility::public_;
    u.streak_days = 42;
    u.last_active_date = day(2024, 2, 29);
    u.created_at = at(7, 123456);
    u.updated_at = at(8, 999999);
    return u;
}

}  // namespace

TEST_CASE("users: insert then find returns every field", "[contract][users]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto minimal = make_user(1);
        const auto full = full_user(2);
        write(*store, [&](auto& uow) {
            uow.users().insert(minimal);
            uow.users().insert(full);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.users().find(minimal.id) == minimal);
            CHECK(uow.users().find(full.id) == full);
            CHECK_FALSE(uow.users().find(uuid(table::user, 99)).has_value());
            return 0;
        });
    }
}

TEST_CASE("users: every visibility round-trips", "[contract][users]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        std::vector<domain::user> users;
        int n = 0;
        for (const auto& [v, text] : domain::enum_strings<domain::profile_visibility>::values) {
            auto u = make_user(++n);
            u.visibility = v;
            users.push_back(u);
        }
        write(*store, [&](auto& uow) {
            for (const auto& u : users) uow.users().insert(u);
        });
        read(*store, [&](auto& uow) {
            for (const auto& u : users) CHECK(uow.users().find(u.id) == u);
            return 0;
        });
    }
}

TEST_CASE("users: find_by_email matches exactly; find_by_username matches the canonical key", "[contract][users]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        auto lower = make_user(1);
        lower.username = "alice";
        lower.email = "alice@example.com";
        auto sharp = make_user(2);
        sharp.username = "Stra\u00dfe";
        sharp.email = "strasse@example.com";
        write(*store, [&](auto& uow) {
            uow.users().insert(lower);
            uow.users().insert(sharp);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.users().find_by_email("alice@example.com") == lower);
            CHECK_FALSE(uow.users().find_by_email("ALICE@example.com").has_value());
            CHECK_FALSE(uow.users().find_by_email("alice@example").has_value());
            for (std::string_view name : {"alice", "Alice", "ALICE", "al\u200bice"}) {
                INFO(name);
                CHECK(uow.users().find_by_username(name) == lower);
            }
            CHECK(uow.users().find_by_username("STRASSE") == sharp);
            CHECK(uow.users().find_by_username("strasse") == sharp);
            CHECK_FALSE(uow.users().find_by_username("alic").has_value());
            CHECK_FALSE(uow.users().find_by_username("\u0430lice").has_value());  // Cyrillic a: another name
            return 0;
        });
    }
}

TEST_CASE("users: a look-alike username is taken on insert and update; one's own name may change case",
          "[contract][users]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        auto alice = make_user(1);
        alice.username = "alice";
        auto bob = make_user(2);
        bob.username = "bob";
        write(*store, [&](auto& uow) {
            uow.users().insert(alice);
            uow.users().insert(bob);
        });
        for (std::string_view twin : {"Alice", "ALICE", "alice\u200d"}) {
            INFO(twin);
            auto other = make_user(3);
            other.username = std::string(twin);
            auto renamed_bob = bob;
            renamed_bob.username = std::string(twin);
            {
                auto uow = store->begin(ports::access::read_write);
                CHECK_THROWS_AS(uow->users().insert(other), ports::unique_violation);
            }
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->users().update(renamed_bob), ports::unique_violation);
        }
        auto recased = alice;
        recased.username = "ALICE";
        write(*store, [&](auto& uow) { uow.users().update(recased); });
        read(*store, [&](auto& uow) {
            CHECK(uow.users().find_by_username("alice") == recased);
            CHECK(uow.users().find(bob.id) == bob);
            return 0;
        });
        // The old key is free once its holder takes another name.
        auto moved = recased;
        moved.username = "alicia";
        auto newcomer = make_user(4);
        newcomer.username = "Alice";
        write(*store, [&](auto& uow) {
            uow.users().update(moved);
            uow.users().insert(newcomer);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.users().find_by_username("ALICE") == newcomer);
            CHECK(uow.users().find_by_username("ALICIA") == moved);
            return 0;
        });
    }
}

TEST_CASE("users: update replaces every field; updating an absent id does nothing", "[contract][users]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto original = full_user(1);
        const auto other = make_user(2);
        write(*store, [&](auto& uow) {
            uow.users().insert(original);
            uow.users().insert(other);
        });

        auto changed = make_user(1);  // same id, every optional back to null, every value different
        changed.email = "renamed@example.com";
        changed.username = "renamed";
        changed.password_hash = "new-hash";
        changed.visibility = domain::profile_visibility::followers;
        changed.streak_days = 0;
        changed.created_at = original.created_at;
        changed.updated_at = at(1000, 5);
        auto ghost = make_user(3);
        write(*store, [&](auto& uow) {
            uow.users().update(changed);
            uow.users().update(ghost);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.users().find(original.id) == changed);
            CHECK(uow.users().find(other.id) == other);
            CHECK_FALSE(uow.users().find(ghost.id).has_value());
            CHECK_FALSE(uow.users().find_by_email(original.email).has_value());
            CHECK(uow.users().find_by_username("renamed") == changed);
            return 0;
        });

        // Back again: an update may keep its own email and username.
        write(*store, [&](auto& uow) { uow.users().update(original); });
        read(*store, [&](auto& uow) {
            CHECK(uow.users().find(original.id) == original);
            return 0;
        });
    }
}

TEST_CASE("users: taken email, username or id throws unique_violation", "[contract][users]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto alice = make_user(1);
        const auto bob = make_user(2);
        write(*store, [&](auto& uow) {
            uow.users().insert(alice);
            uow.users().insert(bob);
        });

        auto same_email = make_user(3);
        same_email.email = alice.email;
        auto same_username = make_user(4);
        same_username.username = alice.username;
        auto same_id = make_user(5);
        same_id.id = alice.id;
        auto bob_takes_email = bob;
        bob_takes_email.email = alice.email;
        auto bob_takes_username = bob;
        bob_takes_username.username = alice.username;

        // A unit must be abandoned after a throw, so each attempt gets its own.
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->users().insert(same_email), ports::unique_violation);
        }
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->users().insert(same_username), ports::unique_violation);
        }
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->users().insert(same_id), ports::unique_violation);
        }
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->users().update(bob_takes_email), ports::unique_violation);
        }
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->users().update(bob_takes_username), ports::unique_violation);
        }
        read(*store, [&](auto& uow) {
            CHECK(uow.users().find(alice.id) == alice);
            CHECK(uow.users().find(bob.id) == bob);
            CHECK_FALSE(uow.users().find(same_email.id).has_value());
            CHECK_FALSE(uow.users().find(same_username.id).has_value());
            return 0;
        });
    }
}

TEST_CASE("users: search_public filters, folds ASCII case, takes q literally, pages after filtering",
          "[contract][users]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        int n = 0;
        auto user = [&](std::string username, std::optional<std::string> display,
                        domain::profile_visibility v = domain::profile_visibility::public_) {
            auto u = make_user(++n);
            u.username = std::move(username);
            u.display_name = std::move(display);
            u.visibility = v;
            u.is_profile_public = v == domain::profile_visibility::public_;
            return u;
        };
        // Inserted out of username order so that the order must come from the store.
        const auto dave = user("dave_1", "100% Dave");
        const auto carol = user("carol", std::nullopt);
        const auto bob = user("bob", "Bobby, ALIce fan");
        const auto alice = user("alice", "Alice Smith");
        const auto daves = user("daves1", "2000 fans");
        const auto hidden = user("alicia", "alice", domain::profile_visibility::private_);
        const auto followers = user("alina", "alice", domain::profile_visibility::followers);
        const auto groups = user("alison", "alice", domain::profile_visibility::groups);
        auto flagged_only = user("alibaba", "alice", domain::profile_visibility::followers);
        flagged_only.is_profile_public = true;  // visibility decides, not the legacy flag
        write(*store, [&](auto& uow) {
            for (const auto& u : {dave, carol, bob, alice, daves, hidden, followers, groups, flagged_only})
                uow.users().insert(u);
        });

        auto search = [&](std::string_view q, ports::page p = {}) {
            return read(*store, [&](auto& uow) { return ids_of(uow.users().search_public(q, p)); });
        };
        using ids = std::vector<domain::id>;

        CHECK(search("ali") == ids{alice.id, bob.id});
        CHECK(search("ALI") == ids{alice.id, bob.id});
        CHECK(search("Smith") == ids{alice.id});
        CHECK(search("smith") == ids{alice.id});
        CHECK(search("") == ids{alice.id, bob.id, carol.id, dave.id, daves.id});
        CHECK(search("%") == ids{dave.id});
        CHECK(search("0%") == ids{dave.id});
        CHECK(search("_") == ids{dave.id});
        CHECK(search("e_1") == ids{dave.id});
        CHECK(search("nobody").empty());

        CHECK(search("", {1, 2}) == ids{bob.id, carol.id});
        CHECK(search("", {4, 10}) == ids{daves.id});
        CHECK(search("", {5, 10}).empty());
        CHECK(search("", {0, 0}).empty());
        CHECK(search("a", {1, 2}) == ids{bob.id, carol.id});  // "a" hits alice, bob's fan, carol, dave, daves
        CHECK(search("a", {3, 100}) == ids{dave.id, daves.id});

        const auto all = read(*store, [&](auto& uow) { return uow.users().search_public("alice smith", {}); });
        REQUIRE(all.size() == 1);
        CHECK(all.front() == alice);
    }
}

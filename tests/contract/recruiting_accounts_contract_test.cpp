// Contract of ports::organization_repository and ports::member_repository, run against every Recruiting store.
#include "recruiting_fixtures.hpp"

using namespace recruiting_contract;

TEST_CASE("recruiting organizations: ids count from 1; get returns every field; unknown ids are absent",
          "[contract][recruiting][organizations]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        auto org1 = make_org(1);
        auto org2 = make_org(2);
        org2.name = "Ødegaard & Co — 東京 🚀 \"quoted\" 100%_";
        org2.created_at = at(5, 999999);
        const auto ids = write(*store, [&](auto& uow) {
            return std::pair{uow.organizations().create(org1), uow.organizations().create(org2)};
        });
        CHECK(ids.first == 1);
        CHECK(ids.second == 2);
        read(*store, [&](auto& uow) {
            CHECK(uow.organizations().get(1) == with_id(org1, 1));
            CHECK(uow.organizations().get(2) == with_id(org2, 2));
            CHECK_FALSE(uow.organizations().get(3).has_value());
            CHECK_FALSE(uow.organizations().get(0).has_value());
            return 0;
        });
    }
}

TEST_CASE("recruiting members: create, find, get, list and update, scoped by org",
          "[contract][recruiting][members]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        auto alice = make_member(1, orgs.a);
        alice.role = recruiting::member_role::org_admin;
        alice.full_name = "Zoë \"Al\" O'Brien";
        alice.created_at = at(1, 123456);
        auto bob = make_member(2, orgs.a);
        bob.role = recruiting::member_role::viewer;
        bob.active = false;
        auto carol = make_member(3, orgs.b);
        const auto [a_id_, b_id_, c_id_] = write(*store, [&](auto& uow) {
            auto a = uow.members().create(alice);
            auto b = uow.members().create(bob);
            auto c = uow.members().create(carol);
            return std::tuple{a, b, c};
        });
        // Plain copies: lambdas (the CHECK macros' among them) capture these, and clang 14 cannot capture bindings.
        const auto a_id = a_id_, b_id = b_id_, c_id = c_id_;
        CHECK(a_id == 1);
        CHECK(b_id == 2);
        CHECK(c_id == 3);
        alice.id = a_id;
        bob.id = b_id;
        carol.id = c_id;
        read(*store, [&](auto& uow) {
            // find and find_by_email reach any org: they are how a token or a login names a member.
            CHECK(uow.members().find(a_id) == alice);
            CHECK(uow.members().find(c_id) == carol);
            CHECK_FALSE(uow.members().find(99).has_value());
            CHECK(uow.members().find_by_email("member3@example.com") == carol);
            CHECK(uow.members().find_by_email("MEMBER1@Example.COM") == alice);
            CHECK_FALSE(uow.members().find_by_email("member9@example.com").has_value());
            CHECK_FALSE(uow.members().find_by_email("member%@example.com").has_value());
            // get and list are the org's only.
            CHECK(uow.members().get(orgs.a, a_id) == alice);
            CHECK_FALSE(uow.members().get(orgs.b, a_id).has_value());
            CHECK(uow.members().get(orgs.b, c_id) == carol);
            CHECK(uow.members().list(orgs.a) == std::vector{alice, bob});
            CHECK(uow.members().list(orgs.b) == std::vector{carol});
            CHECK(uow.members().list(99).empty());
            return 0;
        });

        // update writes every field but id, org_id, email and created_at, and only in the member's org.
        auto changed = alice;
        changed.email = "changed@example.com";
        changed.full_name = "Alice Changed";
        changed.role = recruiting::member_role::viewer;
        changed.password_hash = "new-hash";
        changed.active = false;
        changed.created_at = at(999);
        auto foreign = carol;
        foreign.org_id = orgs.a;  // carol is in org B: org A cannot reach her
        foreign.full_name = "Hijacked";
        write(*store, [&](auto& uow) {
            CHECK(uow.members().update(changed));
            CHECK_FALSE(uow.members().update(foreign));
            auto absent = changed;
            absent.id = 99;
            CHECK_FALSE(uow.members().update(absent));
        });
        auto expected = alice;
        expected.full_name = "Alice Changed";
        expected.role = recruiting::member_role::viewer;
        expected.password_hash = "new-hash";
        expected.active = false;
        read(*store, [&](auto& uow) {
            CHECK(uow.members().find(a_id) == expected);
            CHECK(uow.members().find(c_id) == carol);
            CHECK_FALSE(uow.members().find_by_email("changed@example.com").has_value());
            return 0;
        });
    }
}

TEST_CASE("recruiting members: an email taken in any org, in any case, throws unique_violation",
          "[contract][recruiting][members]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        write(*store, [&](auto& uow) { uow.members().create(make_member(1, orgs.a)); });
        for (const auto& [org, email] : {std::pair{orgs.a, std::string{"member1@example.com"}},
                                         std::pair{orgs.b, std::string{"member1@example.com"}},
                                         std::pair{orgs.b, std::string{"Member1@EXAMPLE.com"}}}) {
            auto unit = store->begin(ports::access::read_write);
            auto dup = make_member(2, org);
            dup.email = email;
            CHECK_THROWS_AS(unit->members().create(dup), ports::unique_violation);
        }
        read(*store, [&](auto& uow) {
            CHECK(uow.members().list(orgs.a).size() == 1);
            CHECK(uow.members().list(orgs.b).empty());
            return 0;
        });
    }
}

TEST_CASE("recruiting members: a member of an organization that does not exist is refused",
          "[contract][recruiting][members]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        auto unit = store->begin(ports::access::read_write);
        CHECK_THROWS_AS(unit->members().create(make_member(1, 42)), ports::storage_error);
    }
}

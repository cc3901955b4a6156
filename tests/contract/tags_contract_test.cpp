// Contract of ports::tag_repository (tags and their assignments), run against every store.
#include <catch2/catch.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

namespace {

using link_row = std::pair<domain::application_tag, domain::tag>;

std::vector<domain::id> link_ids(const std::vector<link_row>& rows) {
    std::vector<domain::id> out;
    for (const auto& [link, tag] : rows) out.push_back(link.id);
    return out;
}

}  // namespace

TEST_CASE("tags: insert then find and find_by_name return every field", "[contract][tags]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        const auto plain = make_tag(1, owner.id);  // default colour
        auto fancy = make_tag(2, owner.id);
        fancy.name = "Entretien — 東京 🚀 \"x\" 100%_";
        fancy.color = "#ABCDEF";
        fancy.created_at = at(3, 999999);
        auto same_name_other_user = make_tag(3, other.id);
        same_name_other_user.name = plain.name;
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            uow.tags().insert(plain);
            uow.tags().insert(fancy);
            uow.tags().insert(same_name_other_user);  // names are unique per user only
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.tags().find(plain.id) == plain);
            CHECK(uow.tags().find(fancy.id) == fancy);
            CHECK_FALSE(uow.tags().find(uuid(table::tag, 99)).has_value());
            CHECK(uow.tags().find_by_name(owner.id, fancy.name) == fancy);
            CHECK(uow.tags().find_by_name(owner.id, plain.name) == plain);
            CHECK(uow.tags().find_by_name(other.id, plain.name) == same_name_other_user);
            CHECK_FALSE(uow.tags().find_by_name(owner.id, "TAG 1").has_value());  // case-sensitive
            CHECK_FALSE(uow.tags().find_by_name(owner.id, "tag").has_value());    // exact, not prefix
            CHECK_FALSE(uow.tags().find_by_name(owner.id, "tag _").has_value());  // no LIKE wildcards
            CHECK_FALSE(uow.tags().find_by_name(uuid(table::user, 99), plain.name).has_value());
            return 0;
        });
    }
}

TEST_CASE("tags: list is the user's, by name in byte order", "[contract][tags]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        const std::vector<std::string> names{"beta", "Zeta", "alpha", "Alpha", "émigré", "_under", "10", "9"};
        std::vector<domain::tag> tags;
        int n = 0;
        for (const auto& name : names) {
            auto t = make_tag(++n, owner.id);
            t.name = name;
            tags.push_back(t);
        }
        auto foreign = make_tag(50, other.id);
        foreign.name = "aaa";
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            for (const auto& t : tags) uow.tags().insert(t);
            uow.tags().insert(foreign);
        });
        std::vector<std::string> expected = names;
        std::ranges::sort(expected);  // std::string compares bytes (char_traits<char>, unsigned per the standard)
        read(*store, [&](auto& uow) {
            std::vector<std::string> listed;
            for (const auto& t : uow.tags().list(owner.id)) listed.push_back(t.name);
            CHECK(listed == expected);
            CHECK(uow.tags().list(other.id) == std::vector{foreign});
            CHECK(uow.tags().list(uuid(table::user, 99)).empty());
            return 0;
        });
    }
}

TEST_CASE("tags: a duplicate name for the same user throws unique_violation, on insert and on rename",
          "[contract][tags]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto t1 = make_tag(1, owner.id);
        const auto t2 = make_tag(2, owner.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.tags().insert(t1);
            uow.tags().insert(t2);
        });
        auto dup = make_tag(3, owner.id);
        dup.name = t1.name;
        auto rename = t2;
        rename.name = t1.name;
        auto twin = make_tag(4, owner.id);
        twin.id = t1.id;
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->tags().insert(dup), ports::unique_violation);
        }
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->tags().update(rename), ports::unique_violation);
        }
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->tags().insert(twin), ports::unique_violation);
        }
        // Renaming a tag to its own name, or changing only its colour, is fine.
        auto recolour = t1;
        recolour.color = "#000000";
        write(*store, [&](auto& uow) { uow.tags().update(recolour); });
        // Absent ids are no-ops.
        write(*store, [&](auto& uow) {
            uow.tags().update(make_tag(5, owner.id));
            uow.tags().remove(uuid(table::tag, 6));
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.tags().list(owner.id) == std::vector{recolour, t2});
            return 0;
        });
    }
}

TEST_CASE("tags: assign, list_for oldest first with the tag, unassign; twice is a unique_violation",
          "[contract][tags]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto a1 = make_application(1, owner.id);
        const auto a2 = make_application(2, owner.id);
        const auto t1 = make_tag(1, owner.id);
        const auto t2 = make_tag(2, owner.id);
        const auto t3 = make_tag(3, owner.id);
        auto l1 = make_link(1, owner.id, a1.id, t1.id);
        auto l2 = make_link(2, owner.id, a1.id, t2.id);
        auto l3 = make_link(3, owner.id, a1.id, t3.id);
        auto l4 = make_link(4, owner.id, a2.id, t1.id);
        l1.created_at = at(30);
        l2.created_at = at(10);
        l3.created_at = at(30);  // ties with l1: id asc
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(a1);
            uow.applications().insert(a2);
            for (const auto& t : {t1, t2, t3}) uow.tags().insert(t);
            for (const auto& l : {l3, l4, l1, l2}) uow.tags().assign(l);
        });
        read(*store, [&](auto& uow) {
            const auto rows = uow.tags().list_for(a1.id);
            CHECK(link_ids(rows) == std::vector{l2.id, l1.id, l3.id});
            REQUIRE(rows.size() == 3);
            CHECK(rows[0].first == l2);
            CHECK(rows[0].second == t2);
            CHECK(rows[1].first == l1);
            CHECK(rows[1].second == t1);
            CHECK(rows[2].second == t3);
            CHECK(link_ids(uow.tags().list_for(a2.id)) == std::vector{l4.id});
            CHECK(uow.tags().list_for(uuid(table::application, 99)).empty());
            return 0;
        });
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->tags().assign(make_link(5, owner.id, a1.id, t1.id)), ports::unique_violation);
        }
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->tags().assign(make_link(6, owner.id, a1.id, uuid(table::tag, 99))),
                            ports::storage_error);
        }
        write(*store, [&](auto& uow) {
            CHECK(uow.tags().unassign(a1.id, t1.id));
            CHECK_FALSE(uow.tags().unassign(a1.id, t1.id));
            CHECK_FALSE(uow.tags().unassign(a2.id, t2.id));
        });
        read(*store, [&](auto& uow) {
            CHECK(link_ids(uow.tags().list_for(a1.id)) == std::vector{l2.id, l3.id});
            CHECK(link_ids(uow.tags().list_for(a2.id)) == std::vector{l4.id});
            return 0;
        });
        // Once unassigned, the same tag may be assigned again.
        write(*store, [&](auto& uow) { uow.tags().assign(make_link(7, owner.id, a1.id, t1.id)); });
        read(*store, [&](auto& uow) {
            CHECK(uow.tags().list_for(a1.id).size() == 3);
            return 0;
        });
    }
}

TEST_CASE("tags: remove deletes the tag and every assignment of it, nothing else", "[contract][tags]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto a1 = make_application(1, owner.id);
        const auto a2 = make_application(2, owner.id);
        const auto t1 = make_tag(1, owner.id);
        const auto t2 = make_tag(2, owner.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(a1);
            uow.applications().insert(a2);
            uow.tags().insert(t1);
            uow.tags().insert(t2);
            uow.tags().assign(make_link(1, owner.id, a1.id, t1.id));
            uow.tags().assign(make_link(2, owner.id, a2.id, t1.id));
            uow.tags().assign(make_link(3, owner.id, a1.id, t2.id));
        });
        write(*store, [&](auto& uow) { uow.tags().remove(t1.id); });
        read(*store, [&](auto& uow) {
            CHECK_FALSE(uow.tags().find(t1.id).has_value());
            CHECK(uow.tags().list(owner.id) == std::vector{t2});
            CHECK(link_ids(uow.tags().list_for(a1.id)) == std::vector{uuid(table::application_tag, 3)});
            CHECK(uow.tags().list_for(a2.id).empty());
            CHECK(uow.applications().find(a1.id) == a1);
            return 0;
        });
        // The name is free again.
        auto reborn = make_tag(3, owner.id);
        reborn.name = t1.name;
        write(*store, [&](auto& uow) { uow.tags().insert(reborn); });
    }
}

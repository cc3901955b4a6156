// Contract of ports::contact_repository, run against every store.
#include <catch2/catch.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

namespace {

domain::contact full_contact(int n, const domain::id& user_id, const domain::id& application_id) {
    auto c = make_contact(n, user_id);
    c.application_id = application_id;
    c.name = "Zoë O'Brien — 面接官 🚀";
    c.email = "zoe@example.com";
    c.phone = "+44 20 7946 0958";
    c.role_title = "Staff \"Recruiter\"";
    c.company = "Ødegaard & Co";
    c.contact_type = domain::contact_type::hiring_manager;
    c.linkedin_url = "https://www.linkedin.com/in/zoe?x=1&y=2";
    c.notes = "line1\nline2\t100%_";
    c.last_contacted = day(2024, 2, 29);
    c.created_at = at(7, 999999);
    c.updated_at = at(8, 1);
    return c;
}

}  // namespace

TEST_CASE("contacts: insert then find returns every field; every contact type round-trips", "[contract][contacts]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto app = make_application(1, owner.id);
        const auto minimal = make_contact(1, owner.id);
        const auto full = full_contact(2, owner.id, app.id);
        std::vector<domain::contact> typed;
        int n = 10;
        for (const auto& [type, text] : domain::enum_strings<domain::contact_type>::values) {
            auto c = make_contact(n++, owner.id);
            c.contact_type = type;
            typed.push_back(c);
        }
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(app);
            uow.contacts().insert(minimal);
            uow.contacts().insert(full);
            for (const auto& c : typed) uow.contacts().insert(c);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.contacts().find(minimal.id) == minimal);
            CHECK(uow.contacts().find(full.id) == full);
            for (const auto& c : typed) CHECK(uow.contacts().find(c.id) == c);
            CHECK_FALSE(uow.contacts().find(uuid(table::contact, 99)).has_value());
            return 0;
        });
    }
}

TEST_CASE("contacts: list is the user's, newest first then id desc, filtered, paged", "[contract][contacts]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        const auto a1 = make_application(1, owner.id);
        const auto a2 = make_application(2, owner.id);
        auto c1 = make_contact(1, owner.id);
        auto c2 = make_contact(2, owner.id);
        auto c3 = make_contact(3, owner.id);
        auto c4 = make_contact(4, owner.id);
        auto c5 = make_contact(5, other.id);
        c1.created_at = at(10);
        c2.created_at = at(30);
        c3.created_at = at(20);
        c4.created_at = at(20);  // c3 and c4 tie: id desc
        c5.created_at = at(40);
        c1.application_id = a1.id;
        c3.application_id = a1.id;
        c2.application_id = a2.id;
        c1.contact_type = domain::contact_type::recruiter;
        c4.contact_type = domain::contact_type::recruiter;
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            uow.applications().insert(a1);
            uow.applications().insert(a2);
            for (const auto& c : {c3, c5, c1, c4, c2}) uow.contacts().insert(c);
        });
        auto list = [&](ports::contact_filter filter, ports::page p = {}) {
            return read(*store, [&](auto& uow) { return ids_of(uow.contacts().list(owner.id, filter, p)); });
        };
        using ids = std::vector<domain::id>;
        CHECK(list({}) == ids{c2.id, c4.id, c3.id, c1.id});
        CHECK(list({.application_id = a1.id}) == ids{c3.id, c1.id});
        CHECK(list({.contact_type = domain::contact_type::recruiter}) == ids{c4.id, c1.id});
        CHECK(list({.application_id = a1.id, .contact_type = domain::contact_type::recruiter}) == ids{c1.id});
        CHECK(list({.contact_type = domain::contact_type::peer}).empty());
        CHECK(list({}, {1, 2}) == ids{c4.id, c3.id});
        CHECK(list({}, {3, 100}) == ids{c1.id});
        CHECK(list({}, {4, 100}).empty());
        CHECK(list({}, {0, 0}).empty());
        read(*store, [&](auto& uow) {
            CHECK(ids_of(uow.contacts().list(other.id, {}, {})) == ids{c5.id});
            CHECK(uow.contacts().list(uuid(table::user, 99), {}, {}).empty());
            return 0;
        });
    }
}

TEST_CASE("contacts: update replaces every field, remove deletes; absent ids are no-ops; taken id throws",
          "[contract][contacts]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto app = make_application(1, owner.id);
        const auto original = full_contact(1, owner.id, app.id);
        const auto doomed = make_contact(2, owner.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(app);
            uow.contacts().insert(original);
            uow.contacts().insert(doomed);
        });
        auto changed = make_contact(1, owner.id);  // every optional back to null
        changed.name = "Renamed";
        changed.contact_type = domain::contact_type::peer;
        changed.created_at = original.created_at;
        changed.updated_at = at(999, 9);
        write(*store, [&](auto& uow) {
            uow.contacts().update(changed);
            uow.contacts().update(make_contact(3, owner.id));
            uow.contacts().remove(doomed.id);
            uow.contacts().remove(uuid(table::contact, 4));
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.contacts().find(original.id) == changed);
            CHECK_FALSE(uow.contacts().find(doomed.id).has_value());
            CHECK_FALSE(uow.contacts().find(uuid(table::contact, 3)).has_value());
            return 0;
        });
        auto twin = make_contact(5, owner.id);
        twin.id = original.id;
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->contacts().insert(twin), ports::unique_violation);
        }
        read(*store, [&](auto& uow) {
            CHECK(uow.contacts().find(original.id) == changed);
            return 0;
        });
    }
}

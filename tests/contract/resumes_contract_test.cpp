// Contract of ports::resume_repository, run against every store.
#include <catch2/catch.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

TEST_CASE("resumes: insert then find returns every field", "[contract][resumes]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto minimal = make_resume(1, owner.id);
        auto full = make_resume(2, owner.id);
        full.version_name = "Backend — Ünïcödé 東京 🚀";
        full.notes = "Tailored for\n\"platform\" roles, 50% shorter";
        full.file_url = "https://example.com/cv.pdf?a=1&b=%20";
        full.file_key = "resumes/u1/cv-2.pdf";
        full.created_at = at(3, 654321);
        full.updated_at = at(4, 1);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.resumes().insert(minimal);
            uow.resumes().insert(full);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.resumes().find(minimal.id) == minimal);
            CHECK(uow.resumes().find(full.id) == full);
            CHECK_FALSE(uow.resumes().find(uuid(table::resume, 99)).has_value());
            return 0;
        });
    }
}

TEST_CASE("resumes: list is the user's, oldest first then by id, paged", "[contract][resumes]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        auto r1 = make_resume(1, owner.id);
        auto r2 = make_resume(2, owner.id);
        auto r3 = make_resume(3, owner.id);
        auto r4 = make_resume(4, owner.id);
        auto foreign = make_resume(5, other.id);
        r3.created_at = at(10);         // oldest
        r4.created_at = at(20);         // r2 and r4 tie: id decides
        r2.created_at = at(20);
        r1.created_at = at(20, 1);      // one microsecond later than the tie
        foreign.created_at = at(15);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            for (const auto& r : {r1, r4, foreign, r2, r3}) uow.resumes().insert(r);
        });
        auto list = [&](const domain::id& user, ports::page p = {}) {
            return read(*store, [&](auto& uow) { return ids_of(uow.resumes().list(user, p)); });
        };
        using ids = std::vector<domain::id>;
        CHECK(list(owner.id) == ids{r3.id, r2.id, r4.id, r1.id});
        CHECK(list(other.id) == ids{foreign.id});
        CHECK(list(uuid(table::user, 99)).empty());
        CHECK(list(owner.id, {1, 2}) == ids{r2.id, r4.id});
        CHECK(list(owner.id, {3, 100}) == ids{r1.id});
        CHECK(list(owner.id, {4, 100}).empty());
        CHECK(list(owner.id, {0, 0}).empty());
        const auto rows = read(*store, [&](auto& uow) { return uow.resumes().list(owner.id, {0, 1}); });
        REQUIRE(rows.size() == 1);
        CHECK(rows.front() == r3);
    }
}

TEST_CASE("resumes: update replaces fields; absent ids are no-ops", "[contract][resumes]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        auto original = make_resume(1, owner.id);
        original.notes = "old";
        original.file_url = "https://example.com/old";
        const auto kept = make_resume(2, owner.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.resumes().insert(original);
            uow.resumes().insert(kept);
        });
        auto changed = original;
        changed.version_name = "Renamed";
        changed.notes.reset();
        changed.file_url.reset();
        changed.file_key = "resumes/u1/new.pdf";
        changed.updated_at = at(900, 7);
        write(*store, [&](auto& uow) {
            uow.resumes().update(changed);
            uow.resumes().update(make_resume(3, owner.id));
            uow.resumes().remove(uuid(table::resume, 4));
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.resumes().find(original.id) == changed);
            CHECK(uow.resumes().find(kept.id) == kept);
            CHECK_FALSE(uow.resumes().find(uuid(table::resume, 3)).has_value());
            CHECK(uow.resumes().list(owner.id, {}).size() == 2);
            return 0;
        });
    }
}

TEST_CASE("resumes: remove deletes it and unlinks the applications that named it", "[contract][resumes]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto removed = make_resume(1, owner.id);
        const auto kept = make_resume(2, owner.id);
        auto linked1 = make_application(1, owner.id);
        linked1.resume_version_id = removed.id;
        linked1.notes = "keeps its other fields";
        auto linked2 = make_application(2, owner.id);
        linked2.resume_version_id = removed.id;
        auto other = make_application(3, owner.id);
        other.resume_version_id = kept.id;
        const auto unlinked = make_application(4, owner.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.resumes().insert(removed);
            uow.resumes().insert(kept);
            for (const auto& a : {linked1, linked2, other, unlinked}) uow.applications().insert(a);
        });
        write(*store, [&](auto& uow) { uow.resumes().remove(removed.id); });

        auto expected1 = linked1;
        expected1.resume_version_id.reset();
        auto expected2 = linked2;
        expected2.resume_version_id.reset();
        read(*store, [&](auto& uow) {
            CHECK_FALSE(uow.resumes().find(removed.id).has_value());
            CHECK(uow.resumes().find(kept.id) == kept);
            CHECK(uow.applications().find(linked1.id) == expected1);
            CHECK(uow.applications().find(linked2.id) == expected2);
            CHECK(uow.applications().find(other.id) == other);
            CHECK(uow.applications().find(unlinked.id) == unlinked);
            CHECK(ids_of(uow.resumes().list(owner.id, {})) == std::vector<domain::id>{kept.id});
            return 0;
        });
    }
}

TEST_CASE("resumes: a taken id throws unique_violation", "[contract][resumes]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto first = make_resume(1, owner.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.resumes().insert(first);
        });
        auto twin = make_resume(2, owner.id);
        twin.id = first.id;
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->resumes().insert(twin), ports::unique_violation);
        }
        read(*store, [&](auto& uow) {
            CHECK(uow.resumes().find(first.id) == first);
            return 0;
        });
    }
}

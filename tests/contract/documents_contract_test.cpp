// Contract of ports::document_repository, run against every store.
#include <catch2/catch.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

TEST_CASE("documents: insert then find returns every field; every type round-trips", "[contract][documents]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto app = make_application(1, owner.id);
        const auto minimal = make_document(1, owner.id, app.id);
        auto full = make_document(2, owner.id, app.id);
        full.doc_type = domain::document_type::cover_letter;
        full.name = "Lettre de motivation — 東京 🚀.pdf";
        full.file_url = "https://files.example.com/a b?sig=1&x=2";
        full.notes = "\"quoted\"\nnext line 100%_";
        full.created_at = at(3, 123456);
        full.updated_at = at(4, 654321);
        std::vector<domain::document> typed;
        int n = 10;
        for (const auto& [type, text] : domain::enum_strings<domain::document_type>::values) {
            auto d = make_document(n++, owner.id, app.id);
            d.doc_type = type;
            typed.push_back(d);
        }
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(app);
            uow.documents().insert(minimal);
            uow.documents().insert(full);
            for (const auto& d : typed) uow.documents().insert(d);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.documents().find(minimal.id) == minimal);
            CHECK(uow.documents().find(full.id) == full);
            for (const auto& d : typed) CHECK(uow.documents().find(d.id) == d);
            CHECK_FALSE(uow.documents().find(uuid(table::document, 99)).has_value());
            return 0;
        });
    }
}

TEST_CASE("documents: list_for is one application's, newest first then id desc", "[contract][documents]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto a1 = make_application(1, owner.id);
        const auto a2 = make_application(2, owner.id);
        auto d1 = make_document(1, owner.id, a1.id);
        auto d2 = make_document(2, owner.id, a1.id);
        auto d3 = make_document(3, owner.id, a1.id);
        auto d4 = make_document(4, owner.id, a2.id);
        d1.created_at = at(30);
        d2.created_at = at(10);
        d3.created_at = at(30);  // ties with d1: id desc
        d4.created_at = at(50);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(a1);
            uow.applications().insert(a2);
            for (const auto& d : {d2, d4, d1, d3}) uow.documents().insert(d);
        });
        read(*store, [&](auto& uow) {
            using ids = std::vector<domain::id>;
            CHECK(ids_of(uow.documents().list_for(a1.id)) == ids{d3.id, d1.id, d2.id});
            CHECK(uow.documents().list_for(a2.id) == std::vector{d4});
            CHECK(uow.documents().list_for(uuid(table::application, 99)).empty());
            return 0;
        });
    }
}

TEST_CASE("documents: update replaces every field, remove deletes; absent ids are no-ops; taken id throws",
          "[contract][documents]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto app = make_application(1, owner.id);
        auto original = make_document(1, owner.id, app.id);
        original.file_url = "https://x";
        original.notes = "old";
        const auto doomed = make_document(2, owner.id, app.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(app);
            uow.documents().insert(original);
            uow.documents().insert(doomed);
        });
        auto changed = make_document(1, owner.id, app.id);
        changed.doc_type = domain::document_type::portfolio;
        changed.name = "Renamed";
        changed.updated_at = at(999, 9);
        write(*store, [&](auto& uow) {
            uow.documents().update(changed);
            uow.documents().update(make_document(3, owner.id, app.id));
            uow.documents().remove(doomed.id);
            uow.documents().remove(uuid(table::document, 4));
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.documents().find(original.id) == changed);
            CHECK_FALSE(uow.documents().find(doomed.id).has_value());
            CHECK_FALSE(uow.documents().find(uuid(table::document, 3)).has_value());
            return 0;
        });
        auto twin = make_document(5, owner.id, app.id);
        twin.id = original.id;
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->documents().insert(twin), ports::unique_violation);
        }
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->documents().insert(make_document(6, owner.id, uuid(table::application, 99))),
                            ports::storage_error);
        }
    }
}

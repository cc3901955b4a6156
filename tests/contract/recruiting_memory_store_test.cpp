// What in_memory_recruiting_store promises beyond the Recruiting contract: it refuses writes it could not isolate.
#include <offertracker/adapters/memory/in_memory_recruiting_store.hpp>

#include "recruiting_fixtures.hpp"

using namespace recruiting_contract;

TEST_CASE("in_memory_recruiting_store: a read_only unit refuses writes", "[memory][recruiting]") {
    adapters::memory::in_memory_recruiting_store store;
    const auto orgs = create_two_orgs(store);
    {
        auto uow = store.begin(ports::access::read_only);
        CHECK_THROWS_AS(uow->jobs().create(make_job(1, orgs.a)), ports::storage_error);
        CHECK_THROWS_AS(uow->webhooks().claim_due(at(1), at(2), 10), ports::storage_error);
    }
    read(store, [&](auto& uow) {
        CHECK(uow.jobs().list(orgs.a, {}, {}).total == 0);
        return 0;
    });
}

TEST_CASE("in_memory_recruiting_store: no write after commit, and no second commit", "[memory][recruiting]") {
    adapters::memory::in_memory_recruiting_store store;
    auto uow = store.begin(ports::access::read_write);
    const auto org = uow->organizations().create(make_org(1));
    uow->commit();
    CHECK_THROWS_AS(uow->jobs().create(make_job(1, org)), ports::storage_error);
    CHECK_THROWS_AS(uow->commit(), ports::storage_error);
    // Reading after commit is fine, and what was committed stays.
    CHECK(uow->organizations().get(org).has_value());
    uow.reset();
    read(store, [&](auto& u) {
        CHECK(u.organizations().get(org).has_value());
        return 0;
    });
}

TEST_CASE("in_memory_recruiting_store: ids rolled back are handed out again, as SQLite does",
          "[memory][recruiting]") {
    adapters::memory::in_memory_recruiting_store store;
    {
        auto uow = store.begin(ports::access::read_write);
        CHECK(uow->organizations().create(make_org(1)) == 1);
    }
    CHECK(write(store, [](auto& uow) { return uow.organizations().create(make_org(1)); }) == 1);
}

// What the SQL Recruiting store adds to the contract on PostgreSQL, where dispatchers on several nodes claim at once.
#include "recruiting_fixtures.hpp"
#include "sql_test_databases.hpp"

using namespace recruiting_contract;

TEST_CASE("recruiting on PostgreSQL: concurrent claims skip each other's rows (FOR UPDATE SKIP LOCKED)",
          "[recruiting][postgresql]") {
    const auto url = sql_test::postgres_url();
    if (!url) return;  // postgres_url() has warned once
    auto db = sql_test::temporary_postgresql_store(*url, true, 3);
    auto& store = db->sql().recruiting();
    const auto orgs = create_two_orgs(store);
    write(store, [&](auto& uow) {
        const auto hook = uow.webhooks().create(make_webhook(1, orgs.a));
        for (int n = 1; n <= 5; ++n) uow.webhooks().enqueue(make_delivery(n, orgs.a, hook, at(n)));
    });
    // Two dispatchers' transactions open at once: the second neither waits for the first's rows nor takes them.
    auto first = store.begin(ports::access::read_write);
    auto second = store.begin(ports::access::read_write);
    CHECK(ids_of(first->webhooks().claim_due(at(100), at(200), 2)) == std::vector<record_id>{1, 2});
    CHECK(ids_of(second->webhooks().claim_due(at(100), at(200), 10)) == std::vector<record_id>{3, 4, 5});
    second->commit();
    // The first dispatcher dies before committing: its rows are due again at once, the second's are leased.
    first.reset();
    CHECK(ids_of(write(store, [](auto& uow) { return uow.webhooks().claim_due(at(100), at(200), 10); })) ==
          std::vector<record_id>{1, 2});
}

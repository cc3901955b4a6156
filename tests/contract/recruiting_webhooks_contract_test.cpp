// Contract of ports::webhook_repository (endpoints and the delivery outbox), run against every Recruiting store.
#include "recruiting_fixtures.hpp"

using namespace recruiting_contract;

namespace {

using event = recruiting::webhook_event;
using state = recruiting::delivery_state;

}  // namespace

TEST_CASE("recruiting webhooks: create, get and list (newest first) keep every field and event order, in the org",
          "[contract][recruiting][webhooks]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        auto first = make_webhook(1, orgs.a);
        first.events = {event::application_status_changed, event::job_created, event::match_created,
                        event::candidate_created};
        first.url = "https://hooks.example.com/in?a=b&c=%20d";
        first.secret = "s3cr3t \"quoted\" ü";
        first.created_at = at(1, 999999);
        auto second = make_webhook(2, orgs.a);
        second.active = false;
        second.events = {event::match_created};
        auto foreign = make_webhook(3, orgs.b);
        write(*store, [&](auto& uow) {
            first.id = uow.webhooks().create(first);
            foreign.id = uow.webhooks().create(foreign);
            second.id = uow.webhooks().create(second);
        });
        CHECK(first.id == 1);
        CHECK(foreign.id == 2);
        CHECK(second.id == 3);
        read(*store, [&](auto& uow) {
            CHECK(uow.webhooks().get(orgs.a, first.id) == first);
            CHECK(uow.webhooks().get(orgs.a, second.id) == second);
            CHECK_FALSE(uow.webhooks().get(orgs.a, foreign.id).has_value());
            CHECK_FALSE(uow.webhooks().get(orgs.b, first.id).has_value());
            CHECK(uow.webhooks().list(orgs.a) == std::vector{second, first});
            CHECK(uow.webhooks().list(orgs.b) == std::vector{foreign});
            CHECK(uow.webhooks().list(99).empty());
            return 0;
        });
        {
            auto unit = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(unit->webhooks().create(make_webhook(4, 99)), ports::storage_error);
        }
    }
}

TEST_CASE("recruiting webhooks: enqueue, deliveries (newest first, paged) and attempts (oldest first), in the org",
          "[contract][recruiting][webhooks]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        const auto [hook_, other_hook_, b_hook_] = write(*store, [&](auto& uow) {
            return std::tuple{uow.webhooks().create(make_webhook(1, orgs.a)),
                              uow.webhooks().create(make_webhook(2, orgs.a)),
                              uow.webhooks().create(make_webhook(3, orgs.b))};
        });
        // Plain copies: lambdas (the CHECK macros' among them) capture these, and clang 14 cannot capture bindings.
        const auto hook = hook_, other_hook = other_hook_, b_hook = b_hook_;
        auto d1 = make_delivery(1, orgs.a, hook, at(10));
        d1.event = event::application_status_changed;
        d1.payload = R"({"event": "application.status_changed", "org_id": 1, "data": {"note": "ü 100%_"}})";
        auto d2 = make_delivery(2, orgs.a, other_hook, at(11));
        auto d3 = make_delivery(3, orgs.a, hook, at(12, 5));
        auto db = make_delivery(4, orgs.b, b_hook, at(13));
        write(*store, [&](auto& uow) {
            d1.id = uow.webhooks().enqueue(d1);
            d2.id = uow.webhooks().enqueue(d2);
            d3.id = uow.webhooks().enqueue(d3);
            db.id = uow.webhooks().enqueue(db);
        });
        CHECK(std::vector{d1.id, d2.id, d3.id, db.id} == std::vector<record_id>{1, 2, 3, 4});
        read(*store, [&](auto& uow) {
            auto all = uow.webhooks().deliveries(orgs.a, hook, {});
            CHECK(all.total == 2);
            CHECK(all.items == std::vector{d3, d1});
            auto page = uow.webhooks().deliveries(orgs.a, hook, {.skip = 1, .limit = 5});
            CHECK(page.total == 2);
            CHECK(page.items == std::vector{d1});
            CHECK(uow.webhooks().deliveries(orgs.b, hook, {}).total == 0);
            CHECK(uow.webhooks().deliveries(orgs.b, hook, {}).items.empty());
            CHECK(uow.webhooks().deliveries(orgs.b, b_hook, {}).items == std::vector{db});
            return 0;
        });
        {
            // A delivery must name an endpoint of its org.
            auto unit = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(unit->webhooks().enqueue(make_delivery(5, orgs.b, hook, at(1))), ports::storage_error);
        }

        // Two attempts: a failure without an answer, then a 2xx that delivers it.
        auto failed = d1;
        failed.attempts = 1;
        failed.next_attempt_at = at(70);
        const recruiting::delivery_attempt a1{.org_id = orgs.a, .delivery_id = d1.id, .attempt = 1, .at = at(20, 1),
                                              .error = "connection refused", .duration_ms = 12};
        auto delivered = d1;
        delivered.state = state::delivered;
        delivered.attempts = 2;
        delivered.delivered_at = at(71, 2);
        const recruiting::delivery_attempt a2{.org_id = orgs.a, .delivery_id = d1.id, .attempt = 2, .at = at(71, 2),
                                              .status_code = 204, .error = "", .duration_ms = 9'000'000'000LL};
        write(*store, [&](auto& uow) { uow.webhooks().record_attempt(failed, a1); });
        read(*store, [&](auto& uow) {
            CHECK(uow.webhooks().deliveries(orgs.a, hook, {}).items == std::vector{d3, failed});
            CHECK(uow.webhooks().attempts(orgs.a, d1.id) == std::vector{with_id(a1, 1)});
            return 0;
        });
        write(*store, [&](auto& uow) { uow.webhooks().record_attempt(delivered, a2); });
        read(*store, [&](auto& uow) {
            CHECK(uow.webhooks().deliveries(orgs.a, hook, {}).items == std::vector{d3, delivered});
            CHECK(uow.webhooks().attempts(orgs.a, d1.id) == std::vector{with_id(a1, 1), with_id(a2, 2)});
            CHECK(uow.webhooks().attempts(orgs.b, d1.id).empty());
            CHECK(uow.webhooks().attempts(orgs.a, d3.id).empty());
            return 0;
        });
    }
}

TEST_CASE("recruiting webhooks: claim_due leases due pending deliveries of every org, oldest due first",
          "[contract][recruiting][webhooks]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        const auto [hook_, b_hook_] = write(*store, [&](auto& uow) {
            return std::pair{uow.webhooks().create(make_webhook(1, orgs.a)),
                             uow.webhooks().create(make_webhook(2, orgs.b))};
        });
        // Plain copies: lambdas (the CHECK macros' among them) capture these, and clang 14 cannot capture bindings.
        const auto hook = hook_, b_hook = b_hook_;
        write(*store, [&](auto& uow) {
            uow.webhooks().enqueue(make_delivery(1, orgs.a, hook, at(30)));    // 1: due third
            uow.webhooks().enqueue(make_delivery(2, orgs.b, b_hook, at(10)));  // 2: due first, another org
            uow.webhooks().enqueue(make_delivery(3, orgs.a, hook, at(20)));    // 3: due second
            uow.webhooks().enqueue(make_delivery(4, orgs.a, hook, at(500)));   // 4: not due yet
            auto done = make_delivery(5, orgs.a, hook, at(5));                 // 5: delivered already
            done.state = state::delivered;
            done.delivered_at = at(6);
            uow.webhooks().enqueue(done);
            auto failed = make_delivery(6, orgs.a, hook, at(5));  // 6: given up
            failed.state = state::failed;
            uow.webhooks().enqueue(failed);
            uow.webhooks().enqueue(make_delivery(7, orgs.a, hook, at(30)));  // 7: due with 1, after it by id
        });
        const auto now = at(100);
        const auto lease = at(160);
        auto claim = [&](domain::timestamp t, domain::timestamp until, std::size_t limit) {
            return write(*store, [&](auto& uow) { return uow.webhooks().claim_due(t, until, limit); });
        };
        const auto first = claim(now, lease, 2);
        CHECK(ids_of(first) == std::vector<record_id>{2, 3});
        for (const auto& d : first) {
            CHECK(d.next_attempt_at == lease);
            CHECK(d.state == state::pending);
        }
        CHECK(first.at(0).org_id == orgs.b);
        CHECK(first.at(0).payload == make_delivery(2, orgs.b, b_hook, at(10)).payload);
        // The claimed ones are leased: the next claim, before the lease ends, takes the rest that are due.
        CHECK(ids_of(claim(now, lease, 10)) == std::vector<record_id>{1, 7});
        CHECK(claim(at(159), at(220), 10).empty());
        // Once the lease has run out (a dispatcher died mid-attempt), they are due again, with a new lease; all
        // four were leased to the same instant, so they come by id.
        const auto again = claim(lease, at(300), 10);
        CHECK(ids_of(again) == std::vector<record_id>{1, 2, 3, 7});
        read(*store, [&](auto& uow) {
            auto rows = uow.webhooks().deliveries(orgs.a, hook, {});
            for (const auto& d : rows.items) {
                if (d.id == 4) CHECK(d.next_attempt_at == at(500));
                if (d.id == 1 || d.id == 3 || d.id == 7) CHECK(d.next_attempt_at == at(300));
                if (d.id == 5 || d.id == 6) CHECK(d.next_attempt_at == at(5));
            }
            return 0;
        });
        CHECK(claim(at(300), at(400), 0).empty());
        CHECK(ids_of(claim(at(500), at(600), 10)) == std::vector<record_id>{1, 2, 3, 7, 4});
        // A claim rolled back leaves the rows due.
        {
            auto unit = store->begin(ports::access::read_write);
            CHECK(unit->webhooks().claim_due(at(600), at(700), 10).size() == 5);
        }
        CHECK(claim(at(600), at(700), 10).size() == 5);
    }
}

TEST_CASE("recruiting webhooks: remove takes the endpoint's deliveries and their attempts, in the org only",
          "[contract][recruiting][webhooks]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        struct ids {
            record_id hook, kept_hook, gone, kept;
        };
        const auto made = write(*store, [&](auto& uow) {
            ids i;
            i.hook = uow.webhooks().create(make_webhook(1, orgs.a));
            i.kept_hook = uow.webhooks().create(make_webhook(2, orgs.a));
            i.gone = uow.webhooks().enqueue(make_delivery(1, orgs.a, i.hook, at(1)));
            i.kept = uow.webhooks().enqueue(make_delivery(2, orgs.a, i.kept_hook, at(1)));
            for (record_id d : {i.gone, i.kept}) {
                auto delivery = make_delivery(1, orgs.a, d == i.gone ? i.hook : i.kept_hook, at(2));
                delivery.id = d;
                delivery.attempts = 1;
                uow.webhooks().record_attempt(
                    delivery, {.org_id = orgs.a, .delivery_id = d, .attempt = 1, .at = at(2), .status_code = 500,
                               .error = "HTTP 500", .duration_ms = 3});
            }
            return i;
        });
        write(*store, [&](auto& uow) {
            CHECK_FALSE(uow.webhooks().remove(orgs.b, made.hook));
            CHECK(uow.webhooks().remove(orgs.a, made.hook));
            CHECK_FALSE(uow.webhooks().remove(orgs.a, made.hook));
        });
        read(*store, [&](auto& uow) {
            CHECK_FALSE(uow.webhooks().get(orgs.a, made.hook).has_value());
            CHECK(uow.webhooks().deliveries(orgs.a, made.hook, {}).total == 0);
            CHECK(uow.webhooks().attempts(orgs.a, made.gone).empty());
            CHECK(ids_of(uow.webhooks().deliveries(orgs.a, made.kept_hook, {}).items) == std::vector{made.kept});
            CHECK(uow.webhooks().attempts(orgs.a, made.kept).size() == 1);
            return 0;
        });
        // A dispatcher that claimed a delivery of a removed endpoint records nothing, and fails nothing.
        auto late = make_delivery(1, orgs.a, made.hook, at(3));
        late.id = made.gone;
        late.attempts = 1;
        write(*store, [&](auto& uow) {
            uow.webhooks().record_attempt(late, {.org_id = orgs.a, .delivery_id = made.gone, .attempt = 1,
                                                 .at = at(3), .error = "timeout", .duration_ms = 1});
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.webhooks().attempts(orgs.a, made.gone).empty());
            return 0;
        });
    }
}

TEST_CASE("recruiting webhooks: record_attempt cannot reach another org's delivery",
          "[contract][recruiting][webhooks]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        auto d = write(*store, [&](auto& uow) {
            auto hook = uow.webhooks().create(make_webhook(1, orgs.a));
            auto delivery = make_delivery(1, orgs.a, hook, at(1));
            delivery.id = uow.webhooks().enqueue(delivery);
            return delivery;
        });
        auto forged = d;
        forged.org_id = orgs.b;
        forged.state = state::delivered;
        forged.attempts = 1;
        write(*store, [&](auto& uow) {
            uow.webhooks().record_attempt(forged, {.org_id = orgs.b, .delivery_id = d.id, .attempt = 1, .at = at(2),
                                                   .status_code = 200, .error = "", .duration_ms = 1});
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.webhooks().deliveries(orgs.a, d.endpoint_id, {}).items == std::vector{d});
            CHECK(uow.webhooks().attempts(orgs.a, d.id).empty());
            CHECK(uow.webhooks().attempts(orgs.b, d.id).empty());
            return 0;
        });
    }
}

// Contract of ports::progress_repository: the seeded milestones, awards (idempotent, also under racing
// transactions), the reached list and the counts, run against every store.
#include <catch2/catch.hpp>

#include <chrono>
#include <future>
#include <thread>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

TEST_CASE("progress: the stored milestones are domain::milestone_definitions, in seed order",
          "[contract][progress]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto stored = read(*store, [&](auto& uow) { return uow.progress().milestones(); });
        REQUIRE(stored.size() == domain::milestone_definitions.size());
        const domain::timestamp seeded{std::chrono::sys_days{std::chrono::year{2025} / 1 / 1}};
        for (std::size_t i = 0; i < stored.size(); ++i) {
            const auto& d = domain::milestone_definitions[i];
            INFO("milestone " << i);
            CHECK(stored[i].id == d.id);
            CHECK(stored[i].name == d.name);
            CHECK(stored[i].description == d.description);
            CHECK(stored[i].criteria_json == d.criteria_json);
            // Every store seeds the same instants, one second apart, so all list the same rows.
            CHECK(stored[i].created_at == seeded + std::chrono::seconds{static_cast<long long>(i)});
        }
    }
}

TEST_CASE("progress: award records once per user and milestone, and says whether it did", "[contract][progress]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        const auto first = make_award(1, owner.id, 1);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            CHECK(uow.progress().award(first));
            auto again = make_award(2, owner.id, 1);
            again.reached_at = at(9999);
            CHECK_FALSE(uow.progress().award(again));  // same unit
        });
        write(*store, [&](auto& uow) {
            CHECK_FALSE(uow.progress().award(make_award(3, owner.id, 1)));  // later unit
            CHECK(uow.progress().award(make_award(4, other.id, 1)));        // another user
            CHECK(uow.progress().award(make_award(5, owner.id, 2)));        // another milestone
        });
        read(*store, [&](auto& uow) {
            const auto mine = uow.progress().reached(owner.id);
            REQUIRE(mine.size() == 2);
            CHECK(mine[1].first == first);  // the first award is kept, reached_at included
            CHECK(uow.progress().counts(owner.id).milestones_reached == 2);
            CHECK(uow.progress().counts(other.id).milestones_reached == 1);
            return 0;
        });
        // A missing user or milestone is a foreign key failure, not a silent no-op.
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->progress().award(make_award(6, uuid(table::user, 99), 0)), ports::storage_error);
        }
        {
            auto uow = store->begin(ports::access::read_write);
            auto bad = make_award(7, owner.id, 0);
            bad.milestone_id = uuid(table::user_milestone, 99);
            CHECK_THROWS_AS(uow->progress().award(bad), ports::storage_error);
        }
    }
}

// What the surfaces do with a transaction that lost a race (PostgreSQL runs writers SERIALIZABLE and may refuse
// one of two racing awards with transaction_conflict): run the whole unit of work again.
template <class F>
auto rerun_on_conflict(F unit) {
    for (int attempt = 1;; ++attempt) {
        try {
            return unit();
        } catch (const ports::transaction_conflict&) {
            if (attempt == 10) throw;
        }
    }
}

TEST_CASE("progress: two transactions awarding the same milestone at once record it once, without a duplicate error",
          "[contract][progress]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        write(*store, [&](auto& uow) { uow.users().insert(owner); });

        // The first unit awards and holds its transaction open while the second one tries the same award:
        // the second must wait (memory, SQLite: for the write lock; PostgreSQL: for the uncommitted row),
        // then see the award and report false.
        std::promise<void> first_awarded;
        auto first = std::async(std::launch::async, [&] {
            auto uow = store->begin(ports::access::read_write);
            const bool recorded = uow->progress().award(make_award(1, owner.id, 3));
            first_awarded.set_value();
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            uow->commit();
            return recorded;
        });
        REQUIRE(first_awarded.get_future().wait_for(std::chrono::seconds(20)) == std::future_status::ready);
        auto second = std::async(std::launch::async, [&] {
            return rerun_on_conflict([&] {
                auto uow = store->begin(ports::access::read_write);
                const bool recorded = uow->progress().award(make_award(2, owner.id, 3));
                uow->commit();
                return recorded;
            });
        });
        CHECK(first.get());
        CHECK_FALSE(second.get());

        // And a crowd of racers with no ordering at all: exactly one wins.
        constexpr int racers = 4;
        std::vector<std::future<bool>> results;
        for (int i = 0; i < racers; ++i)
            results.push_back(std::async(std::launch::async, [&, i] {
                return rerun_on_conflict([&] {
                    auto uow = store->begin(ports::access::read_write);
                    const bool recorded = uow->progress().award(make_award(10 + i, owner.id, 4));
                    uow->commit();
                    return recorded;
                });
            }));
        int winners = 0;
        for (auto& r : results) winners += r.get() ? 1 : 0;
        CHECK(winners == 1);

        read(*store, [&](auto& uow) {
            const auto reached = uow.progress().reached(owner.id);
            REQUIRE(reached.size() == 2);
            CHECK(reached[1].first.id == uuid(table::user_milestone, 1));
            return 0;
        });
    }
}

TEST_CASE("progress: reached is the user's, most recent first then id desc, with each definition",
          "[contract][progress]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        auto m1 = make_award(1, owner.id, 0);
        auto m2 = make_award(2, owner.id, 11);
        auto m3 = make_award(3, owner.id, 5);
        auto m4 = make_award(4, other.id, 0);
        m1.reached_at = at(10, 5);
        m2.reached_at = at(30);
        m3.reached_at = at(30);  // ties with m2: id desc
        m4.reached_at = at(99);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            for (const auto& m : {m2, m4, m1, m3}) CHECK(uow.progress().award(m));
        });
        read(*store, [&](auto& uow) {
            const auto all = uow.progress().milestones();
            const auto mine = uow.progress().reached(owner.id);
            REQUIRE(mine.size() == 3);
            CHECK(mine[0].first == m3);
            CHECK(mine[0].second == all[5]);
            CHECK(mine[1].first == m2);
            CHECK(mine[1].second == all[11]);
            CHECK(mine[2].first == m1);
            CHECK(mine[2].second == all[0]);
            const auto theirs = uow.progress().reached(other.id);
            REQUIRE(theirs.size() == 1);
            CHECK(theirs[0].first == m4);
            CHECK(uow.progress().reached(uuid(table::user, 99)).empty());
            return 0;
        });
    }
}

TEST_CASE("progress: counts after a known data set, per user, and after an application is deleted",
          "[contract][progress]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        const auto a1 = make_application(1, owner.id);
        const auto a2 = make_application(2, owner.id);
        const auto a3 = make_application(3, owner.id);
        const auto b1 = make_application(4, other.id);
        auto offer = make_outcome(1, a1.id);
        offer.status = domain::outcome_status::offer;
        auto rejected = make_outcome(2, a2.id);
        rejected.status = domain::outcome_status::rejected;
        const auto no_status = make_outcome(3, a3.id);
        auto their_offer = make_outcome(4, b1.id);
        their_offer.status = domain::outcome_status::offer;
        auto linked_contact = make_contact(1, owner.id);
        linked_contact.application_id = a1.id;
        auto pending_on_a1 = make_reminder(1, owner.id);
        pending_on_a1.application_id = a1.id;
        const auto pending = make_reminder(2, owner.id);
        auto done = make_reminder(3, owner.id);
        done.is_completed = true;
        done.completed_at = at(5);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            for (const auto& a : {a1, a2, a3, b1}) uow.applications().insert(a);
            uow.reflections().insert(make_reflection(1, a1.id));
            uow.reflections().insert(make_reflection(2, a2.id));
            uow.reflections().insert(make_reflection(3, b1.id));
            uow.stages().insert(make_stage(1, a1.id));
            uow.stages().insert(make_stage(2, a1.id));
            uow.stages().insert(make_stage(3, a3.id));
            uow.stages().insert(make_stage(4, b1.id));
            for (const auto& o : {offer, rejected, no_status, their_offer}) uow.outcomes().insert(o);
            uow.contacts().insert(linked_contact);
            uow.contacts().insert(make_contact(2, owner.id));
            uow.contacts().insert(make_contact(3, other.id));
            for (const auto& r : {pending_on_a1, pending, done}) uow.reminders().insert(r);
            uow.reminders().insert(make_reminder(4, other.id));
            uow.progress().award(make_award(1, owner.id, 0));
            uow.progress().award(make_award(2, owner.id, 1));
            uow.progress().award(make_award(3, other.id, 0));
        });
        auto counts = [&](const domain::id& user_id) {
            return read(*store, [&](auto& uow) { return uow.progress().counts(user_id); });
        };
        domain::progress_counts mine;
        mine.applications = 3;
        mine.reflections = 2;
        mine.stages = 3;
        mine.offers = 1;
        mine.contacts = 2;
        mine.reminders_pending = 2;
        mine.milestones_reached = 2;
        CHECK(counts(owner.id) == mine);
        domain::progress_counts theirs;
        theirs.applications = 1;
        theirs.reflections = 1;
        theirs.stages = 1;
        theirs.offers = 1;
        theirs.contacts = 1;
        theirs.reminders_pending = 1;
        theirs.milestones_reached = 1;
        CHECK(counts(other.id) == theirs);
        CHECK(counts(uuid(table::user, 99)) == domain::progress_counts{});

        write(*store, [&](auto& uow) { uow.applications().remove(a1.id); });
        mine.applications = 2;
        mine.reflections = 1;
        mine.stages = 1;
        mine.offers = 0;
        mine.reminders_pending = 1;  // the one about a1 went with it; the contact stays, unlinked
        CHECK(counts(owner.id) == mine);
        CHECK(counts(other.id) == theirs);
    }
}

TEST_CASE("progress: a fresh store has the milestones and zero counts", "[contract][progress]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        write(*store, [&](auto& uow) { uow.users().insert(owner); });
        read(*store, [&](auto& uow) {
            CHECK(uow.progress().milestones().size() == 12);
            CHECK(uow.progress().reached(owner.id).empty());
            CHECK(uow.progress().counts(owner.id) == domain::progress_counts{});
            return 0;
        });
    }
}

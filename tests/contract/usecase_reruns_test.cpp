// Writes that lose a race are rerun below every surface (ports::in_write_unit), on every store: a decorator
// makes the first commits of read_write units throw ports::transaction_conflict without committing, as a lost
// PostgreSQL serialization or a busy SQLite would, so the unit rolls back and the use case must run again.
#include <catch2/catch.hpp>

#include <offertracker/adapters/memory/forwarding_unit_of_work.hpp>
#include <offertracker/adapters/memory/fake_password_hasher.hpp>
#include <offertracker/adapters/memory/fake_token_service.hpp>
#include <offertracker/adapters/memory/in_memory_file_storage.hpp>
#include <offertracker/adapters/memory/in_memory_throttle.hpp>
#include <offertracker/adapters/memory/manual_clock.hpp>
#include <offertracker/adapters/memory/recording_event_log.hpp>
#include <offertracker/adapters/memory/sequential_id_generator.hpp>
#include <offertracker/ports/in_write_unit.hpp>
#include <offertracker/usecases/accounts.hpp>
#include <offertracker/usecases/activity.hpp>
#include <offertracker/usecases/applications.hpp>
#include <offertracker/usecases/progress.hpp>

#include "contract_fixtures.hpp"

using namespace contract;
namespace uc = offertracker::usecases;
namespace memory = offertracker::adapters::memory;

namespace {

// What the decorator was asked to do and saw.
struct conflict_plan {
    int failing_commits = 0;      // read_write commits that throw instead of committing
    int failing_read_begins = 0;  // read_only begins that throw
    int write_begins = 0;
    int read_begins = 0;
    std::vector<int> pauses;      // the rerun numbers pause_before_rerun was called with
};

class conflicting_unit final : public adapters::memory::forwarding_unit_of_work {
public:
    conflicting_unit(std::unique_ptr<ports::unit_of_work> inner, conflict_plan& plan, bool writes)
        : forwarding_unit_of_work(std::move(inner)), plan_(plan), writes_(writes) {}
    void commit() override {
        // Everything written so far is rolled back when this unit is destroyed, as after a real lost race.
        if (writes_ && plan_.failing_commits > 0) {
            --plan_.failing_commits;
            throw ports::transaction_conflict("commit: could not serialize access (test)");
        }
        inner().commit();
    }

private:
    conflict_plan& plan_;
    bool writes_;
};

class conflicting_store final : public ports::store {
public:
    conflicting_store(ports::store& inner, conflict_plan& plan) : inner_(inner), plan_(plan) {}
    std::unique_ptr<ports::unit_of_work> begin(ports::access mode) override {
        const bool writes = mode == ports::access::read_write;
        ++(writes ? plan_.write_begins : plan_.read_begins);
        if (!writes && plan_.failing_read_begins > 0) {
            --plan_.failing_read_begins;
            throw ports::transaction_conflict("begin: database is locked (test)");
        }
        return std::make_unique<conflicting_unit>(inner_.begin(mode), plan_, writes);
    }
    void pause_before_rerun(int rerun) override { plan_.pauses.push_back(rerun); }

private:
    ports::store& inner_;
    conflict_plan& plan_;
};

struct services_on {
    explicit services_on(ports::store& inner) : store(inner, plan), svc{store, clock, ids, hasher, tokens, files, log, throttle} {}
    conflict_plan plan;
    conflicting_store store;
    memory::manual_clock clock{at(0)};
    memory::sequential_id_generator ids;
    memory::fake_password_hasher hasher;
    memory::fake_token_service tokens;
    memory::in_memory_file_storage files;
    memory::in_memory_throttle throttle{clock};
    memory::recording_event_log log;
    uc::services svc;

    uc::actor registered() {
        auto r = uc::register_user(svc, {"ada@example.com", "ada", "secret1", std::nullopt});
        REQUIRE(r.has_value());
        plan = {};
        return {r->user.id};
    }
};

std::vector<std::string> actions_of(uc::services& svc, const uc::actor& who) {
    std::vector<std::string> out;
    const auto entries = uc::list_activity(svc, who, std::nullopt, {0, 100});
    for (const auto& e : *entries) out.push_back(e.action);
    return out;
}

}  // namespace

TEST_CASE("a write whose commit loses a race is rerun from the start and its lost attempts leave nothing",
          "[contract][usecases][reruns]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto inner = f.make();
        services_on s(*inner);
        const auto ada = s.registered();
        s.plan.failing_commits = 2;

        auto app = uc::create_application(s.svc, ada, {.company_name = "Acme", .role_title = "Engineer"});
        REQUIRE(app.has_value());
        CHECK(s.plan.write_begins == 3);
        CHECK(s.plan.pauses == std::vector<int>{1, 2});

        // One application, one activity entry and one first-application milestone: the two rolled-back
        // attempts left no row, and the rerun's ids are the ones returned.
        const auto apps = *uc::list_applications(s.svc, ada, {}, {0, 100});
        REQUIRE(apps.size() == 1);
        CHECK(apps[0].application.id == app->application.id);
        CHECK(actions_of(s.svc, ada) == std::vector<std::string>{"Application Created"});
        std::vector<std::string> reached;
        const auto milestones = uc::list_my_milestones(s.svc, ada);
        for (const auto& [mine, definition] : *milestones) reached.push_back(mine.milestone_id);
        std::ranges::sort(reached);
        CHECK(std::ranges::adjacent_find(reached) == reached.end());
    }
}

TEST_CASE("a write that loses every attempt gives up after ports::write_attempts and leaves nothing",
          "[contract][usecases][reruns]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto inner = f.make();
        services_on s(*inner);
        const auto ada = s.registered();
        s.plan.failing_commits = ports::write_attempts;

        CHECK_THROWS_AS(uc::create_application(s.svc, ada, {.company_name = "Acme", .role_title = "Engineer"}),
                        ports::transaction_conflict);
        CHECK(s.plan.write_begins == ports::write_attempts);
        CHECK(s.plan.pauses == std::vector<int>{1, 2, 3, 4});  // none after the last attempt
        CHECK(uc::list_applications(s.svc, ada, {}, {0, 100})->empty());
        CHECK(actions_of(s.svc, ada).empty());

        // One conflict fewer than the limit still succeeds.
        s.plan = {};
        s.plan.failing_commits = ports::write_attempts - 1;
        CHECK(uc::create_application(s.svc, ada, {.company_name = "Acme", .role_title = "Engineer"}).has_value());
        CHECK(s.plan.write_begins == ports::write_attempts);
    }
}

TEST_CASE("a read is not rerun: its conflict propagates at once", "[contract][usecases][reruns]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto inner = f.make();
        services_on s(*inner);
        const auto ada = s.registered();
        s.plan.failing_read_begins = 1;

        CHECK_THROWS_AS(uc::list_applications(s.svc, ada, {}, {0, 100}), ports::transaction_conflict);
        CHECK(s.plan.read_begins == 1);
        CHECK(s.plan.write_begins == 0);
        CHECK(s.plan.pauses.empty());
    }
}

TEST_CASE("registration and login are rerun too, and a rerun registration makes one account",
          "[contract][usecases][reruns]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto inner = f.make();
        services_on s(*inner);
        s.plan.failing_commits = 1;
        auto r = uc::register_user(s.svc, {"ada@example.com", "ada", "secret1", std::nullopt});
        REQUIRE(r.has_value());
        CHECK(s.plan.write_begins == 2);
        // The account and its registration milestone exist once.
        const uc::actor ada{r->user.id};
        CHECK(uc::get_me(s.svc, ada).has_value());
        CHECK(uc::list_my_milestones(s.svc, ada)->size() == 1);
        CHECK(uc::search_users(s.svc, ada, "ada", {0, 10})->size() == 1);

        s.plan = {};
        s.plan.failing_commits = 1;
        CHECK(uc::login(s.svc, {.email = "ada@example.com", .password = "secret1"}).has_value());
        CHECK(s.plan.write_begins == 2);
    }
}

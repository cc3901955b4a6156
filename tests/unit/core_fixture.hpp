// The use-case fixture: services over the in-memory adapters, a clock fixed at 2026-03-15T10:00:00Z,
// and assertion macros for domain errors.
#pragma once

#include <string>
#include <vector>

#include <offertracker/adapters/memory/fake_password_hasher.hpp>
#include <offertracker/adapters/memory/fake_token_service.hpp>
#include <offertracker/adapters/memory/in_memory_file_storage.hpp>
#include <offertracker/adapters/memory/in_memory_store.hpp>
#include <offertracker/adapters/memory/in_memory_throttle.hpp>
#include <offertracker/adapters/memory/manual_clock.hpp>
#include <offertracker/adapters/memory/recording_event_log.hpp>
#include <offertracker/adapters/memory/sequential_id_generator.hpp>
#include <offertracker/ports/storage_error.hpp>
#include <offertracker/usecases/accounts.hpp>
#include <offertracker/usecases/activity.hpp>
#include <offertracker/usecases/applications.hpp>
#include <offertracker/usecases/outcomes.hpp>
#include <offertracker/usecases/paging.hpp>
#include <offertracker/usecases/reflections.hpp>
#include <offertracker/usecases/resumes.hpp>
#include <offertracker/usecases/services.hpp>
#include <offertracker/usecases/stages.hpp>

#include "test_support.hpp"

namespace offertracker::test {

namespace memory = adapters::memory;
namespace uc = usecases;

// "Today" for every use-case test unless a test moves the clock.
inline domain::date fixed_today() { return ymd(2026, 3, 15); }
inline domain::timestamp fixed_now() { return at(2026, 3, 15, 10); }

struct core_fixture {
    memory::in_memory_store store;
    memory::manual_clock clock{fixed_now()};
    memory::sequential_id_generator ids;
    memory::fake_password_hasher hasher;
    memory::fake_token_service tokens;
    memory::in_memory_file_storage files;
    memory::in_memory_throttle throttle{clock};
    memory::recording_event_log log;
    uc::services svc{store, clock, ids, hasher, tokens, files, log, throttle};

    // Registers name / name@example.com / "secret1" and returns the actor for it.
    uc::actor user(const std::string& name) {
        auto s = uc::register_user(svc, {name + "@example.com", name, "secret1", std::nullopt});
        REQUIRE(s.has_value());
        return uc::actor{s->user.id};
    }

    // Creates an application and returns its id; moves the clock on by a second first so that
    // records created one after another have distinct times (as they would with a real clock).
    domain::id app(const uc::actor& who, std::optional<domain::application_status> status = std::nullopt,
                   const std::string& company = "Acme", const std::string& role = "Engineer") {
        tick();
        uc::create_application_command cmd;
        cmd.company_name = company;
        cmd.role_title = role;
        cmd.status = status;
        auto v = uc::create_application(svc, who, cmd);
        REQUIRE(v.has_value());
        return v->application.id;
    }

    domain::id stage(const uc::actor& who, const domain::id& app_id, const std::string& name = "Phone Screen") {
        tick();
        uc::create_stage_command cmd;
        cmd.stage_name = name;
        auto s = uc::add_stage(svc, who, app_id, cmd);
        REQUIRE(s.has_value());
        return s->id;
    }

    domain::id resume(const uc::actor& who, const std::string& name = "v1") {
        tick();
        auto r = uc::create_resume(svc, who, {name, std::nullopt, std::nullopt});
        REQUIRE(r.has_value());
        return r->id;
    }

    // Reads straight from the store, bypassing the use cases.
    std::optional<domain::application> stored_app(const domain::id& id) {
        return store.begin(ports::access::read_only)->applications().find(id);
    }
    std::optional<domain::user> stored_user(const domain::id& id) {
        return store.begin(ports::access::read_only)->users().find(id);
    }
    std::optional<domain::resume> stored_resume(const domain::id& id) {
        return store.begin(ports::access::read_only)->resumes().find(id);
    }
    std::vector<domain::activity_entry> activity(const uc::actor& who,
                                                 const std::optional<domain::id>& app_id = std::nullopt) {
        auto list = uc::list_activity(svc, who, app_id, ports::page{0, 1000});
        REQUIRE(list.has_value());
        return *list;
    }
    std::vector<std::string> actions(const uc::actor& who, const std::optional<domain::id>& app_id = std::nullopt) {
        std::vector<std::string> out;
        for (const auto& e : activity(who, app_id)) out.push_back(e.action);
        return out;
    }

    void tick() { clock.advance(std::chrono::seconds{1}); }
    // Moves the clock to noon of a later (or earlier) day.
    void set_day(domain::date d) { clock.set(std::chrono::time_point_cast<std::chrono::microseconds>(
        std::chrono::sys_days{d}) + std::chrono::hours{12}); }
};

}  // namespace offertracker::test

// The result is an error of this kind with this exact detail string.
#define REQUIRE_ERROR(expr, expected_kind, expected_message)                 \
    do {                                                                     \
        const auto& r_ = (expr);                                             \
        REQUIRE_FALSE(r_.has_value());                                       \
        CHECK(r_.error().kind == (expected_kind));                           \
        CHECK(r_.error().message == std::string(expected_message));          \
    } while (false)

// The result is a 422 whose field errors are exactly this list.
#define REQUIRE_FIELD_ERRORS(expr, ...)                                                   \
    do {                                                                                  \
        const auto& r_ = (expr);                                                          \
        REQUIRE_FALSE(r_.has_value());                                                    \
        REQUIRE(r_.error().kind == offertracker::domain::error_kind::validation);         \
        CHECK(r_.error().field_errors == std::vector<offertracker::domain::field_error>{__VA_ARGS__}); \
    } while (false)

// The Recruiting use-case fixture: services over the in-memory Recruiting store and the memory fakes, a clock
// fixed at 2026-03-15T10:00:00Z, a text extractor that reads files as text, and helpers that set up orgs, members
// and records through the use cases.
#pragma once

#include <offertracker/adapters/memory/fake_password_hasher.hpp>
#include <offertracker/adapters/memory/fake_token_service.hpp>
#include <offertracker/adapters/memory/in_memory_recruiting_store.hpp>
#include <offertracker/adapters/memory/in_memory_throttle.hpp>
#include <offertracker/adapters/memory/manual_clock.hpp>
#include <offertracker/adapters/memory/recording_event_log.hpp>
#include <offertracker/adapters/memory/sequential_id_generator.hpp>
#include <offertracker/recruiting/accounts.hpp>
#include <offertracker/recruiting/agent.hpp>
#include <offertracker/recruiting/candidates.hpp>
#include <offertracker/recruiting/jobs.hpp>
#include <offertracker/recruiting/matches.hpp>
#include <offertracker/recruiting/pipeline.hpp>
#include <offertracker/recruiting/services.hpp>
#include <offertracker/recruiting/webhooks.hpp>
#include <string>
#include <vector>

#include "test_extractor.hpp"
#include "test_support.hpp"

namespace offertracker::test {

namespace rc = recruiting;
namespace memory = adapters::memory;

// A signed-in member and their org.
struct acting_member {
    rc::recruiter who;
    rc::record_id org_id = 0;
};

struct recruiting_fixture {
    memory::in_memory_recruiting_store store;
    memory::manual_clock clock{at(2026, 3, 15, 10)};
    memory::sequential_id_generator ids;
    memory::fake_password_hasher hasher;
    memory::fake_token_service tokens;
    memory::recording_event_log log;
    memory::in_memory_throttle throttle{clock};
    text_file_extractor extractor;
    rc::services svc{store, clock, ids, hasher, tokens, log, throttle, extractor};

    // Registers <name>@example.com (password "secret123") with a new org: its org_admin.
    acting_member org(const std::string& name) {
        auto m = rc::register_org(svc, {name + "@example.com", "secret123", name + " Co"});
        REQUIRE(m.has_value());
        return {rc::recruiter{m->id}, m->org_id};
    }

    // Invites <name>@example.com into the admin's org with the role.
    acting_member colleague(const acting_member& admin, const std::string& name, rc::member_role role) {
        rc::invite_command cmd;
        cmd.email = name + "@example.com";
        cmd.role = role;
        cmd.password = "secret123";
        auto m = rc::invite_member(svc, admin.who, cmd);
        REQUIRE(m.has_value());
        return {rc::recruiter{m->id}, m->org_id};
    }

    void deactivate(const acting_member& admin, const acting_member& m) {
        rc::update_member_command cmd;
        cmd.active = false;
        REQUIRE(rc::update_member(svc, admin.who, m.who.member_id, cmd).has_value());
    }

    rc::job job(const acting_member& by, const std::string& title, std::vector<std::string> required = {},
                std::optional<std::string> description = std::nullopt) {
        tick();
        rc::create_job_command cmd;
        cmd.title = title;
        cmd.required_skills = std::move(required);
        cmd.description = std::move(description);
        auto j = rc::create_job(svc, by.who, cmd);
        REQUIRE(j.has_value());
        return *j;
    }

    rc::candidate candidate(const acting_member& by, const std::string& name,
                            std::optional<std::string> title = std::nullopt, std::vector<std::string> skills = {}) {
        tick();
        rc::create_candidate_command cmd;
        cmd.full_name = name;
        cmd.current_title = std::move(title);
        cmd.skills = std::move(skills);
        auto c = rc::create_candidate(svc, by.who, cmd);
        REQUIRE(c.has_value());
        return c->record;
    }

    rc::application application(const acting_member& by, rc::record_id job_id, rc::record_id candidate_id,
                                std::optional<rc::application_status> status = std::nullopt) {
        tick();
        rc::create_application_command cmd;
        cmd.job_id = job_id;
        cmd.candidate_id = candidate_id;
        cmd.status = status;
        auto a = rc::create_application(svc, by.who, cmd);
        REQUIRE(a.has_value());
        return *a;
    }

    rc::webhook_endpoint webhook(const acting_member& admin, std::vector<rc::webhook_event> events,
                                 const std::string& url = "https://hooks.example.com/in") {
        rc::create_webhook_command cmd;
        cmd.url = url;
        cmd.events = std::move(events);
        auto e = rc::create_webhook(svc, admin.who, cmd);
        REQUIRE(e.has_value());
        return *e;
    }

    // Every delivery queued for the endpoint, newest first (straight from the store).
    std::vector<rc::webhook_delivery> deliveries(const acting_member& admin, rc::record_id endpoint_id) {
        auto uow = store.begin(ports::access::read_only);
        return uow->webhooks().deliveries(admin.org_id, endpoint_id, ports::page{0, 1000}).items;
    }

    std::vector<rc::match_log> match_logs(rc::record_id org_id) {
        auto uow = store.begin(ports::access::read_only);
        return uow->match_logs().list(org_id, ports::page{0, 1000}).items;
    }

    void tick() { clock.advance(std::chrono::seconds{1}); }
};

}  // namespace offertracker::test

namespace Catch {

#define OFFERTRACKER_RECRUITING_STRINGMAKER(E)                                                      \
    template <>                                                                                     \
    struct StringMaker<E> {                                                                         \
        static std::string convert(E v) { return std::string(offertracker::domain::to_string(v)); } \
    };
OFFERTRACKER_RECRUITING_STRINGMAKER(offertracker::recruiting::member_role)
OFFERTRACKER_RECRUITING_STRINGMAKER(offertracker::recruiting::job_status)
OFFERTRACKER_RECRUITING_STRINGMAKER(offertracker::recruiting::application_status)
OFFERTRACKER_RECRUITING_STRINGMAKER(offertracker::recruiting::application_source)
OFFERTRACKER_RECRUITING_STRINGMAKER(offertracker::recruiting::match_strategy)
OFFERTRACKER_RECRUITING_STRINGMAKER(offertracker::recruiting::webhook_event)
OFFERTRACKER_RECRUITING_STRINGMAKER(offertracker::recruiting::delivery_state)
#undef OFFERTRACKER_RECRUITING_STRINGMAKER

}  // namespace Catch

// The result is an error of this kind with this exact detail string.
#define REQUIRE_ERROR(expr, expected_kind, expected_message)        \
    do {                                                            \
        const auto& r_ = (expr);                                    \
        REQUIRE_FALSE(r_.has_value());                              \
        CHECK(r_.error().kind == (expected_kind));                  \
        CHECK(r_.error().message == std::string(expected_message)); \
    } while (false)

// The result is a 422 whose field errors are exactly this list.
#define REQUIRE_FIELD_ERRORS(expr, ...)                                                                \
    do {                                                                                               \
        const auto& r_ = (expr);                                                                       \
        REQUIRE_FALSE(r_.has_value());                                                                 \
        REQUIRE(r_.error().kind == offertracker::domain::error_kind::validation);                      \
        CHECK(r_.error().field_errors == std::vector<offertracker::domain::field_error>{__VA_ARGS__}); \
    } while (false)

// Shorthands for the error kinds the Recruiting rules produce.
#define REQUIRE_UNAUTHENTICATED(expr) \
    REQUIRE_ERROR(expr, offertracker::domain::error_kind::unauthenticated, "Could not validate credentials")
#define REQUIRE_FORBIDDEN(expr) \
    REQUIRE_ERROR(expr, offertracker::domain::error_kind::forbidden, "Not enough permissions")
#define REQUIRE_NOT_FOUND(expr, message) REQUIRE_ERROR(expr, offertracker::domain::error_kind::not_found, message)

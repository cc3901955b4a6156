// What the webhook delivery and dispatcher tests share: the Recruiting services over a real store (memory, a
// SQLite file, or a PostgreSQL schema when OFFERTRACKER_TEST_POSTGRES_URL is set) with a manual clock, the real
// HMAC signer, and helpers that register an org, an endpoint and an outbox row through the store's port.
#pragma once

#include <catch2/catch.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <offertracker/adapters/crypto/hmac_keyed_hasher.hpp>
#include <offertracker/adapters/memory/fake_password_hasher.hpp>
#include <offertracker/adapters/memory/fake_token_service.hpp>
#include <offertracker/adapters/memory/in_memory_recruiting_store.hpp>
#include <offertracker/adapters/memory/in_memory_throttle.hpp>
#include <offertracker/adapters/memory/manual_clock.hpp>
#include <offertracker/adapters/memory/recording_event_log.hpp>
#include <offertracker/adapters/memory/sequential_id_generator.hpp>
#include <offertracker/recruiting/services.hpp>
#include <offertracker/recruiting/webhooks.hpp>

#include "sql_test_databases.hpp"

namespace offertracker::testing {

// The use cases under test never extract text; the services need one all the same.
class no_text_extractor final : public ports::text_extractor {
public:
    ports::extraction_result extract(std::string_view, std::string_view, std::string_view) const override {
        return ports::extraction_error{ports::extraction_error_kind::unsupported_type, "No extraction in this test."};
    }
};

// A migrated throwaway SQL database's Recruiting store; the database goes with it.
class temporary_recruiting_store final : public ports::recruiting_store {
public:
    explicit temporary_recruiting_store(std::unique_ptr<sql_test::temporary_store> db) : db_(std::move(db)) {}
    std::unique_ptr<ports::recruiting_unit_of_work> begin(ports::access mode) override {
        return db_->sql().recruiting().begin(mode);
    }
    void pause_before_rerun(int rerun) override { db_->sql().recruiting().pause_before_rerun(rerun); }

private:
    std::unique_ptr<sql_test::temporary_store> db_;
};

struct store_factory {
    std::string name;
    std::function<std::unique_ptr<ports::recruiting_store>()> make;
};

inline std::vector<store_factory> store_factories() {
    std::vector<store_factory> out;
    out.push_back({"memory", [] { return std::make_unique<adapters::memory::in_memory_recruiting_store>(); }});
    out.push_back({"sqlite", [] {
                       return std::make_unique<temporary_recruiting_store>(sql_test::temporary_sqlite_store());
                   }});
    if (auto url = sql_test::postgres_url())
        out.push_back({"postgresql", [u = *url] {
                           return std::make_unique<temporary_recruiting_store>(
                               sql_test::temporary_postgresql_store(u));
                       }});
    return out;
}

// 2026-03-01T12:00:00Z: a start far from the epoch, so no retry arithmetic can pass for a default value.
inline domain::timestamp t0() { return *domain::parse_timestamp("2026-03-01T12:00:00Z"); }

struct webhook_world {
    ports::recruiting_store& store;
    adapters::memory::manual_clock clock{t0()};
    adapters::memory::sequential_id_generator ids;
    adapters::memory::fake_password_hasher hasher;
    adapters::memory::fake_token_service tokens;
    adapters::memory::recording_event_log log;
    adapters::memory::in_memory_throttle throttle{clock};
    no_text_extractor extractor;
    recruiting::services services{store, clock, ids, hasher, tokens, log, throttle, extractor};
    adapters::crypto::hmac_keyed_hasher signer;

    explicit webhook_world(ports::recruiting_store& s, recruiting::webhook_policy policy = {}) : store(s) {
        services.webhooks = policy;
    }

    recruiting::record_id add_org(const std::string& name = "Acme") {
        auto unit = store.begin(ports::access::read_write);
        auto id = unit->organizations().create({.name = name, .created_at = clock.now()});
        unit->commit();
        return id;
    }

    recruiting::record_id add_endpoint(recruiting::record_id org, const std::string& url, const std::string& secret,
                                       bool active = true) {
        auto unit = store.begin(ports::access::read_write);
        auto id = unit->webhooks().create({.org_id = org,
                                           .url = url,
                                           .secret = secret,
                                           .events = {recruiting::webhook_event::job_created},
                                           .active = active,
                                           .created_at = clock.now()});
        unit->commit();
        return id;
    }

    // A pending delivery due now, as a use case enqueues it.
    recruiting::record_id enqueue(recruiting::record_id org, recruiting::record_id endpoint, const std::string& payload,
                                  recruiting::webhook_event event = recruiting::webhook_event::job_created) {
        auto unit = store.begin(ports::access::read_write);
        auto id = unit->webhooks().enqueue({.org_id = org,
                                            .endpoint_id = endpoint,
                                            .event = event,
                                            .payload = payload,
                                            .state = recruiting::delivery_state::pending,
                                            .next_attempt_at = clock.now(),
                                            .created_at = clock.now()});
        unit->commit();
        return id;
    }

    std::optional<recruiting::webhook_delivery> delivery(recruiting::record_id org, recruiting::record_id endpoint,
                                                         recruiting::record_id id) {
        auto unit = store.begin(ports::access::read_only);
        for (const auto& d : unit->webhooks().deliveries(org, endpoint, {.limit = 100}).items)
            if (d.id == id) return d;
        return std::nullopt;
    }

    std::vector<recruiting::delivery_attempt> attempts(recruiting::record_id org, recruiting::record_id delivery) {
        auto unit = store.begin(ports::access::read_only);
        return unit->webhooks().attempts(org, delivery);
    }
};

// A payload as the use cases write it (docs: the exact JSON body sent and signed).
inline std::string job_created_payload(recruiting::record_id org, int job_id) {
    return R"({"event":"job.created","org_id":)" + std::to_string(org) +
           R"(,"occurred_at":"2026-03-01T12:00:00.000000Z","data":{"id":)" + std::to_string(job_id) +
           R"(,"title":"Backend Engineer"}})";
}

}  // namespace offertracker::testing

// Webhook endpoints and their outbox: deliveries (removed with their endpoint, and their attempts with them,
// through ON DELETE CASCADE), the dispatcher's leases, and attempts.
#include "../errors.hpp"
#include "../paging.hpp"
#include "recruiting_sql.hpp"
#include "sql_recruiting_repositories.hpp"

namespace offertracker::adapters::sql {
namespace {

using recruiting_sql::columns;

const columns endpoint_columns{"org_id", "url", "secret", "events", "active", "created_at"};
const columns delivery_columns{"org_id",   "endpoint_id",     "event",      "payload",     "state",
                               "attempts", "next_attempt_at", "created_at", "delivered_at"};
const columns attempt_columns{"org_id", "delivery_id", "attempt", "attempted_at", "status_code", "error",
                              "duration_ms"};

recruiting::webhook_endpoint read_endpoint(const text_row& r) {
    constexpr std::string_view events_column = "recruiting_webhooks.events";
    return {.id = r.integer(0),
            .org_id = r.integer(1),
            .url = r.text(2),
            .secret = r.text(3),
            .events = recruiting_sql::events_from_names(recruiting_sql::strings_from_json(r.text(4), events_column),
                                                        events_column),
            .active = r.boolean(5),
            .created_at = r.timestamp(6)};
}

recruiting::webhook_delivery read_delivery(const text_row& r) {
    recruiting::webhook_delivery d;
    d.id = r.integer(0);
    d.org_id = r.integer(1);
    d.endpoint_id = r.integer(2);
    d.event = stored_enum<recruiting::webhook_event>(r.text(3), "recruiting_webhook_deliveries.event");
    d.payload = r.text(4);
    d.state = stored_enum<recruiting::delivery_state>(r.text(5), "recruiting_webhook_deliveries.state");
    d.attempts = static_cast<int>(r.integer(6));
    d.next_attempt_at = r.timestamp(7);
    d.created_at = r.timestamp(8);
    if (!r.is_null(9)) d.delivered_at = r.timestamp(9);
    return d;
}

recruiting::delivery_attempt read_attempt(const text_row& r) {
    recruiting::delivery_attempt a;
    a.id = r.integer(0);
    a.org_id = r.integer(1);
    a.delivery_id = r.integer(2);
    a.attempt = static_cast<int>(r.integer(3));
    a.at = r.timestamp(4);
    if (auto code = r.optional_integer(5)) a.status_code = static_cast<int>(*code);
    a.error = r.text(6);
    a.duration_ms = r.integer(7);
    return a;
}

std::optional<std::string> optional_timestamp(const std::optional<domain::timestamp>& t) {
    if (!t) return std::nullopt;
    return domain::format_timestamp(*t);
}

std::vector<recruiting::webhook_delivery> deliveries_of(query& q) {
    std::vector<recruiting::webhook_delivery> out;
    q.each(delivery_columns.select_count(), [&](const text_row& r) { out.push_back(read_delivery(r)); });
    return out;
}

}  // namespace

record_id sql_webhook_repository::create(const recruiting::webhook_endpoint& e) {
    return guarded("recruiting_webhooks.create", [&] {
        query q(session_, endpoint_columns.insert_into("recruiting_webhooks"));
        q.bind("org_id", static_cast<long long>(e.org_id))
            .bind("url", e.url)
            .bind("secret", e.secret)
            .bind("events", recruiting_sql::strings_to_json(recruiting_sql::event_names(e.events)))
            .bind("active", e.active)
            .bind("created_at", e.created_at);
        return recruiting_sql::inserted_id(q);
    });
}

std::optional<recruiting::webhook_endpoint> sql_webhook_repository::get(record_id org_id, record_id id) {
    return guarded("recruiting_webhooks.get", [&] {
        std::optional<recruiting::webhook_endpoint> found;
        query(session_,
              "SELECT " + endpoint_columns.select() + " FROM recruiting_webhooks WHERE org_id = :org_id AND id = :id")
            .bind("org_id", static_cast<long long>(org_id))
            .bind("id", static_cast<long long>(id))
            .each(endpoint_columns.select_count(), [&](const text_row& r) { found = read_endpoint(r); });
        return found;
    });
}

std::vector<recruiting::webhook_endpoint> sql_webhook_repository::list(record_id org_id) {
    return guarded("recruiting_webhooks.list", [&] {
        std::vector<recruiting::webhook_endpoint> out;
        query(session_, "SELECT " + endpoint_columns.select() +
                            " FROM recruiting_webhooks WHERE org_id = :org_id ORDER BY id DESC")
            .bind("org_id", static_cast<long long>(org_id))
            .each(endpoint_columns.select_count(), [&](const text_row& r) { out.push_back(read_endpoint(r)); });
        return out;
    });
}

bool sql_webhook_repository::remove(record_id org_id, record_id id) {
    return guarded("recruiting_webhooks.remove", [&] {
        return query(session_, "DELETE FROM recruiting_webhooks WHERE org_id = :org_id AND id = :id")
                   .bind("org_id", static_cast<long long>(org_id))
                   .bind("id", static_cast<long long>(id))
                   .run() > 0;
    });
}

record_id sql_webhook_repository::enqueue(const recruiting::webhook_delivery& d) {
    return guarded("recruiting_webhook_deliveries.enqueue", [&] {
        query q(session_, delivery_columns.insert_into("recruiting_webhook_deliveries"));
        q.bind("org_id", static_cast<long long>(d.org_id))
            .bind("endpoint_id", static_cast<long long>(d.endpoint_id))
            .bind("event", domain::to_string(d.event))
            .bind("payload", d.payload)
            .bind("state", domain::to_string(d.state))
            .bind("attempts", static_cast<long long>(d.attempts))
            .bind("next_attempt_at", d.next_attempt_at)
            .bind("created_at", d.created_at)
            .bind("delivered_at", optional_timestamp(d.delivered_at));
        return recruiting_sql::inserted_id(q);
    });
}

std::vector<recruiting::webhook_delivery> sql_webhook_repository::claim_due(domain::timestamp now,
                                                                            domain::timestamp lease_until,
                                                                            std::size_t limit) {
    return guarded("recruiting_webhook_deliveries.claim_due", [&] {
        // Select, then move each selected row's next_attempt_at to the lease's end, in this transaction. On
        // PostgreSQL the select locks the rows and skips those a concurrent claimer holds, so two dispatchers
        // never take the same row; the lease then keeps it from later claims until it ends.
        query pick(session_, "SELECT " + delivery_columns.select() +
                                 " FROM recruiting_webhook_deliveries WHERE state = 'pending' AND next_attempt_at <= "
                                 ":now ORDER BY next_attempt_at, id LIMIT :limit" +
                                 std::string{dialect_.skip_locked()});
        pick.bind("now", now).bind("limit", sql_limit({.skip = 0, .limit = limit}));
        auto claimed = deliveries_of(pick);
        for (auto& d : claimed) {
            query(session_, "UPDATE recruiting_webhook_deliveries SET next_attempt_at = :lease WHERE id = :id")
                .bind("lease", lease_until)
                .bind("id", static_cast<long long>(d.id))
                .run();
            d.next_attempt_at = lease_until;
        }
        return claimed;
    });
}

void sql_webhook_repository::record_attempt(const recruiting::webhook_delivery& d,
                                            const recruiting::delivery_attempt& a) {
    guarded("recruiting_webhook_deliveries.record_attempt", [&] {
        const auto changed =
            query(session_, "UPDATE recruiting_webhook_deliveries SET " +
                                columns::set({"state", "attempts", "next_attempt_at", "delivered_at"}) +
                                " WHERE org_id = :org_id AND id = :id")
                .bind("state", domain::to_string(d.state))
                .bind("attempts", static_cast<long long>(d.attempts))
                .bind("next_attempt_at", d.next_attempt_at)
                .bind("delivered_at", optional_timestamp(d.delivered_at))
                .bind("org_id", static_cast<long long>(d.org_id))
                .bind("id", static_cast<long long>(d.id))
                .run();
        // The endpoint (and so the delivery) may have been removed while the attempt ran: nothing is left to
        // record it against.
        if (changed == 0) return;
        query q(session_, attempt_columns.insert_into("recruiting_delivery_attempts"));
        q.bind("org_id", static_cast<long long>(d.org_id))
            .bind("delivery_id", static_cast<long long>(d.id))
            .bind("attempt", static_cast<long long>(a.attempt))
            .bind("attempted_at", a.at)
            .bind("status_code", a.status_code)
            .bind("error", a.error)
            .bind("duration_ms", static_cast<long long>(a.duration_ms));
        recruiting_sql::inserted_id(q);
    });
}

ports::counted<recruiting::webhook_delivery> sql_webhook_repository::deliveries(record_id org_id,
                                                                               record_id endpoint_id, ports::page p) {
    return guarded("recruiting_webhook_deliveries.list", [&] {
        const std::string where = " FROM recruiting_webhook_deliveries WHERE org_id = :org_id AND endpoint_id = :ep";
        ports::counted<recruiting::webhook_delivery> out;
        query page_query(session_, "SELECT " + delivery_columns.select() + where +
                                       " ORDER BY id DESC LIMIT :limit OFFSET :offset");
        page_query.bind("org_id", static_cast<long long>(org_id))
            .bind("ep", static_cast<long long>(endpoint_id))
            .bind("limit", sql_limit(p))
            .bind("offset", sql_offset(p));
        out.items = deliveries_of(page_query);
        query count_query(session_, "SELECT COUNT(*)" + where);
        count_query.bind("org_id", static_cast<long long>(org_id)).bind("ep", static_cast<long long>(endpoint_id));
        out.total = recruiting_sql::count_of(count_query);
        return out;
    });
}

std::vector<recruiting::delivery_attempt> sql_webhook_repository::attempts(record_id org_id, record_id delivery_id) {
    return guarded("recruiting_delivery_attempts.list", [&] {
        std::vector<recruiting::delivery_attempt> out;
        query(session_, "SELECT " + attempt_columns.select() +
                            " FROM recruiting_delivery_attempts WHERE org_id = :org_id AND delivery_id = :d "
                            "ORDER BY id")
            .bind("org_id", static_cast<long long>(org_id))
            .bind("d", static_cast<long long>(delivery_id))
            .each(attempt_columns.select_count(), [&](const text_row& r) { out.push_back(read_attempt(r)); });
        return out;
    });
}

}  // namespace offertracker::adapters::sql

// Webhook endpoints and their outbox in memory: deliveries, leases for the dispatcher, and attempts.
#include <algorithm>
#include <tuple>

#include "in_memory_recruiting_repositories.hpp"

namespace offertracker::adapters::memory::detail {

record_id in_memory_webhook_repository::create(const recruiting::webhook_endpoint& e) {
    auto& s = unit_.write();
    require_org(s, e.org_id);
    return s.webhooks.insert(e);
}

std::optional<recruiting::webhook_endpoint> in_memory_webhook_repository::get(record_id org_id, record_id id) {
    if (const auto* e = row_in_org(unit_.read().webhooks, org_id, id)) return *e;
    return std::nullopt;
}

std::vector<recruiting::webhook_endpoint> in_memory_webhook_repository::list(record_id org_id) {
    return newest_first(unit_.read().webhooks, [&](const auto& e) { return e.org_id == org_id; });
}

bool in_memory_webhook_repository::remove(record_id org_id, record_id id) {
    auto& s = unit_.write();
    if (!row_in_org(s.webhooks, org_id, id)) return false;
    s.webhooks.rows.erase(id);
    std::vector<record_id> gone;
    for (const auto& [delivery_id, d] : s.deliveries.rows)
        if (d.endpoint_id == id) gone.push_back(delivery_id);
    for (record_id delivery_id : gone) {
        s.deliveries.rows.erase(delivery_id);
        std::erase_if(s.attempts.rows, [&](const auto& row) { return row.second.delivery_id == delivery_id; });
    }
    return true;
}

record_id in_memory_webhook_repository::enqueue(const recruiting::webhook_delivery& d) {
    auto& s = unit_.write();
    require_webhook(s, d.org_id, d.endpoint_id);
    return s.deliveries.insert(d);
}

std::vector<recruiting::webhook_delivery> in_memory_webhook_repository::claim_due(domain::timestamp now,
                                                                                  domain::timestamp lease_until,
                                                                                  std::size_t limit) {
    auto& s = unit_.write();
    std::vector<recruiting::webhook_delivery*> due;
    for (auto& [id, d] : s.deliveries.rows)
        if (d.state == recruiting::delivery_state::pending && d.next_attempt_at <= now) due.push_back(&d);
    // Oldest due first, as the SQL stores order by (next_attempt_at, id).
    std::ranges::sort(due, [](const auto* a, const auto* b) {
        return std::tie(a->next_attempt_at, a->id) < std::tie(b->next_attempt_at, b->id);
    });
    if (due.size() > limit) due.resize(limit);
    std::vector<recruiting::webhook_delivery> out;
    for (auto* d : due) {
        d->next_attempt_at = lease_until;
        out.push_back(*d);
    }
    return out;
}

void in_memory_webhook_repository::record_attempt(const recruiting::webhook_delivery& d,
                                                  const recruiting::delivery_attempt& a) {
    auto& s = unit_.write();
    // The endpoint (and so the delivery) may have been removed while the attempt ran: nothing is left to record.
    auto* row = row_in_org(s.deliveries, d.org_id, d.id);
    if (!row) return;
    row->state = d.state;
    row->attempts = d.attempts;
    row->next_attempt_at = d.next_attempt_at;
    row->delivered_at = d.delivered_at;
    auto attempt = a;
    attempt.org_id = d.org_id;
    attempt.delivery_id = d.id;
    s.attempts.insert(attempt);
}

ports::counted<recruiting::webhook_delivery> in_memory_webhook_repository::deliveries(record_id org_id,
                                                                                     record_id endpoint_id,
                                                                                     ports::page p) {
    return counted_page(newest_first(unit_.read().deliveries,
                                     [&](const auto& d) { return d.org_id == org_id && d.endpoint_id == endpoint_id; }),
                        p);
}

std::vector<recruiting::delivery_attempt> in_memory_webhook_repository::attempts(record_id org_id,
                                                                                record_id delivery_id) {
    return oldest_first(unit_.read().attempts,
                        [&](const auto& a) { return a.org_id == org_id && a.delivery_id == delivery_id; });
}

}  // namespace offertracker::adapters::memory::detail

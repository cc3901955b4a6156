// Webhook endpoints (org_admin only) and their deliveries. Delivery itself is webhook_delivery.cpp.
#include <algorithm>
#include <offertracker/recruiting/webhooks.hpp>

#include "support.hpp"

namespace offertracker::recruiting {
namespace {

constexpr std::string_view webhook_not_found = "Webhook not found";
constexpr std::size_t min_secret = 16;
constexpr std::size_t max_secret = 200;

// "whsec_" and 64 hex digits: two fresh UUIDs without their dashes (each holds 122 random bits).
std::string new_secret(ports::id_generator& ids) {
    std::string hex;
    for (int i = 0; i < 2; ++i)
        for (char c : ids.new_id())
            if (c != '-') hex += c;
    return "whsec_" + hex;
}

webhook_endpoint without_secret(webhook_endpoint e) {
    e.secret.clear();
    return e;
}

}  // namespace

domain::result<webhook_endpoint> create_webhook(services& s, const recruiter& who, const create_webhook_command& cmd) {
    domain::validator v;
    detail::url(v, "url", std::optional<std::string>{cmd.url});
    if (cmd.events.empty()) v.add({.path = {"events"}, .code = domain::field_code::missing});
    if (cmd.secret) v.length("secret", *cmd.secret, min_secret, max_secret);
    if (auto e = std::move(v).finish()) return std::move(*e);

    std::vector<webhook_event> events;
    for (auto e : cmd.events)
        if (std::find(events.begin(), events.end(), e) == events.end()) events.push_back(e);

    return detail::in_write(
        s, who, detail::need::admin,
        [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<webhook_endpoint> {
            webhook_endpoint e;
            e.org_id = m.org_id;
            e.url = cmd.url;
            e.secret = cmd.secret ? *cmd.secret : new_secret(s.ids);
            e.events = events;
            e.active = true;
            e.created_at = s.clock.now();
            e.id = uow.webhooks().create(e);
            uow.commit();
            return e;
        });
}

domain::result<std::vector<webhook_endpoint>> list_webhooks(services& s, const recruiter& who) {
    return detail::in_read(
        s, who, detail::need::admin,
        [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<std::vector<webhook_endpoint>> {
            auto list = uow.webhooks().list(m.org_id);
            for (auto& e : list) e = without_secret(std::move(e));
            return list;
        });
}

domain::result<domain::done> delete_webhook(services& s, const recruiter& who, record_id id) {
    return detail::in_write(s, who, detail::need::admin,
                            [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<domain::done> {
                                if (!uow.webhooks().remove(m.org_id, id))
                                    return domain::error::not_found(std::string(webhook_not_found));
                                uow.commit();
                                return domain::done{};
                            });
}

domain::result<ports::counted<delivery_with_attempts>> list_deliveries(services& s, const recruiter& who,
                                                                       record_id endpoint_id, ports::page p) {
    return detail::in_read(s, who, detail::need::admin,
                           [&](ports::recruiting_unit_of_work& uow,
                               const member& m) -> domain::result<ports::counted<delivery_with_attempts>> {
                               if (!uow.webhooks().get(m.org_id, endpoint_id))
                                   return domain::error::not_found(std::string(webhook_not_found));
                               auto page = uow.webhooks().deliveries(m.org_id, endpoint_id, p);
                               ports::counted<delivery_with_attempts> out;
                               out.total = page.total;
                               for (auto& d : page.items) {
                                   auto attempts = uow.webhooks().attempts(m.org_id, d.id);
                                   out.items.push_back({std::move(d), std::move(attempts)});
                               }
                               return out;
                           });
}

}  // namespace offertracker::recruiting

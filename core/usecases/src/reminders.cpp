// Reminders: create, read, list, upcoming, update, complete, delete.
#include <offertracker/usecases/reminders.hpp>

#include <offertracker/domain/validation.hpp>
#include <offertracker/usecases/paging.hpp>

#include "support.hpp"

namespace offertracker::usecases {
namespace {

domain::result<domain::reminder> owned_reminder(ports::unit_of_work& uow, const actor& who, const domain::id& id) {
    auto r = detail::find_by_id(uow.reminders(), id);
    if (!r) return domain::error::not_found("Reminder not found");
    if (r->user_id != who.user_id) return domain::error::forbidden("Not your reminder");
    return std::move(*r);
}

}  // namespace

domain::result<domain::reminder> create_reminder(services& s, const actor& who, const create_reminder_command& cmd) {
    domain::validator v;
    v.text("description", cmd.description);
    v.length("title", cmd.title, 1, 255);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::reminder> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        if (cmd.application_id) {
            auto app = detail::owned_application(uow, who, *cmd.application_id);
            if (!app) return std::move(app).error();
        }

        domain::reminder r;
        r.id = s.ids.new_id();
        r.user_id = who.user_id;
        r.application_id = cmd.application_id;
        r.title = cmd.title;
        r.description = cmd.description;
        r.remind_at = cmd.remind_at;
        r.reminder_type = cmd.reminder_type.value_or(domain::reminder_type::general);
        r.created_at = r.updated_at = s.clock.now();
        uow.reminders().insert(r);

        detail::activity_recorder log(uow, s, who.user_id);
        log.record(r.application_id, "Reminder Created", "Reminder: " + r.title);
        uow.commit();
        return r;
    });
}

domain::result<domain::reminder> get_reminder(services& s, const actor& who, const domain::id& id) {
    auto uow = s.store.begin(ports::access::read_only);
    return owned_reminder(*uow, who, id);
}

domain::result<std::vector<domain::reminder>> list_reminders(services& s, const actor& who,
                                                             const ports::reminder_filter& filter, ports::page p) {
    auto uow = s.store.begin(ports::access::read_only);
    return uow->reminders().list(who.user_id, filter, p);
}

domain::result<std::vector<domain::reminder>> upcoming_reminders(services& s, const actor& who, long long limit) {
    auto p = make_page(0, limit);
    if (!p) return std::move(p).error();
    auto uow = s.store.begin(ports::access::read_only);
    return uow->reminders().upcoming(who.user_id, p->limit);
}

domain::result<domain::reminder> update_reminder(services& s, const actor& who, const domain::id& id,
                                                 const update_reminder_command& cmd) {
    domain::validator v;
    v.text("description", cmd.description);
    v.not_null("title", cmd.title, "string");
    v.not_null("remind_at", cmd.remind_at, "datetime");
    v.not_null("reminder_type", cmd.reminder_type, "enum");
    v.not_null("is_completed", cmd.is_completed, "boolean");
    if (cmd.title && *cmd.title) v.length("title", **cmd.title, 1, 255);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::reminder> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto found = owned_reminder(uow, who, id);
        if (!found) return std::move(found).error();
        domain::reminder r = std::move(*found);
        const auto now = s.clock.now();

        if (cmd.title) r.title = **cmd.title;
        domain::apply(cmd.description, r.description);
        if (cmd.remind_at) r.remind_at = **cmd.remind_at;
        if (cmd.reminder_type) r.reminder_type = **cmd.reminder_type;
        if (cmd.is_completed) {
            const bool completed = **cmd.is_completed;
            // A completed reminder always has completed_at (the reference's database checks it); the first
            // completion keeps its time, and reopening keeps the record of when it was done.
            if (completed && (!r.is_completed || !r.completed_at)) r.completed_at = now;
            r.is_completed = completed;
        }
        r.updated_at = now;
        uow.reminders().update(r);
        uow.commit();
        return r;
    });
}

domain::result<domain::reminder> complete_reminder(services& s, const actor& who, const domain::id& id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::reminder> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto found = owned_reminder(uow, who, id);
        if (!found) return std::move(found).error();
        domain::reminder r = std::move(*found);
        if (r.is_completed) return domain::error::rule_violation("Reminder already completed");

        r.is_completed = true;
        r.completed_at = r.updated_at = s.clock.now();
        uow.reminders().update(r);

        detail::activity_recorder log(uow, s, who.user_id);
        log.record(r.application_id, "Reminder Completed", "Completed: " + r.title);
        detail::track_progress(uow, s, who.user_id);
        uow.commit();
        return r;
    });
}

domain::result<domain::done> delete_reminder(services& s, const actor& who, const domain::id& id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::done> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto r = owned_reminder(uow, who, id);
        if (!r) return std::move(r).error();
        uow.reminders().remove(id);
        uow.commit();
        return domain::done{};
    });
}

}  // namespace offertracker::usecases

// Outcomes: one per application; recording one moves the application to the outcome's status.
#include <offertracker/usecases/outcomes.hpp>

#include <offertracker/domain/status_rules.hpp>
#include <offertracker/domain/status_stamps.hpp>
#include <offertracker/domain/validation.hpp>
#include <offertracker/ports/storage_error.hpp>

#include "support.hpp"

namespace offertracker::usecases {
namespace {

// A conflict the client resolves by updating the record that exists.
domain::error already_exists() {
    return domain::error::conflict("This application already has offer details.", domain::alternative::update_existing);
}

}  // namespace

domain::result<domain::outcome> add_outcome(services& s, const actor& who, const domain::id& application_id,
                                            const create_outcome_command& cmd) {
    domain::validator v;
    v.text("bonus", cmd.bonus);
    v.text("equity", cmd.equity);
    v.text("benefits", cmd.benefits);
    v.text("negotiation_notes", cmd.negotiation_notes);
    v.text("notes", cmd.notes);
    v.at_least("salary", cmd.salary, 0);
    if (cmd.salary_currency) v.length("salary_currency", *cmd.salary_currency, 1, 3);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::outcome> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto app = detail::owned_application(uow, who, application_id);
        if (!app) return std::move(app).error();
        if (uow.outcomes().find_for(application_id)) return already_exists();

        domain::outcome o;
        o.id = s.ids.new_id();
        o.application_id = application_id;
        o.status = cmd.status.value_or(domain::outcome_status::offer);
        o.salary = cmd.salary;
        o.salary_currency = cmd.salary_currency.value_or("USD");
        o.bonus = cmd.bonus;
        o.equity = cmd.equity;
        o.benefits = cmd.benefits;
        o.start_date = cmd.start_date;
        o.deadline = cmd.deadline;
        o.negotiation_notes = cmd.negotiation_notes;
        o.notes = cmd.notes;
        o.created_at = o.updated_at = s.clock.now();
        try {
            uow.outcomes().insert(o);
        } catch (const ports::unique_violation&) {
            return already_exists();  // a concurrent request recorded one first
        }

        detail::activity_recorder log(uow, s, who.user_id);
        const auto next = domain::next_status(app->status, domain::trigger_for(*o.status));
        if (next != app->status) {
            log.status_changed(app->id, app->status, next, true,
                               next == domain::application_status::offer ? "offer received" : "outcome recorded");
            app->status = next;
            app->updated_at = o.created_at;
            domain::stamp_status(*app, app->updated_at);
            uow.applications().update(*app);
        }
        log.record(app->id, "Offer Added", "Recorded offer details");
        detail::track_progress(uow, s, who.user_id);
        uow.commit();
        return o;
    });
}

domain::result<domain::outcome> update_outcome(services& s, const actor& who, const domain::id& application_id,
                                               const domain::id& outcome_id, const update_outcome_command& cmd) {
    domain::validator v;
    v.text("bonus", cmd.bonus);
    v.text("equity", cmd.equity);
    v.text("benefits", cmd.benefits);
    v.text("negotiation_notes", cmd.negotiation_notes);
    v.text("notes", cmd.notes);
    v.not_null("salary_currency", cmd.salary_currency, "string");
    v.at_least("salary", cmd.salary, 0);
    if (cmd.salary_currency && *cmd.salary_currency) v.length("salary_currency", **cmd.salary_currency, 1, 3);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::outcome> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto app = detail::owned_application(uow, who, application_id);
        if (!app) return std::move(app).error();
        auto found = detail::child_of(uow.outcomes(), application_id, outcome_id, "Outcome not found");
        if (!found) return std::move(found).error();
        domain::outcome o = std::move(*found);

        domain::apply(cmd.status, o.status);
        domain::apply(cmd.salary, o.salary);
        if (cmd.salary_currency) o.salary_currency = **cmd.salary_currency;
        domain::apply(cmd.bonus, o.bonus);
        domain::apply(cmd.equity, o.equity);
        domain::apply(cmd.benefits, o.benefits);
        domain::apply(cmd.start_date, o.start_date);
        domain::apply(cmd.deadline, o.deadline);
        domain::apply(cmd.negotiation_notes, o.negotiation_notes);
        domain::apply(cmd.notes, o.notes);
        o.updated_at = s.clock.now();
        uow.outcomes().update(o);  // the application's status is left alone (docs/behaviour.md §5)
        uow.commit();
        return o;
    });
}

domain::result<domain::done> delete_outcome(services& s, const actor& who, const domain::id& application_id,
                                            const domain::id& outcome_id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::done> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto app = detail::owned_application(uow, who, application_id);
        if (!app) return std::move(app).error();
        auto o = detail::child_of(uow.outcomes(), application_id, outcome_id, "Outcome not found");
        if (!o) return std::move(o).error();
        uow.outcomes().remove(outcome_id);
        uow.commit();
        return domain::done{};
    });
}

}  // namespace offertracker::usecases

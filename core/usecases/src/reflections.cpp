// Reflections: one per application, skill_gaps kept as the exact JSON text sent.
#include <offertracker/usecases/reflections.hpp>

#include <offertracker/domain/validation.hpp>
#include <offertracker/ports/storage_error.hpp>

#include "support.hpp"

namespace offertracker::usecases {
namespace {

// A conflict the client resolves by updating the record that exists.
domain::error already_exists() {
    return domain::error::conflict("This application already has a reflection.", domain::alternative::update_existing);
}

template <class Command>
std::optional<domain::error> check_texts(const Command& cmd) {
    domain::validator v;
    v.text("what_worked", cmd.what_worked);
    v.text("what_failed", cmd.what_failed);
    v.text("skill_gaps", cmd.skill_gaps_json);
    v.text("improvement_plan", cmd.improvement_plan);
    return std::move(v).finish();
}

}  // namespace

domain::result<domain::reflection> add_reflection(services& s, const actor& who, const domain::id& application_id,
                                                  const create_reflection_command& cmd) {
    if (auto e = check_texts(cmd)) return std::move(*e);
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::reflection> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto app = detail::owned_application(uow, who, application_id);
        if (!app) return std::move(app).error();
        if (uow.reflections().find_for(application_id)) return already_exists();

        domain::reflection r;
        r.id = s.ids.new_id();
        r.application_id = application_id;
        r.what_worked = cmd.what_worked;
        r.what_failed = cmd.what_failed;
        r.skill_gaps_json = cmd.skill_gaps_json;
        r.improvement_plan = cmd.improvement_plan;
        r.created_at = r.updated_at = s.clock.now();
        try {
            uow.reflections().insert(r);
        } catch (const ports::unique_violation&) {
            return already_exists();  // a concurrent request wrote one first
        }
        detail::activity_recorder log(uow, s, who.user_id);
        log.record(app->id, "Reflection Added", "Added a post-interview reflection");
        detail::track_progress(uow, s, who.user_id);
        uow.commit();
        return r;
    });
}

domain::result<domain::reflection> update_reflection(services& s, const actor& who,
                                                     const domain::id& application_id,
                                                     const domain::id& reflection_id,
                                                     const update_reflection_command& cmd) {
    if (auto e = check_texts(cmd)) return std::move(*e);
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::reflection> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto app = detail::owned_application(uow, who, application_id);
        if (!app) return std::move(app).error();
        auto found = detail::child_of(uow.reflections(), application_id, reflection_id, "Reflection not found");
        if (!found) return std::move(found).error();
        domain::reflection r = std::move(*found);
        domain::apply(cmd.what_worked, r.what_worked);
        domain::apply(cmd.what_failed, r.what_failed);
        domain::apply(cmd.skill_gaps_json, r.skill_gaps_json);
        domain::apply(cmd.improvement_plan, r.improvement_plan);
        r.updated_at = s.clock.now();
        uow.reflections().update(r);
        uow.commit();
        return r;
    });
}

domain::result<domain::done> delete_reflection(services& s, const actor& who, const domain::id& application_id,
                                               const domain::id& reflection_id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::done> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto app = detail::owned_application(uow, who, application_id);
        if (!app) return std::move(app).error();
        auto r = detail::child_of(uow.reflections(), application_id, reflection_id, "Reflection not found");
        if (!r) return std::move(r).error();
        uow.reflections().remove(reflection_id);
        uow.commit();
        return domain::done{};
    });
}

}  // namespace offertracker::usecases

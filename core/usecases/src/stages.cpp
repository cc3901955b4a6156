// Interview stages; adding one may move the application along (the status table decides).
#include <offertracker/usecases/stages.hpp>

#include <offertracker/domain/status_rules.hpp>
#include <offertracker/domain/status_stamps.hpp>
#include <offertracker/domain/validation.hpp>

#include "support.hpp"

namespace offertracker::usecases {
namespace {

constexpr long long max_duration_minutes = 24 * 60 * 7;  // a week: anything longer is a typo

void check_duration(domain::validator& v, const std::optional<long long>& minutes) {
    v.greater_than("duration_minutes", minutes, 0);
    v.at_most("duration_minutes", minutes, max_duration_minutes);
}

}  // namespace

domain::result<domain::stage> add_stage(services& s, const actor& who, const domain::id& application_id,
                                        const create_stage_command& cmd) {
    domain::validator v;
    v.text("interviewer_names", cmd.interviewer_names);
    v.text("prep_notes", cmd.prep_notes);
    v.text("notes", cmd.notes);
    v.texts("questions_asked", cmd.questions_asked);
    v.length("stage_name", cmd.stage_name, 1, 100);
    check_duration(v, cmd.duration_minutes);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::stage> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto app = detail::owned_application(uow, who, application_id);
        if (!app) return std::move(app).error();

        domain::stage st;
        st.id = s.ids.new_id();
        st.application_id = application_id;
        st.stage_name = cmd.stage_name;
        st.stage_type = cmd.stage_type;
        st.stage_date = cmd.stage_date.value_or(detail::today(s));
        st.result = cmd.result.value_or(domain::stage_result::pending);
        if (cmd.duration_minutes) st.duration_minutes = static_cast<int>(*cmd.duration_minutes);
        st.interviewer_names = cmd.interviewer_names;
        st.prep_notes = cmd.prep_notes;
        st.questions_asked = cmd.questions_asked.value_or(std::vector<std::string>{});
        st.notes = cmd.notes;
        st.created_at = st.updated_at = s.clock.now();
        uow.stages().insert(st);

        detail::activity_recorder log(uow, s, who.user_id);
        const auto next = domain::next_status(app->status, domain::status_trigger::stage_added);
        if (next != app->status) {
            log.status_changed(app->id, app->status, next, true, "auto");
            app->status = next;
            app->updated_at = st.created_at;
            domain::stamp_status(*app, app->updated_at);
            uow.applications().update(*app);
        }
        log.record(app->id, "Stage Added", "Added stage: " + st.stage_name);
        detail::track_progress(uow, s, who.user_id);
        uow.commit();
        return st;
    });
}

domain::result<domain::stage> update_stage(services& s, const actor& who, const domain::id& application_id,
                                           const domain::id& stage_id, const update_stage_command& cmd) {
    domain::validator v;
    v.text("interviewer_names", cmd.interviewer_names);
    v.text("prep_notes", cmd.prep_notes);
    v.text("notes", cmd.notes);
    v.texts("questions_asked", cmd.questions_asked);
    v.not_null("stage_name", cmd.stage_name, "string");
    v.not_null("stage_date", cmd.stage_date, "date");
    v.not_null("result", cmd.result, "enum");
    if (cmd.stage_name && *cmd.stage_name) v.length("stage_name", **cmd.stage_name, 1, 100);
    if (cmd.duration_minutes) check_duration(v, *cmd.duration_minutes);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::stage> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto app = detail::owned_application(uow, who, application_id);
        if (!app) return std::move(app).error();
        auto found = detail::child_of(uow.stages(), application_id, stage_id, "Stage not found");
        if (!found) return std::move(found).error();
        domain::stage st = std::move(*found);

        if (cmd.stage_name) st.stage_name = **cmd.stage_name;
        if (cmd.stage_date) st.stage_date = **cmd.stage_date;
        if (cmd.result) st.result = **cmd.result;
        domain::apply(cmd.stage_type, st.stage_type);
        if (cmd.duration_minutes)
            st.duration_minutes = *cmd.duration_minutes ? std::optional<int>(static_cast<int>(**cmd.duration_minutes))
                                                        : std::nullopt;
        domain::apply(cmd.interviewer_names, st.interviewer_names);
        domain::apply(cmd.prep_notes, st.prep_notes);
        if (cmd.questions_asked) st.questions_asked = cmd.questions_asked->value_or(std::vector<std::string>{});
        domain::apply(cmd.notes, st.notes);
        st.updated_at = s.clock.now();
        uow.stages().update(st);
        uow.commit();
        return st;
    });
}

domain::result<domain::done> delete_stage(services& s, const actor& who, const domain::id& application_id,
                                          const domain::id& stage_id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::done> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto app = detail::owned_application(uow, who, application_id);
        if (!app) return std::move(app).error();
        auto st = detail::child_of(uow.stages(), application_id, stage_id, "Stage not found");
        if (!st) return std::move(st).error();
        uow.stages().remove(stage_id);
        uow.commit();
        return domain::done{};
    });
}

}  // namespace offertracker::usecases

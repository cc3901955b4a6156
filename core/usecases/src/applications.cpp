// Applications: create, read (with nested relations), list, update with the status rules, delete.
#include <offertracker/usecases/applications.hpp>

#include <map>

#include <offertracker/domain/status_rules.hpp>
#include <offertracker/domain/status_stamps.hpp>
#include <offertracker/domain/validation.hpp>

#include "support.hpp"

namespace offertracker::usecases {
namespace {

application_view load_view(ports::unit_of_work& uow, domain::application app) {
    application_view view{std::move(app), {}, {}, {}};
    view.stages = uow.stages().list_for({view.application.id});
    view.outcome = uow.outcomes().find_for(view.application.id);
    view.reflection = uow.reflections().find_for(view.application.id);
    return view;
}

// A resume named by an application must exist and be the actor's (docs/behaviour.md §9).
std::optional<domain::error> check_resume(ports::unit_of_work& uow, const actor& who,
                                          const std::optional<domain::id>& resume_id) {
    if (!resume_id) return std::nullopt;
    auto r = detail::owned_resume(uow, who, *resume_id);
    if (!r) return r.error();
    return std::nullopt;
}

}  // namespace

domain::result<application_view> create_application(services& s, const actor& who,
                                                     const create_application_command& cmd) {
    domain::validator v;
    v.text("description", cmd.description);
    v.text("notes", cmd.notes);
    v.length("company_name", cmd.company_name, 1, 255);
    v.length("role_title", cmd.role_title, 1, 255);
    v.max_length("url", cmd.url, 500);
    v.max_length("location", cmd.location, 255);
    v.at_least("salary_min", cmd.salary_min, 0);
    v.at_least("salary_max", cmd.salary_max, 0);
    if (cmd.salary_currency) v.length("salary_currency", *cmd.salary_currency, 1, 3);
    v.ordered("salary_min", cmd.salary_min, "salary_max", cmd.salary_max);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<application_view> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        if (auto e = check_resume(uow, who, cmd.resume_version_id)) return std::move(*e);

        domain::application a;
        a.id = s.ids.new_id();
        a.user_id = who.user_id;
        a.company_name = cmd.company_name;
        a.role_title = cmd.role_title;
        a.url = cmd.url;
        a.description = cmd.description;
        a.location = cmd.location;
        a.job_type = cmd.job_type;
        a.work_mode = cmd.work_mode;
        a.salary_min = cmd.salary_min;
        a.salary_max = cmd.salary_max;
        a.salary_currency = cmd.salary_currency.value_or("USD");
        a.applied_source = cmd.applied_source;
        a.applied_date = cmd.applied_date;
        a.follow_up_date = cmd.follow_up_date;
        a.priority = cmd.priority;
        a.notes = cmd.notes;
        a.status = cmd.status.value_or(domain::application_status::saved);
        a.resume_version_id = cmd.resume_version_id;
        if (!a.applied_date && domain::stamps_applied_date(std::nullopt, a.status)) a.applied_date = detail::today(s);
        a.ai_match_score = cmd.ai_match_score;
        a.ai_reasoning = cmd.ai_reasoning;
        a.created_at = a.updated_at = s.clock.now();
        domain::stamp_status(a, a.created_at);
        uow.applications().insert(a);

        detail::activity_recorder log(uow, s, who.user_id);
        log.record(a.id, "Application Created", "Created: " + a.company_name + " \u2014 " + a.role_title);
        detail::track_progress(uow, s, who.user_id);
        uow.commit();
        return application_view{std::move(a), {}, {}, {}};
    });
}

domain::result<application_view> get_application(services& s, const actor& who, const domain::id& id) {
    auto uow = s.store.begin(ports::access::read_only);
    auto app = detail::owned_application(*uow, who, id);
    if (!app) return std::move(app).error();
    return load_view(*uow, std::move(*app));
}

domain::result<std::vector<application_view>> list_applications(services& s, const actor& who,
                                                                const ports::application_filter& filter,
                                                                ports::page p) {
    auto uow = s.store.begin(ports::access::read_only);
    auto apps = uow->applications().list(who.user_id, filter, p);
    std::vector<domain::id> ids;
    ids.reserve(apps.size());
    std::map<domain::id, std::size_t> index;
    std::vector<application_view> views;
    views.reserve(apps.size());
    for (auto& a : apps) {
        ids.push_back(a.id);
        index.emplace(a.id, views.size());
        views.push_back({std::move(a), {}, {}, {}});
    }
    if (ids.empty()) return views;
    // Four queries for the whole page, whatever its size.
    for (auto& st : uow->stages().list_for(ids)) views[index.at(st.application_id)].stages.push_back(std::move(st));
    for (auto& o : uow->outcomes().list_for(ids)) views[index.at(o.application_id)].outcome = std::move(o);
    for (auto& r : uow->reflections().list_for(ids)) views[index.at(r.application_id)].reflection = std::move(r);
    return views;
}

domain::result<application_view> update_application(services& s, const actor& who, const domain::id& id,
                                                     const update_application_command& cmd) {
    domain::validator v;
    v.text("description", cmd.description);
    v.text("notes", cmd.notes);
    v.not_null("company_name", cmd.company_name, "string");
    v.not_null("role_title", cmd.role_title, "string");
    v.not_null("salary_currency", cmd.salary_currency, "string");
    v.not_null("status", cmd.status, "enum");
    if (cmd.company_name && *cmd.company_name) v.length("company_name", **cmd.company_name, 1, 255);
    if (cmd.role_title && *cmd.role_title) v.length("role_title", **cmd.role_title, 1, 255);
    if (cmd.salary_currency && *cmd.salary_currency) v.length("salary_currency", **cmd.salary_currency, 1, 3);
    v.max_length("url", cmd.url, 500);
    v.max_length("location", cmd.location, 255);
    v.at_least("salary_min", cmd.salary_min, 0);
    v.at_least("salary_max", cmd.salary_max, 0);
    if (!v.ok()) return *std::move(v).finish();

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<application_view> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto found = detail::owned_application(uow, who, id);
        if (!found) return std::move(found).error();
        domain::application a = std::move(*found);
        const domain::application before = a;

        // Body rules on the merged record: the stored salary counts when only one bound is sent.
        std::optional<long long> new_min = a.salary_min, new_max = a.salary_max;
        domain::apply(cmd.salary_min, new_min);
        domain::apply(cmd.salary_max, new_max);
        domain::validator merged;
        merged.ordered("salary_min", new_min, "salary_max", new_max);
        if (auto e = std::move(merged).finish()) return std::move(*e);
        if (cmd.resume_version_id && *cmd.resume_version_id)
            if (auto e = check_resume(uow, who, *cmd.resume_version_id)) return std::move(*e);

        if (cmd.company_name) a.company_name = **cmd.company_name;
        if (cmd.role_title) a.role_title = **cmd.role_title;
        if (cmd.salary_currency) a.salary_currency = **cmd.salary_currency;
        domain::apply(cmd.url, a.url);
        domain::apply(cmd.description, a.description);
        domain::apply(cmd.location, a.location);
        domain::apply(cmd.job_type, a.job_type);
        domain::apply(cmd.work_mode, a.work_mode);
        a.salary_min = new_min;
        a.salary_max = new_max;
        domain::apply(cmd.applied_source, a.applied_source);
        domain::apply(cmd.applied_date, a.applied_date);
        domain::apply(cmd.follow_up_date, a.follow_up_date);
        domain::apply(cmd.priority, a.priority);
        domain::apply(cmd.notes, a.notes);
        domain::apply(cmd.resume_version_id, a.resume_version_id);
        if (cmd.status) {
            a.status = domain::next_status(before.status, domain::status_trigger::manual, **cmd.status);
            if (!cmd.applied_date && domain::stamps_applied_date(before.status, a.status)) a.applied_date = detail::today(s);
        }
        a.updated_at = s.clock.now();
        if (a.status != before.status) domain::stamp_status(a, a.updated_at);
        uow.applications().update(a);

        detail::activity_recorder log(uow, s, who.user_id);
        if (a.status != before.status)
            log.status_changed(a.id, before.status, a.status, false);
        else
            log.record(a.id, "Application Updated", "Updated " + before.company_name);
        auto view = load_view(uow, std::move(a));
        uow.commit();
        return view;
    });
}

domain::result<domain::done> delete_application(services& s, const actor& who, const domain::id& id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::done> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto app = detail::owned_application(uow, who, id);
        if (!app) return std::move(app).error();
        uow.applications().remove(id);
        uow.commit();
        return domain::done{};
    });
}

}  // namespace offertracker::usecases

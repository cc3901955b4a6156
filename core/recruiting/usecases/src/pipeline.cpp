// Applications (a candidate in a job's pipeline) and the history of their status.
#include <offertracker/ports/storage_error.hpp>
#include <offertracker/recruiting/pipeline.hpp>

#include "support.hpp"
#include "webhook_events.hpp"

namespace offertracker::recruiting {
namespace {

constexpr std::string_view application_not_found = "Application not found";
constexpr std::string_view already_exists = "Application already exists for this candidate and job";

void fit_score(domain::validator& v, const std::optional<long long>& value) {
    detail::within(v, "fit_score", value, 0, 100);
}

void record_change(ports::recruiting_unit_of_work& uow, const application& a, std::optional<application_status> from,
                   const member& by, domain::timestamp now) {
    status_change change;
    change.org_id = a.org_id;
    change.application_id = a.id;
    change.from_status = from;
    change.to_status = a.status;
    change.changed_by_user_id = by.id;
    change.changed_at = now;
    uow.pipeline().add_change(change);
}

}  // namespace

domain::result<application> create_application(services& s, const recruiter& who,
                                               const create_application_command& cmd) {
    domain::validator v;
    if (!cmd.job_id) v.add({.path = {"job_id"}, .code = domain::field_code::missing});
    if (!cmd.candidate_id) v.add({.path = {"candidate_id"}, .code = domain::field_code::missing});
    fit_score(v, cmd.fit_score);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return detail::in_write(s, who, detail::need::write,
                            [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<application> {
                                if (!uow.jobs().get(m.org_id, *cmd.job_id))
                                    return domain::error::not_found("Job not found");
                                if (!uow.candidates().get(m.org_id, *cmd.candidate_id))
                                    return domain::error::not_found("Candidate not found");
                                const ports::pipeline_filter pair{.job_id = *cmd.job_id,
                                                                  .candidate_id = *cmd.candidate_id};
                                if (uow.pipeline().list(m.org_id, pair, ports::page{0, 1}).total > 0)
                                    return domain::error::rule_violation(std::string(already_exists));
                                const auto now = s.clock.now();
                                application a;
                                a.org_id = m.org_id;
                                a.job_id = *cmd.job_id;
                                a.candidate_id = *cmd.candidate_id;
                                a.status = cmd.status.value_or(application_status::sourced);
                                a.source = cmd.source.value_or(application_source::manual);
                                if (cmd.fit_score) a.fit_score = static_cast<int>(*cmd.fit_score);
                                a.created_at = a.updated_at = now;
                                try {
                                    a.id = uow.pipeline().create(a);
                                } catch (const ports::unique_violation&) {
                                    // The pair was taken since the check above (the store's unique key); this unit
                                    // rolls back.
                                    return domain::error::rule_violation(std::string(already_exists));
                                }
                                record_change(uow, a, std::nullopt, m, now);
                                uow.commit();
                                return a;
                            });
}

domain::result<application> get_application(services& s, const recruiter& who, record_id id) {
    return detail::in_read(s, who, detail::need::read,
                           [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<application> {
                               auto a = uow.pipeline().get(m.org_id, id);
                               if (!a) return domain::error::not_found(std::string(application_not_found));
                               return std::move(*a);
                           });
}

domain::result<ports::counted<application>> list_applications(services& s, const recruiter& who,
                                                              const ports::pipeline_filter& filter, ports::page p) {
    return detail::in_read(
        s, who, detail::need::read,
        [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<ports::counted<application>> {
            // A filter naming another org's job or candidate is 404 like any other place that names it, so a list
            // never tells "exists elsewhere" from "has no applications".
            if (filter.job_id && !uow.jobs().get(m.org_id, *filter.job_id))
                return domain::error::not_found("Job not found");
            if (filter.candidate_id && !uow.candidates().get(m.org_id, *filter.candidate_id))
                return domain::error::not_found("Candidate not found");
            return uow.pipeline().list(m.org_id, filter, p);
        });
}

domain::result<application> update_application(services& s, const recruiter& who, record_id id,
                                               const update_application_command& cmd) {
    domain::validator v;
    v.not_null("status", cmd.status, "string");
    v.not_null("source", cmd.source, "string");
    if (cmd.fit_score) fit_score(v, *cmd.fit_score);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return detail::in_write(s, who, detail::need::write,
                            [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<application> {
                                auto a = uow.pipeline().get(m.org_id, id);
                                if (!a) return domain::error::not_found(std::string(application_not_found));
                                const auto before = a->status;
                                if (cmd.status) a->status = **cmd.status;
                                if (cmd.source) a->source = **cmd.source;
                                if (cmd.fit_score) {
                                    a->fit_score.reset();
                                    if (*cmd.fit_score) a->fit_score = static_cast<int>(**cmd.fit_score);
                                }
                                const auto now = s.clock.now();
                                a->updated_at = now;
                                if (!uow.pipeline().update(*a))
                                    return domain::error::not_found(std::string(application_not_found));
                                // Only a change of status is history (and an event); setting the same status again is
                                // not.
                                if (a->status != before) {
                                    record_change(uow, *a, before, m, now);
                                    detail::announce(uow, m.org_id, webhook_event::application_status_changed, now,
                                                     detail::status_changed_json(*a, before));
                                }
                                uow.commit();
                                return std::move(*a);
                            });
}

domain::result<domain::done> delete_application(services& s, const recruiter& who, record_id id) {
    return detail::in_write(s, who, detail::need::write,
                            [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<domain::done> {
                                if (!uow.pipeline().remove(m.org_id, id))
                                    return domain::error::not_found(std::string(application_not_found));
                                uow.commit();
                                return domain::done{};
                            });
}

domain::result<std::vector<status_change>> get_application_history(services& s, const recruiter& who, record_id id) {
    return detail::in_read(
        s, who, detail::need::read,
        [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<std::vector<status_change>> {
            if (!uow.pipeline().get(m.org_id, id)) return domain::error::not_found(std::string(application_not_found));
            return uow.pipeline().history(m.org_id, id);
        });
}

}  // namespace offertracker::recruiting

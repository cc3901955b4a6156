// Saved jobs: create, read, list, update (Active/Archived only), delete, convert into an application.
#include <offertracker/usecases/saved_jobs.hpp>

#include <offertracker/domain/enums.hpp>
#include <offertracker/domain/json_text.hpp>
#include <offertracker/domain/validation.hpp>

#include "support.hpp"

namespace offertracker::usecases {
namespace {

domain::result<domain::saved_job> owned_saved_job(ports::unit_of_work& uow, const actor& who, const domain::id& id) {
    auto j = detail::find_by_id(uow.saved_jobs(), id);
    if (!j) return domain::error::not_found("Saved job not found");
    if (j->user_id != who.user_id) return domain::error::forbidden("Not your saved job");
    return std::move(*j);
}

void check_excitement(domain::validator& v, const std::optional<long long>& level) {
    v.at_least("excitement_level", level, 1);
    v.at_most("excitement_level", level, 5);
}

std::optional<int> as_level(const std::optional<long long>& level) {
    if (!level) return std::nullopt;
    return static_cast<int>(*level);
}

}  // namespace

domain::result<domain::saved_job> create_saved_job(services& s, const actor& who, const create_saved_job_command& cmd) {
    domain::validator v;
    v.text("notes", cmd.notes);
    v.length("company_name", cmd.company_name, 1, 255);
    v.max_length("role_title", cmd.role_title, 255);
    v.max_length("url", cmd.url, 500);
    v.max_length("company_website", cmd.company_website, 500);
    v.max_length("location", cmd.location, 255);
    v.at_least("salary_range_min", cmd.salary_range_min, 0);
    v.at_least("salary_range_max", cmd.salary_range_max, 0);
    // Three letters, as on applications: a converted job's currency must fit there.
    if (cmd.salary_currency) v.length("salary_currency", *cmd.salary_currency, 1, 3);
    v.max_length("source", cmd.source, 255);
    check_excitement(v, cmd.excitement_level);
    v.ordered("salary_range_min", cmd.salary_range_min, "salary_range_max", cmd.salary_range_max);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::saved_job> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        domain::saved_job j;
        j.id = s.ids.new_id();
        j.user_id = who.user_id;
        j.company_name = cmd.company_name;
        j.role_title = cmd.role_title;
        j.url = cmd.url;
        j.company_website = cmd.company_website;
        j.location = cmd.location;
        j.job_type = cmd.job_type;
        j.work_mode = cmd.work_mode;
        j.salary_range_min = cmd.salary_range_min;
        j.salary_range_max = cmd.salary_range_max;
        j.salary_currency = cmd.salary_currency.value_or("USD");
        j.priority = cmd.priority.value_or(domain::priority::medium);
        j.source = cmd.source;
        j.notes = cmd.notes;
        j.deadline = cmd.deadline;
        j.excitement_level = as_level(cmd.excitement_level);
        j.status = domain::saved_job_status::active;
        j.created_at = j.updated_at = s.clock.now();
        uow.saved_jobs().insert(j);

        detail::activity_recorder log(uow, s, who.user_id);
        std::string description = "Saved job: " + j.company_name;
        if (j.role_title) description += " \u2014 " + *j.role_title;
        log.record(std::nullopt, "Application Created", std::move(description));
        detail::track_progress(uow, s, who.user_id);
        uow.commit();
        return j;
    });
}

domain::result<domain::saved_job> get_saved_job(services& s, const actor& who, const domain::id& id) {
    auto uow = s.store.begin(ports::access::read_only);
    return owned_saved_job(*uow, who, id);
}

domain::result<std::vector<domain::saved_job>> list_saved_jobs(services& s, const actor& who,
                                                               const ports::saved_job_filter& filter, ports::page p) {
    auto uow = s.store.begin(ports::access::read_only);
    return uow->saved_jobs().list(who.user_id, filter, p);
}

domain::result<domain::saved_job> update_saved_job(services& s, const actor& who, const domain::id& id,
                                                   const update_saved_job_command& cmd) {
    domain::validator v;
    v.text("notes", cmd.notes);
    v.not_null("company_name", cmd.company_name, "string");
    v.not_null("salary_currency", cmd.salary_currency, "string");
    v.not_null("priority", cmd.priority, "enum");
    v.not_null("status", cmd.status, "enum");
    if (cmd.company_name && *cmd.company_name) v.length("company_name", **cmd.company_name, 1, 255);
    if (cmd.salary_currency && *cmd.salary_currency) v.length("salary_currency", **cmd.salary_currency, 1, 3);
    v.max_length("role_title", cmd.role_title, 255);
    v.max_length("url", cmd.url, 500);
    v.max_length("company_website", cmd.company_website, 500);
    v.max_length("location", cmd.location, 255);
    v.max_length("source", cmd.source, 255);
    v.at_least("salary_range_min", cmd.salary_range_min, 0);
    v.at_least("salary_range_max", cmd.salary_range_max, 0);
    if (cmd.excitement_level) check_excitement(v, *cmd.excitement_level);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::saved_job> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto found = owned_saved_job(uow, who, id);
        if (!found) return std::move(found).error();
        domain::saved_job j = std::move(*found);

        // Body rules on the merged record: the stored bound counts when only one is sent.
        std::optional<long long> new_min = j.salary_range_min, new_max = j.salary_range_max;
        domain::apply(cmd.salary_range_min, new_min);
        domain::apply(cmd.salary_range_max, new_max);
        domain::validator merged;
        merged.ordered("salary_range_min", new_min, "salary_range_max", new_max);
        if (auto e = std::move(merged).finish()) return std::move(*e);
        if (cmd.status && **cmd.status == domain::saved_job_status::converted)
            return domain::error::rule_violation("A saved job becomes an application by conversion, not by an update.",
                                                 domain::alternative::convert);

        if (cmd.company_name) j.company_name = **cmd.company_name;
        if (cmd.salary_currency) j.salary_currency = **cmd.salary_currency;
        if (cmd.priority) j.priority = **cmd.priority;
        if (cmd.status) j.status = **cmd.status;
        domain::apply(cmd.role_title, j.role_title);
        domain::apply(cmd.url, j.url);
        domain::apply(cmd.company_website, j.company_website);
        domain::apply(cmd.location, j.location);
        domain::apply(cmd.job_type, j.job_type);
        domain::apply(cmd.work_mode, j.work_mode);
        j.salary_range_min = new_min;
        j.salary_range_max = new_max;
        domain::apply(cmd.source, j.source);
        domain::apply(cmd.notes, j.notes);
        domain::apply(cmd.deadline, j.deadline);
        if (cmd.excitement_level) j.excitement_level = as_level(*cmd.excitement_level);
        j.updated_at = s.clock.now();
        uow.saved_jobs().update(j);
        uow.commit();
        return j;
    });
}

domain::result<domain::done> delete_saved_job(services& s, const actor& who, const domain::id& id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::done> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto j = owned_saved_job(uow, who, id);
        if (!j) return std::move(j).error();
        uow.saved_jobs().remove(id);
        uow.commit();
        return domain::done{};
    });
}

domain::result<application_view> convert_saved_job(services& s, const actor& who, const domain::id& id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<application_view> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto found = owned_saved_job(uow, who, id);
        if (!found) return std::move(found).error();
        domain::saved_job j = std::move(*found);
        if (j.status == domain::saved_job_status::converted)
            return domain::error::rule_violation("This saved job has already been converted to an application.");
        if (!j.role_title) return domain::error::rule_violation("Set a role title before converting this saved job.");

        const auto now = s.clock.now();
        domain::application a;
        a.id = s.ids.new_id();
        a.user_id = who.user_id;
        a.company_name = j.company_name;
        a.role_title = *j.role_title;
        a.url = j.url;
        a.location = j.location;
        a.job_type = j.job_type;
        a.work_mode = j.work_mode;
        a.salary_min = j.salary_range_min;
        a.salary_max = j.salary_range_max;
        a.salary_currency = j.salary_currency;
        a.priority = j.priority;
        a.notes = j.notes;
        // Free text on the saved job; kept only when it is one of the application's sources (docs/behaviour.md §14).
        if (j.source) a.applied_source = domain::parse_enum<domain::source>(*j.source);
        a.status = domain::application_status::saved;
        a.created_at = a.updated_at = now;
        uow.applications().insert(a);

        j.status = domain::saved_job_status::converted;
        j.converted_to_application_id = a.id;
        j.updated_at = now;
        uow.saved_jobs().update(j);

        detail::activity_recorder log(uow, s, who.user_id);
        std::string description = "Converted saved job to application: " + a.company_name + " \u2014 " + a.role_title;
        log.record(a.id, "Application Created", std::move(description),
                   domain::json_object_text{}
                       .add("source", std::string_view("saved_job"))  // a literal would pick add(bool)
                       .add("saved_job_id", std::string_view(j.id))
                       .str());
        detail::track_progress(uow, s, who.user_id);
        uow.commit();
        return application_view{std::move(a), {}, {}, {}};
    });
}

}  // namespace offertracker::usecases

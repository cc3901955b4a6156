// Pipeline jobs over the OfferTracker application use cases: the Pipeline's own checks first (an https job URL, the
// description's length), then the shared use case, whose field errors are renamed into the Pipeline's words.
#include <offertracker/pipeline/jobs.hpp>

#include <offertracker/domain/validation.hpp>
#include <offertracker/pipeline/imports.hpp>
#include <offertracker/text/ascii.hpp>
#include <offertracker/usecases/applications.hpp>

#include "field_names.hpp"
#include "support.hpp"

namespace offertracker::pipeline {
namespace {

// A client's job URL must be https (seed 001); imports keep the URL they fetched (imports.cpp).
void check_job_url(domain::validator& v, const std::optional<std::string>& url) {
    if (url && !url->starts_with("https://"))
        v.add({.path = {"job_url"}, .code = domain::field_code::not_a_url, .expected = "https"});
}

}  // namespace

domain::result<domain::application> create_job(services& s, const actor& who, const job_command& cmd) {
    domain::validator v;
    check_job_url(v, cmd.job_url);
    v.max_length("job_description", cmd.job_description, max_description_length);
    if (auto e = std::move(v).finish()) return std::move(*e);

    usecases::create_application_command c{
        .company_name = cmd.company_name,
        .role_title = cmd.job_title,
        .url = cmd.job_url,
        .description = cmd.job_description,
        .location = cmd.location,
        .work_mode = cmd.is_remote.value_or(false) ? std::optional{domain::work_mode::remote} : std::nullopt,
        .salary_min = cmd.salary_min,
        .salary_max = cmd.salary_max,
        .applied_source = cmd.source,
        .status = cmd.status,
    };
    detail::score_new_job(s, who, c);
    auto created = renamed(usecases::create_application(s.seeker, who, c));
    if (!created) return std::move(created).error();
    return std::move(created->application);
}

domain::result<domain::application> get_job(services& s, const actor& who, const domain::id& id) {
    return detail::read_owned_job(s, who, id);
}

domain::result<ports::job_page> list_jobs(services& s, const actor& who, const ports::job_query& q) {
    domain::validator v;
    if (q.p.limit < 1 || q.p.limit > max_page_size)
        v.add({.path = {"limit"},
               .code = q.p.limit < 1 ? domain::field_code::below_minimum : domain::field_code::above_maximum,
               .limit = q.p.limit < 1 ? 1 : static_cast<long long>(max_page_size)});
    if (q.min_score && (*q.min_score < 0 || *q.min_score > 100))
        v.add({.path = {"min_score"},
               .code = *q.min_score < 0 ? domain::field_code::below_minimum : domain::field_code::above_maximum,
               .limit = *q.min_score < 0 ? 0 : 100});
    if (q.q) v.text("q", *q.q);
    if (auto e = std::move(v).finish()) return std::move(*e);
    auto uow = s.seeker.store.begin(ports::access::read_only);
    return uow->applications().search(who.user_id, q);
}

domain::result<domain::application> update_job(services& s, const actor& who, const domain::id& id,
                                               const job_patch& patch) {
    domain::validator v;
    if (patch.job_url) check_job_url(v, *patch.job_url);
    v.max_length("job_description", patch.job_description, max_description_length);
    if (auto e = std::move(v).finish()) return std::move(*e);
    auto current = detail::read_owned_job(s, who, id);
    if (!current) return std::move(current).error();

    usecases::update_application_command u{
        .company_name = patch.company_name,
        .role_title = patch.job_title,
        .url = patch.job_url,
        .description = patch.job_description,
        .location = patch.location,
        .salary_min = patch.salary_min,
        .salary_max = patch.salary_max,
        .applied_source = patch.source,
        .status = patch.status,
    };
    // is_remote is a view of work_mode: true sets Remote; false (or null) clears Remote and keeps Hybrid/On-site.
    if (patch.is_remote) {
        if (patch.is_remote->value_or(false))
            u.work_mode = std::optional{domain::work_mode::remote};
        else if (current->work_mode == domain::work_mode::remote)
            u.work_mode = std::optional<domain::work_mode>{};
    }
    auto updated = renamed(usecases::update_application(s.seeker, who, id, u));
    if (!updated) return std::move(updated).error();
    return std::move(updated->application);
}

domain::result<domain::application> delete_job(services& s, const actor& who, const domain::id& id) {
    auto deleted = ports::in_write_unit(s.seeker.store, [&](ports::unit_of_work& uow) -> domain::result<domain::application> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto job = detail::owned_job(uow, who, id);
        if (!job) return std::move(job).error();
        job->deleted_at = job->updated_at = s.seeker.clock.now();
        uow.applications().update(*job);
        uow.commit();
        return std::move(*job);
    });
    // Retention runs beside the deletes that fill it, off the request.
    if (deleted && s.purge_after.count() > 0) s.background.post([&s] { (void)purge_deleted_jobs(s); });
    return deleted;
}

domain::result<domain::application> restore_job(services& s, const actor& who, const domain::id& id) {
    return ports::in_write_unit(s.seeker.store, [&](ports::unit_of_work& uow) -> domain::result<domain::application> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto job = detail::owned_job(uow, who, id, true);
        if (!job) return std::move(job).error();
        if (!job->deleted_at) return std::move(*job);
        job->deleted_at.reset();
        job->updated_at = s.seeker.clock.now();
        uow.applications().update(*job);
        uow.commit();
        return std::move(*job);
    });
}

domain::result<scored_job> score_stored_job(services& s, const actor& who, const domain::id& id) {
    auto job = detail::read_owned_job(s, who, id);
    if (!job) return std::move(job).error();
    if (!job->description || text::is_blank(*job->description))
        return domain::error::validation({{.path = {"job_description"}, .code = domain::field_code::missing}});
    auto resume = detail::resume_text(s, who);
    auto profile = detail::profile_text(s, who);
    if (!resume && text::is_blank(profile))
        return domain::error::validation({{.path = {"resume"}, .code = domain::field_code::missing}});
    auto score = score_job(resume.value_or(std::string{}), profile, {job->role_title, *job->description});

    return ports::in_write_unit(s.seeker.store, [&](ports::unit_of_work& uow) -> domain::result<scored_job> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto stored = detail::owned_job(uow, who, id);
        if (!stored) return std::move(stored).error();
        stored->ai_match_score = score.score;
        stored->ai_reasoning = score.reasoning;
        uow.applications().update(*stored);
        uow.commit();
        return scored_job{std::move(*stored), score};
    });
}

std::size_t purge_deleted_jobs(services& s) {
    if (s.purge_after.count() <= 0) return 0;
    const auto cutoff = s.seeker.clock.now() - s.purge_after;
    return ports::in_write_unit(s.seeker.store, [&](ports::unit_of_work& uow) {
        const auto purged = uow.applications().purge_deleted(cutoff);
        uow.commit();
        return purged;
    });
}

}  // namespace offertracker::pipeline

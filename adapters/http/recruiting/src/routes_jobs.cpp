// Jobs of the member's org, and a job's pipeline.
#include <offertracker/recruiting/jobs.hpp>

#include "routes.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::recruiting_api {
namespace {

// The fields a create and an update of a job share (kit::command picks required / optional / patch by type).
constexpr auto job_fields = [](body_reader& b, auto& cmd) {
    b.read("title", cmd.title);
    b.read("department", cmd.department);
    b.read("location", cmd.location);
    b.read("employment_type", cmd.employment_type);
    b.read("remote_option", cmd.remote_option);
    b.read("salary_min", cmd.salary_min);
    b.read("salary_max", cmd.salary_max);
    b.read("currency", cmd.currency);
    b.read("description", cmd.description);
    b.read("required_skills", cmd.required_skills);
    b.read("nice_to_have_skills", cmd.nice_to_have_skills);
    b.read("min_years", cmd.min_years);
    b.read("status", cmd.status);
    b.read("is_public", cmd.is_public);
};

}  // namespace

void add_job_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.get("/jobs", authed(c, [&s](const request& req, const path_params&, const recruiting::recruiter& who) {
        query_reader query(req.query);
        const auto page = read_page(query);
        ports::job_filter filter{query.enumeration<recruiting::job_status>("status_filter"), query.string("q")};
        if (auto e = std::move(query).finish()) return error_reply(*e, "query");
        return reply(recruiting::list_jobs(s, who, filter, *page), 200,
                     [](const auto& list) { return counted_view(list, job_view); });
    }), doc("Recruiting Jobs", "List the organisation's jobs, newest first").authenticated().page(50, 100)
            .query("status_filter", "JobStatus", "Only jobs in this status")
            .query("q", R"({"type":"string"})", "Substring of the title (case-insensitive)")
            .returns(200, "The jobs and how many match", "JobList"));

    m.post("/jobs", authed(c, [&s](const request& req, const path_params&, const recruiting::recruiter& who) {
        return with_body(req, kit::command<recruiting::create_job_command>(job_fields), [&](const auto& cmd) {
            return reply(recruiting::create_job(s, who, cmd), 201, job_view);
        });
    }), doc("Recruiting Jobs", "Create a job (only title is required)").authenticated().body("JobCreate")
            .returns(201, "The job", "JobOut").errors({403}));

    m.get("/jobs/{job_id}", authed(c, [&s](const request&, const path_params& p, const recruiting::recruiter& who) {
        const auto id = path_id(p, "job_id");
        if (!id) return error_reply(id.error());
        return reply(recruiting::get_job(s, who, *id), 200, job_view);
    }), doc("Recruiting Jobs", "Get a job").authenticated().returns(200, "The job", "JobOut").errors({404, 422}));

    m.patch("/jobs/{job_id}", authed(c, [&s](const request& req, const path_params& p,
                                             const recruiting::recruiter& who) {
        const auto id = path_id(p, "job_id");
        if (!id) return error_reply(id.error());
        return with_body(req, kit::command<recruiting::update_job_command>(job_fields), [&](const auto& cmd) {
            return reply(recruiting::update_job(s, who, *id, cmd), 200, job_view);
        });
    }), doc("Recruiting Jobs", "Update a job: omitted fields are kept, null clears").authenticated().body("JobUpdate")
            .returns(200, "The job", "JobOut").errors({403, 404}));

    m.del("/jobs/{job_id}", authed(c, [&s](const request&, const path_params& p, const recruiting::recruiter& who) {
        const auto id = path_id(p, "job_id");
        if (!id) return error_reply(id.error());
        return no_content(recruiting::delete_job(s, who, *id));
    }), doc("Recruiting Jobs", "Delete a job with its applications").authenticated().returns(204, "Deleted").errors({403, 404, 422}));

    m.get("/jobs/{job_id}/pipeline", authed(c, [&s](const request&, const path_params& p,
                                                    const recruiting::recruiter& who) {
        const auto id = path_id(p, "job_id");
        if (!id) return error_reply(id.error());
        return reply(recruiting::get_job_pipeline(s, who, *id), 200, pipeline_view);
    }), doc("Recruiting Jobs", "The job's applications counted per status").authenticated()
            .returns(200, "Counts per status", "JobPipeline").errors({404, 422}));
}

}  // namespace offertracker::adapters::http::recruiting_api

// Jobs: the seeker's applications in the Pipeline dialect, listed, created, read, patched, soft-deleted, restored.
#include <offertracker/pipeline/jobs.hpp>

#include "readers.hpp"
#include "context.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::pipeline_api {
namespace {

// The list envelope: the page's jobs, how many match, the 1-based page, its size and whether more follow.
response list_reply(const request& req, const domain::result<ports::job_page>& found, const ports::job_query& q) {
    if (!found) return error_reply(req, found.error());
    json::array jobs;
    for (const auto& a : found->items) jobs.push_back(job_view(a));
    const auto page = q.p.skip / q.p.limit + 1;
    return kit::json_reply(200, json::object{{"data", std::move(jobs)},
                                             {"total", found->total},
                                             {"page", page},
                                             {"limit", q.p.limit},
                                             {"has_more", q.p.skip + found->items.size() < found->total}});
}

}  // namespace

void add_job_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.get("/jobs", authed(c, [&s](const request& req, const path_params&, const actor& who) {
        query_reader query(req.query);
        const auto q = read_job_query(query);
        if (auto e = std::move(query).finish()) return error_reply(req, *e);
        return list_reply(req, pipeline::list_jobs(s, who, q), q);
    }), pipeline_doc("Jobs", "List jobs with filters, sorting and pages").authenticated()
            .query("status", R"({"type":"string"})", "Comma-separated status words")
            .query("source", R"({"type":"string"})", "A source word")
            .query("since", R"({"type":"string"})", "Created at or after (date or datetime)")
            .query("q", R"({"type":"string"})", "In company or title (ASCII case-insensitive)")
            .query("is_remote", R"({"type":"boolean"})")
            .query("min_score", R"({"type":"integer","minimum":0,"maximum":100})")
            .query("sort", R"({"type":"string","enum":["created_at","updated_at","ai_match_score","company_name"]})")
            .query("order", R"({"type":"string","enum":["asc","desc"]})")
            .query("page", R"({"type":"integer","minimum":1,"default":1})")
            .query("limit", R"({"type":"integer","minimum":1,"maximum":500,"default":100})")
            .returns(200, "A page of jobs", "PipelineJobList"));

    m.post("/jobs", authed(c, [&s](const request& req, const path_params&, const actor& who) {
        body_reader body(req.body);
        auto cmd = read_job_command(body);
        if (auto e = std::move(body).finish()) return error_reply(req, *e);
        return reply(req, pipeline::create_job(s, who, cmd), 201, job_view);
    }), pipeline_doc("Jobs", "Create a job (scored at once when it has a description and you have a resume)")
            .authenticated().body("PipelineJobCreate").returns(201, "The job", "PipelineJobEnvelope"));

    m.get("/jobs/{id}", authed(c, [&s](const request& req, const path_params& p, const actor& who) {
        return reply(req, pipeline::get_job(s, who, std::string{p.get("id")}), 200, job_view);
    }), pipeline_doc("Jobs", "Get a job").authenticated().returns(200, "The job", "PipelineJobEnvelope").errors({403, 404}));

    m.patch("/jobs/{id}", authed(c, [&s](const request& req, const path_params& p, const actor& who) {
        body_reader body(req.body);
        auto patch = read_job_patch(body);
        if (auto e = std::move(body).finish()) return error_reply(req, *e);
        return reply(req, pipeline::update_job(s, who, std::string{p.get("id")}, patch), 200, job_view);
    }), pipeline_doc("Jobs", "Update a job (omitted fields kept, null clears)").authenticated().body("PipelineJobUpdate")
            .returns(200, "The job", "PipelineJobEnvelope").errors({403, 404}));

    m.del("/jobs/{id}", authed(c, [&s](const request& req, const path_params& p, const actor& who) {
        return reply(req, pipeline::delete_job(s, who, std::string{p.get("id")}), 200, job_view);
    }), pipeline_doc("Jobs", "Soft-delete a job (hidden everywhere until restored or purged)").authenticated()
            .returns(200, "The job with deleted_at", "PipelineJobEnvelope").errors({403, 404}));

    m.post("/jobs/{id}/restore", authed(c, [&s](const request& req, const path_params& p, const actor& who) {
        return reply(req, pipeline::restore_job(s, who, std::string{p.get("id")}), 200, job_view);
    }), pipeline_doc("Jobs", "Restore a soft-deleted job").authenticated().returns(200, "The job", "PipelineJobEnvelope")
            .errors({403, 404}));
}

}  // namespace offertracker::adapters::http::pipeline_api

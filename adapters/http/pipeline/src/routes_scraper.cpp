// The posting importer: by URL in the background (202 and a run to poll), or from pasted HTML at once.
#include <offertracker/pipeline/imports.hpp>

#include "context.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::pipeline_api {

void add_scraper_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.post("/scraper/jobs", authed(c, [&s](const request& req, const path_params&, const actor& who) {
        body_reader body(req.body);
        const auto url = body.required_string("url");
        if (auto e = std::move(body).finish()) return error_reply(req, *e);
        return reply(req, pipeline::start_import(s, who, url), 202, run_view);
    }), pipeline_doc("Scraper", "Import a job posting by URL (fetched in the background)").authenticated()
            .body("PipelineScrapeRequest").returns(202, "The queued run", "PipelineRunEnvelope").errors({429}));

    m.get("/scraper/runs/{id}", authed(c, [&s](const request& req, const path_params& p, const actor& who) {
        return reply(req, pipeline::get_run(s, who, std::string{p.get("id")}), 200, run_view);
    }), pipeline_doc("Scraper", "An import run").authenticated().returns(200, "The run", "PipelineRunEnvelope")
            .errors({403, 404, 429}));

    m.post("/scraper/parse", authed(c, [&s](const request& req, const path_params&, const actor& who) {
        body_reader body(req.body);
        const auto html = body.required_string("html");
        const auto url = body.optional_string("url");
        if (auto e = std::move(body).finish()) return error_reply(req, *e);
        auto imported = pipeline::import_html(s, who, html, url);
        if (!imported) return error_reply(req, imported.error());
        return data_reply(imported->created ? 201 : 200,
                          json::object{{"job", job_view(imported->job)}, {"created", imported->created}});
    }), pipeline_doc("Scraper", "Import a job posting from pasted HTML").authenticated().body("PipelineParseRequest")
            .returns(201, "A new job", "PipelineImportEnvelope").returns(200, "The job with the same URL, updated", "PipelineImportEnvelope")
            .errors({429}).body_limit(pipeline::max_html_bytes * 2, [&c](const request& head) {
                return is_authenticated(c, head);
            }));
}

}  // namespace offertracker::adapters::http::pipeline_api

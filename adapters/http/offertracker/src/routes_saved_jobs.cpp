// /saved-jobs: bookmarked postings and their conversion into applications.
#include <offertracker/usecases/saved_jobs.hpp>

#include "handlers.hpp"
#include "route_docs.hpp"
#include "routes.hpp"
#include "views.hpp"
#include "views_tracker.hpp"

namespace offertracker::adapters::http::offertracker_api {
namespace {

// The fields a create and an update of a saved job share (see command()).
constexpr auto saved_job_fields = [](body_reader& b, auto& cmd) {
    b.read("company_name", cmd.company_name);
    b.read("role_title", cmd.role_title);
    b.read_url("url", cmd.url);
    b.read_url("company_website", cmd.company_website);
    b.read("location", cmd.location);
    b.read("job_type", cmd.job_type);
    b.read("work_mode", cmd.work_mode);
    b.read("salary_range_min", cmd.salary_range_min);
    b.read("salary_range_max", cmd.salary_range_max);
    b.read("salary_currency", cmd.salary_currency);
    b.read("priority", cmd.priority);
    b.read("source", cmd.source);
    b.read("notes", cmd.notes);
    b.read("deadline", cmd.deadline);
    b.read("excitement_level", cmd.excitement_level);
};

constexpr auto saved_job_update_fields = [](body_reader& b, auto& cmd) {
    saved_job_fields(b, cmd);
    b.read("status", cmd.status);
};

}  // namespace

void add_saved_job_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.get("/saved-jobs/", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        query_reader query(req.query);
        ports::saved_job_filter filter{query.enumeration<domain::saved_job_status>("status"),
                                       query.enumeration<domain::priority>("priority")};
        auto page = read_page(query, 100);
        if (auto e = std::move(query).finish()) return error_reply(*e);
        return reply(usecases::list_saved_jobs(s, who, filter, *page), 200,
                     [](const auto& list) { return array_of(list, saved_job_view); });
    }), doc("Saved Jobs", "List saved jobs").authenticated()
            .query("status", "SavedJobStatus", "Only saved jobs in this status")
            .query("priority", "Priority", "Only saved jobs of this priority").page(100)
            .returns(200, "The saved jobs", "SavedJobResponse[]"));

    m.post("/saved-jobs/", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        return with_body(req, command<usecases::create_saved_job_command>(saved_job_fields), [&](const auto& cmd) {
            return reply(usecases::create_saved_job(s, who, cmd), 201, saved_job_view);
        });
    }), doc("Saved Jobs", "Bookmark a job posting").authenticated().body("SavedJobCreate")
            .returns(201, "The saved job", "SavedJobResponse"));

    m.get("/saved-jobs/{id}", authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::get_saved_job(s, who, param(p, "id")), 200, saved_job_view);
    }), doc("Saved Jobs", "Get a saved job").authenticated()
            .returns(200, "The saved job", "SavedJobResponse").errors({403, 404}));

    m.put("/saved-jobs/{id}", authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
        return with_body(req, command<usecases::update_saved_job_command>(saved_job_update_fields), [&](const auto& cmd) {
            return reply(usecases::update_saved_job(s, who, param(p, "id"), cmd), 200, saved_job_view);
        });
    }), doc("Saved Jobs", "Update a saved job (status Archived archives it; Converted is refused)").authenticated()
            .body("SavedJobUpdate").returns(200, "The saved job", "SavedJobResponse").errors({400, 403, 404}));

    m.del("/saved-jobs/{id}", authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::delete_saved_job(s, who, param(p, "id")), 200, deleted("Saved job deleted"));
    }), doc("Saved Jobs", "Delete a saved job").authenticated()
            .returns(200, "Saved job deleted", "Deleted").errors({403, 404}));

    m.post("/saved-jobs/{id}/convert",
           authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
               return reply(usecases::convert_saved_job(s, who, param(p, "id")), 201, application_view);
           }),
           doc("Saved Jobs", "Convert a saved job into an application").authenticated()
               .returns(201, "The new application", "ApplicationResponse").errors({400, 403, 404}));
}

}  // namespace offertracker::adapters::http::offertracker_api

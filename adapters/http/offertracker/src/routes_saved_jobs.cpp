// /saved-jobs: bookmarked postings and their conversion into applications.
#include <offertracker/usecases/saved_jobs.hpp>

#include "readers.hpp"
#include "route_docs.hpp"
#include "routes.hpp"
#include "views.hpp"
#include "views_tracker.hpp"

namespace offertracker::adapters::http::offertracker_api {
namespace {

using tracker::deleted;
using tracker::param;
using tracker::with_body;

usecases::create_saved_job_command read_create_saved_job(body_reader& b) {
    usecases::create_saved_job_command cmd;
    cmd.company_name = b.required_string("company_name");
    cmd.role_title = b.optional_string("role_title");
    cmd.url = b.optional_url("url");
    cmd.company_website = b.optional_url("company_website");
    cmd.location = b.optional_string("location");
    cmd.job_type = b.optional_enum<domain::job_type>("job_type");
    cmd.work_mode = b.optional_enum<domain::work_mode>("work_mode");
    cmd.salary_range_min = b.optional_int("salary_range_min");
    cmd.salary_range_max = b.optional_int("salary_range_max");
    cmd.salary_currency = b.optional_string("salary_currency");
    cmd.priority = b.optional_enum<domain::priority>("priority");
    cmd.source = b.optional_string("source");
    cmd.notes = b.optional_string("notes");
    cmd.deadline = b.optional_date("deadline");
    cmd.excitement_level = b.optional_int("excitement_level");
    return cmd;
}

usecases::update_saved_job_command read_update_saved_job(body_reader& b) {
    usecases::update_saved_job_command cmd;
    cmd.company_name = b.patch_string("company_name");
    cmd.role_title = b.patch_string("role_title");
    cmd.url = b.patch_url("url");
    cmd.company_website = b.patch_url("company_website");
    cmd.location = b.patch_string("location");
    cmd.job_type = b.patch_enum<domain::job_type>("job_type");
    cmd.work_mode = b.patch_enum<domain::work_mode>("work_mode");
    cmd.salary_range_min = b.patch_int("salary_range_min");
    cmd.salary_range_max = b.patch_int("salary_range_max");
    cmd.salary_currency = b.patch_string("salary_currency");
    cmd.priority = b.patch_enum<domain::priority>("priority");
    cmd.source = b.patch_string("source");
    cmd.notes = b.patch_string("notes");
    cmd.deadline = b.patch_date("deadline");
    cmd.excitement_level = b.patch_int("excitement_level");
    cmd.status = b.patch_enum<domain::saved_job_status>("status");
    return cmd;
}

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
        return with_body(req, read_create_saved_job, [&](const auto& cmd) {
            return reply(usecases::create_saved_job(s, who, cmd), 201, saved_job_view);
        });
    }), doc("Saved Jobs", "Bookmark a job posting").authenticated().body("SavedJobCreate")
            .returns(201, "The saved job", "SavedJobResponse"));

    m.get("/saved-jobs/{id}", authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::get_saved_job(s, who, param(p, "id")), 200, saved_job_view);
    }), doc("Saved Jobs", "Get a saved job").authenticated()
            .returns(200, "The saved job", "SavedJobResponse").errors({403, 404}));

    m.put("/saved-jobs/{id}", authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
        return with_body(req, read_update_saved_job, [&](const auto& cmd) {
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

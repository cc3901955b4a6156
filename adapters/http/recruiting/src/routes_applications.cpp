// Applications (a candidate in a job's pipeline) and their status history.
#include <offertracker/recruiting/pipeline.hpp>

#include "routes.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::recruiting_api {
namespace {

constexpr auto application_fields = [](body_reader& b, auto& cmd) {
    b.read("status", cmd.status);
    b.read("source", cmd.source);
    b.read("fit_score", cmd.fit_score);
};

}  // namespace

void add_application_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.get("/applications", authed(c, [&s](const request& req, const path_params&, const recruiting::recruiter& who) {
        query_reader query(req.query);
        const auto page = read_page(query);
        ports::pipeline_filter filter{optional_query_int(query, "job_id"), optional_query_int(query, "candidate_id")};
        if (auto e = std::move(query).finish()) return error_reply(*e, "query");
        return reply(recruiting::list_applications(s, who, filter, *page), 200,
                     [](const auto& list) { return counted_view(list, application_view); });
    }), doc("Recruiting Applications", "List the organisation's applications, newest first").authenticated().page(50, 100)
            .query("job_id", R"({"type":"integer"})", "Only this job's")
            .query("candidate_id", R"({"type":"integer"})", "Only this candidate's")
            .returns(200, "The applications and how many match", "ApplicationList"));

    m.post("/applications", authed(c, [&s](const request& req, const path_params&, const recruiting::recruiter& who) {
        return with_body(req, [](body_reader& b) {
            recruiting::create_application_command cmd;
            b.read("job_id", cmd.job_id);
            b.read("candidate_id", cmd.candidate_id);
            application_fields(b, cmd);
            return cmd;
        }, [&](const auto& cmd) { return reply(recruiting::create_application(s, who, cmd), 201, application_view); });
    }), doc("Recruiting Applications", "Put a candidate into a job's pipeline").authenticated().body("RecruitingApplicationCreate")
            .returns(201, "The application", "ApplicationOut").errors({400, 403, 404}));

    m.get("/applications/{application_id}", authed(c, [&s](const request&, const path_params& p,
                                                           const recruiting::recruiter& who) {
        const auto id = path_id(p, "application_id");
        if (!id) return error_reply(id.error());
        return reply(recruiting::get_application(s, who, *id), 200, application_view);
    }), doc("Recruiting Applications", "Get an application").authenticated().returns(200, "The application", "ApplicationOut")
            .errors({404, 422}));

    m.patch("/applications/{application_id}", authed(c, [&s](const request& req, const path_params& p,
                                                             const recruiting::recruiter& who) {
        const auto id = path_id(p, "application_id");
        if (!id) return error_reply(id.error());
        return with_body(req, kit::command<recruiting::update_application_command>(application_fields),
                         [&](const auto& cmd) { return reply(recruiting::update_application(s, who, *id, cmd), 200, application_view); });
    }), doc("Recruiting Applications", "Update an application's status, source or fit score (status changes are kept)")
            .authenticated().body("RecruitingApplicationUpdate").returns(200, "The application", "ApplicationOut")
            .errors({403, 404}));

    m.del("/applications/{application_id}", authed(c, [&s](const request&, const path_params& p,
                                                           const recruiting::recruiter& who) {
        const auto id = path_id(p, "application_id");
        if (!id) return error_reply(id.error());
        return no_content(recruiting::delete_application(s, who, *id));
    }), doc("Recruiting Applications", "Delete an application with its history").authenticated().returns(204, "Deleted")
            .errors({403, 404, 422}));

    m.get("/applications/{application_id}/history", authed(c, [&s](const request&, const path_params& p,
                                                                   const recruiting::recruiter& who) {
        const auto id = path_id(p, "application_id");
        if (!id) return error_reply(id.error());
        return reply(recruiting::get_application_history(s, who, *id), 200,
                     [](const auto& list) { return array_of(list, status_change_view); });
    }), doc("Recruiting Applications", "Every status change of the application, oldest first").authenticated()
            .returns(200, "The changes", "StatusChange[]").errors({404, 422}));
}

}  // namespace offertracker::adapters::http::recruiting_api

// Applications with their stages, outcome and reflection.
#include <offertracker/usecases/applications.hpp>
#include <offertracker/usecases/outcomes.hpp>
#include <offertracker/usecases/reflections.hpp>
#include <offertracker/usecases/stages.hpp>

#include "readers.hpp"
#include "route_docs.hpp"
#include "routes.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::offertracker_api {
namespace json = boost::json;
namespace {

std::string param(const path_params& p, std::string_view name) { return std::string(p.get(name)); }

auto deleted(std::string_view what) {
    return [what](domain::done) { return json::object{{"detail", what}}; };
}

usecases::create_application_command read_create_application(body_reader& b) {
    usecases::create_application_command cmd;
    cmd.company_name = b.required_string("company_name");
    cmd.role_title = b.required_string("role_title");
    cmd.url = b.optional_url("url");
    cmd.description = b.optional_string("description");
    cmd.location = b.optional_string("location");
    cmd.job_type = b.optional_enum<domain::job_type>("job_type");
    cmd.work_mode = b.optional_enum<domain::work_mode>("work_mode");
    cmd.salary_min = b.optional_int("salary_min");
    cmd.salary_max = b.optional_int("salary_max");
    cmd.salary_currency = b.optional_string("salary_currency");
    cmd.applied_source = b.optional_enum<domain::source>("applied_source");
    cmd.applied_date = b.optional_date("applied_date");
    cmd.follow_up_date = b.optional_date("follow_up_date");
    cmd.priority = b.optional_enum<domain::priority>("priority");
    cmd.notes = b.optional_string("notes");
    cmd.status = b.optional_enum<domain::application_status>("status");
    cmd.resume_version_id = b.optional_url("resume_version_id");  // "" from a form means none
    return cmd;
}

usecases::update_application_command read_update_application(body_reader& b) {
    usecases::update_application_command cmd;
    cmd.company_name = b.patch_string("company_name");
    cmd.role_title = b.patch_string("role_title");
    cmd.url = b.patch_url("url");
    cmd.description = b.patch_string("description");
    cmd.location = b.patch_string("location");
    cmd.job_type = b.patch_enum<domain::job_type>("job_type");
    cmd.work_mode = b.patch_enum<domain::work_mode>("work_mode");
    cmd.salary_min = b.patch_int("salary_min");
    cmd.salary_max = b.patch_int("salary_max");
    cmd.salary_currency = b.patch_string("salary_currency");
    cmd.applied_source = b.patch_enum<domain::source>("applied_source");
    cmd.applied_date = b.patch_date("applied_date");
    cmd.follow_up_date = b.patch_date("follow_up_date");
    cmd.priority = b.patch_enum<domain::priority>("priority");
    cmd.notes = b.patch_string("notes");
    cmd.status = b.patch_enum<domain::application_status>("status");
    cmd.resume_version_id = b.patch_url("resume_version_id");
    return cmd;
}

usecases::create_stage_command read_create_stage(body_reader& b) {
    usecases::create_stage_command cmd;
    cmd.stage_name = b.required_string("stage_name");
    cmd.stage_type = b.optional_enum<domain::stage_type>("stage_type");
    cmd.stage_date = b.optional_date("stage_date");
    cmd.result = b.optional_enum<domain::stage_result>("result");
    cmd.duration_minutes = b.optional_int("duration_minutes");
    cmd.interviewer_names = b.optional_string("interviewer_names");
    cmd.prep_notes = b.optional_string("prep_notes");
    cmd.questions_asked = b.optional_string_list("questions_asked");
    cmd.notes = b.optional_string("notes");
    return cmd;
}

usecases::update_stage_command read_update_stage(body_reader& b) {
    usecases::update_stage_command cmd;
    cmd.stage_name = b.patch_string("stage_name");
    cmd.stage_type = b.patch_enum<domain::stage_type>("stage_type");
    cmd.stage_date = b.patch_date("stage_date");
    cmd.result = b.patch_enum<domain::stage_result>("result");
    cmd.duration_minutes = b.patch_int("duration_minutes");
    cmd.interviewer_names = b.patch_string("interviewer_names");
    cmd.prep_notes = b.patch_string("prep_notes");
    cmd.questions_asked = b.patch_string_list("questions_asked");
    cmd.notes = b.patch_string("notes");
    return cmd;
}

usecases::create_outcome_command read_create_outcome(body_reader& b) {
    usecases::create_outcome_command cmd;
    cmd.status = b.optional_enum<domain::outcome_status>("status");
    cmd.salary = b.optional_int("salary");
    cmd.salary_currency = b.optional_string("salary_currency");
    cmd.bonus = b.optional_string("bonus");
    cmd.equity = b.optional_string("equity");
    cmd.benefits = b.optional_string("benefits");
    cmd.start_date = b.optional_date("start_date");
    cmd.deadline = b.optional_date("deadline");
    cmd.negotiation_notes = b.optional_string("negotiation_notes");
    cmd.notes = b.optional_string("notes");
    return cmd;
}

usecases::update_outcome_command read_update_outcome(body_reader& b) {
    usecases::update_outcome_command cmd;
    cmd.status = b.patch_enum<domain::outcome_status>("status");
    cmd.salary = b.patch_int("salary");
    cmd.salary_currency = b.patch_string("salary_currency");
    cmd.bonus = b.patch_string("bonus");
    cmd.equity = b.patch_string("equity");
    cmd.benefits = b.patch_string("benefits");
    cmd.start_date = b.patch_date("start_date");
    cmd.deadline = b.patch_date("deadline");
    cmd.negotiation_notes = b.patch_string("negotiation_notes");
    cmd.notes = b.patch_string("notes");
    return cmd;
}

// Reads a body with `read`, then runs `run` on the command unless the body had errors.
template <class Read, class Run>
response with_body(const request& req, Read read, Run run) {
    auto body = read_body(req.body);
    auto cmd = read(body);
    if (auto e = std::move(body).finish()) return error_reply(*e);
    return run(cmd);
}

}  // namespace

void add_application_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.get("/applications/", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        query_reader query(req.query);
        auto page = read_page(query, 100);
        ports::application_filter filter{query.enumeration<domain::application_status>("status"),
                                         query.enumeration<domain::priority>("priority")};
        if (auto e = std::move(query).finish()) return error_reply(*e);
        return reply(usecases::list_applications(s, who, filter, *page), 200,
                     [](const auto& list) { return array_of(list, application_view); });
    }), doc("Applications", "List applications with their stages, outcome and reflection").authenticated().page(100)
            .query("status", "ApplicationStatus", "Only applications in this status")
            .query("priority", "Priority", "Only applications of this priority")
            .returns(200, "The applications", "ApplicationResponse[]"));

    m.post("/applications/", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        return with_body(req, read_create_application, [&](const auto& cmd) {
            return reply(usecases::create_application(s, who, cmd), 201, application_view);
        });
    }), doc("Applications", "Create an application (only company_name and role_title are required)").authenticated()
            .body("ApplicationCreate").returns(201, "The application", "ApplicationResponse").errors({403, 404}));

    m.get("/applications/{id}", authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::get_application(s, who, param(p, "id")), 200, application_view);
    }), doc("Applications", "Get an application with its stages, outcome and reflection").authenticated()
            .returns(200, "The application", "ApplicationResponse").errors({403, 404}));

    m.put("/applications/{id}", authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
        return with_body(req, read_update_application, [&](const auto& cmd) {
            return reply(usecases::update_application(s, who, param(p, "id"), cmd), 200, application_view);
        });
    }), doc("Applications", "Update an application: omitted fields are kept, null clears").authenticated()
            .body("ApplicationUpdate").returns(200, "The application", "ApplicationResponse").errors({403, 404}));

    m.del("/applications/{id}", authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::delete_application(s, who, param(p, "id")), 200, deleted("Application deleted"));
    }), doc("Applications", "Delete an application and everything attached to it").authenticated()
            .returns(200, "Application deleted", "Deleted").errors({403, 404}));

    m.post("/applications/{id}/stages",
           authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
               return with_body(req, read_create_stage, [&](const auto& cmd) {
                   return reply(usecases::add_stage(s, who, param(p, "id"), cmd), 201, stage_view);
               });
           }),
           doc("Stages", "Add an interview stage (an Applied application moves to Interviewing)").authenticated()
               .body("StageCreate").returns(201, "The stage", "ApplicationStageResponse").errors({403, 404}));

    m.put("/applications/{id}/stages/{stage_id}",
          authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
              return with_body(req, read_update_stage, [&](const auto& cmd) {
                  return reply(usecases::update_stage(s, who, param(p, "id"), param(p, "stage_id"), cmd), 200,
                               stage_view);
              });
          }),
          doc("Stages", "Update a stage: omitted fields are kept").authenticated().body("StageUpdate")
              .returns(200, "The stage", "ApplicationStageResponse").errors({403, 404}));

    m.del("/applications/{id}/stages/{stage_id}",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::delete_stage(s, who, param(p, "id"), param(p, "stage_id")), 200,
                           deleted("Stage deleted"));
          }),
          doc("Stages", "Delete a stage").authenticated().returns(200, "Stage deleted", "Deleted").errors({403, 404}));

    m.post("/applications/{id}/outcome",
           authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
               return with_body(req, read_create_outcome, [&](const auto& cmd) {
                   return reply(usecases::add_outcome(s, who, param(p, "id"), cmd), 201, outcome_view);
               });
           }),
           doc("Outcomes", "Record the application's outcome (one per application; it moves to Offer)").authenticated()
               .body("OutcomeCreate").returns(201, "The outcome", "OutcomeResponse").errors({403, 404, 409}));

    m.put("/applications/{id}/outcome/{outcome_id}",
          authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
              return with_body(req, read_update_outcome, [&](const auto& cmd) {
                  return reply(usecases::update_outcome(s, who, param(p, "id"), param(p, "outcome_id"), cmd), 200,
                               outcome_view);
              });
          }),
          doc("Outcomes", "Update an outcome: omitted fields are kept").authenticated().body("OutcomeUpdate")
              .returns(200, "The outcome", "OutcomeResponse").errors({403, 404}));

    m.del("/applications/{id}/outcome/{outcome_id}",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::delete_outcome(s, who, param(p, "id"), param(p, "outcome_id")), 200,
                           deleted("Outcome deleted"));
          }),
          doc("Outcomes", "Delete an outcome").authenticated().returns(200, "Outcome deleted", "Deleted").errors({403, 404}));

    m.post("/applications/{id}/reflection",
           authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
               return with_body(
                   req,
                   [](body_reader& b) {
                       return usecases::create_reflection_command{
                           b.optional_string("what_worked"), b.optional_string("what_failed"),
                           b.optional_object("skill_gaps"), b.optional_string("improvement_plan")};
                   },
                   [&](const auto& cmd) {
                       return reply(usecases::add_reflection(s, who, param(p, "id"), cmd), 201, reflection_view);
                   });
           }),
           doc("Reflections", "Add a post-interview reflection (one per application)").authenticated()
               .body("ReflectionCreate").returns(201, "The reflection", "ReflectionResponse").errors({403, 404, 409}));

    m.put("/applications/{id}/reflection/{reflection_id}",
          authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
              return with_body(
                  req,
                  [](body_reader& b) {
                      return usecases::update_reflection_command{
                          b.patch_string("what_worked"), b.patch_string("what_failed"), b.patch_object("skill_gaps"),
                          b.patch_string("improvement_plan")};
                  },
                  [&](const auto& cmd) {
                      return reply(usecases::update_reflection(s, who, param(p, "id"), param(p, "reflection_id"), cmd),
                                   200, reflection_view);
                  });
          }),
          doc("Reflections", "Update a reflection: omitted fields are kept").authenticated().body("ReflectionUpdate")
              .returns(200, "The reflection", "ReflectionResponse").errors({403, 404}));

    m.del("/applications/{id}/reflection/{reflection_id}",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::delete_reflection(s, who, param(p, "id"), param(p, "reflection_id")), 200,
                           deleted("Reflection deleted"));
          }),
          doc("Reflections", "Delete a reflection").authenticated()
              .returns(200, "Reflection deleted", "Deleted").errors({403, 404}));
}

}  // namespace offertracker::adapters::http::offertracker_api

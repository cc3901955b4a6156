// Applications with their stages, outcome and reflection.
#include <offertracker/usecases/applications.hpp>
#include <offertracker/usecases/outcomes.hpp>
#include <offertracker/usecases/reflections.hpp>
#include <offertracker/usecases/stages.hpp>

#include "handlers.hpp"
#include "route_docs.hpp"
#include "routes.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::offertracker_api {
namespace json = boost::json;
namespace {

// The fields a create and an update of an application share (see command()).
constexpr auto application_fields = [](body_reader& b, auto& cmd) {
    b.read("company_name", cmd.company_name);
    b.read("role_title", cmd.role_title);
    b.read_url("url", cmd.url);
    b.read("description", cmd.description);
    b.read("location", cmd.location);
    b.read("job_type", cmd.job_type);
    b.read("work_mode", cmd.work_mode);
    b.read("salary_min", cmd.salary_min);
    b.read("salary_max", cmd.salary_max);
    b.read("salary_currency", cmd.salary_currency);
    b.read("applied_source", cmd.applied_source);
    b.read("applied_date", cmd.applied_date);
    b.read("follow_up_date", cmd.follow_up_date);
    b.read("priority", cmd.priority);
    b.read("notes", cmd.notes);
    b.read("status", cmd.status);
    b.read_url("resume_version_id", cmd.resume_version_id);  // "" from a form means none
};

// The fields a create and an update of a stage share (see command()).
constexpr auto stage_fields = [](body_reader& b, auto& cmd) {
    b.read("stage_name", cmd.stage_name);
    b.read("stage_type", cmd.stage_type);
    b.read("stage_date", cmd.stage_date);
    b.read("result", cmd.result);
    b.read("duration_minutes", cmd.duration_minutes);
    b.read("interviewer_names", cmd.interviewer_names);
    b.read("prep_notes", cmd.prep_notes);
    b.read("questions_asked", cmd.questions_asked);
    b.read("notes", cmd.notes);
};

// The fields a create and an update of an outcome share (see command()).
constexpr auto outcome_fields = [](body_reader& b, auto& cmd) {
    b.read("status", cmd.status);
    b.read("salary", cmd.salary);
    b.read("salary_currency", cmd.salary_currency);
    b.read("bonus", cmd.bonus);
    b.read("equity", cmd.equity);
    b.read("benefits", cmd.benefits);
    b.read("start_date", cmd.start_date);
    b.read("deadline", cmd.deadline);
    b.read("negotiation_notes", cmd.negotiation_notes);
    b.read("notes", cmd.notes);
};

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
        return with_body(req, command<usecases::create_application_command>(application_fields), [&](const auto& cmd) {
            return reply(usecases::create_application(s, who, cmd), 201, application_view);
        });
    }), doc("Applications", "Create an application (only company_name and role_title are required)").authenticated()
            .body("ApplicationCreate").returns(201, "The application", "ApplicationResponse").errors({403, 404}));

    m.get("/applications/{id}", authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::get_application(s, who, param(p, "id")), 200, application_view);
    }), doc("Applications", "Get an application with its stages, outcome and reflection").authenticated()
            .returns(200, "The application", "ApplicationResponse").errors({403, 404}));

    m.put("/applications/{id}", authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
        return with_body(req, command<usecases::update_application_command>(application_fields), [&](const auto& cmd) {
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
               return with_body(req, command<usecases::create_stage_command>(stage_fields), [&](const auto& cmd) {
                   return reply(usecases::add_stage(s, who, param(p, "id"), cmd), 201, stage_view);
               });
           }),
           doc("Stages", "Add an interview stage (an Applied application moves to Interviewing)").authenticated()
               .body("StageCreate").returns(201, "The stage", "ApplicationStageResponse").errors({403, 404}));

    m.put("/applications/{id}/stages/{stage_id}",
          authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
              return with_body(req, command<usecases::update_stage_command>(stage_fields), [&](const auto& cmd) {
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
               return with_body(req, command<usecases::create_outcome_command>(outcome_fields), [&](const auto& cmd) {
                   return reply(usecases::add_outcome(s, who, param(p, "id"), cmd), 201, outcome_view);
               });
           }),
           doc("Outcomes", "Record the application's outcome (one per application; it moves to Offer)").authenticated()
               .body("OutcomeCreate").returns(201, "The outcome", "OutcomeResponse").errors({403, 404, 409}));

    m.put("/applications/{id}/outcome/{outcome_id}",
          authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
              return with_body(req, command<usecases::update_outcome_command>(outcome_fields), [&](const auto& cmd) {
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

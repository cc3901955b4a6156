// Applications with their stages, outcome and reflection.
#include "api_schemas.hpp"

namespace offertracker::adapters::http::offertracker_api::schemas {
namespace {

// The create and update bodies share their fields; an update may omit any, and refuses null where noted.
json::object application_body(bool create) {
    return object_of({{"company_name", text(1, 255), create},
                      {"role_title", text(1, 255), create},
                      {"url", or_null(text(500))},
                      {"description", or_null(text())},
                      {"location", or_null(text(255))},
                      {"job_type", or_null(ref("JobType"))},
                      {"work_mode", or_null(ref("WorkMode"))},
                      {"salary_min", or_null(integer(0))},
                      {"salary_max", or_null(integer(0))},
                      {"salary_currency", with_default(text(1, 3), "USD")},
                      {"applied_source", or_null(ref("Source"))},
                      {"applied_date", or_null(date())},
                      {"follow_up_date", or_null(date())},
                      {"priority", or_null(ref("Priority"))},
                      {"notes", or_null(text())},
                      {"status", create ? with_default(ref("ApplicationStatus"), "Saved") : ref("ApplicationStatus")},
                      {"resume_version_id", or_null(text())}});
}

json::object stage_body(bool create) {
    return object_of({{"stage_name", text(1, 100), create},
                      {"stage_type", or_null(ref("StageType"))},
                      // Omitted on create: the day it is logged. Null is refused on update.
                      {"stage_date", create ? or_null(date()) : date()},
                      {"result", create ? with_default(ref("StageResult"), "Pending") : ref("StageResult")},
                      {"duration_minutes", or_null(json::object{{"type", "integer"}, {"exclusiveMinimum", 0},
                                                                {"maximum", 7 * 24 * 60}})},
                      {"interviewer_names", or_null(text())},
                      {"prep_notes", or_null(text())},
                      {"questions_asked", or_null(list_of(text()))},
                      {"notes", or_null(text())}});
}

json::object outcome_body(bool create) {
    return object_of({{"status", or_null(create ? with_default(ref("OutcomeStatus"), "Offer") : ref("OutcomeStatus"))},
                      {"salary", or_null(integer(0))},
                      {"salary_currency", with_default(text(1, 3), "USD")},
                      {"bonus", or_null(text())},
                      {"equity", or_null(text())},
                      {"benefits", or_null(text())},
                      {"start_date", or_null(date())},
                      {"deadline", or_null(date())},
                      {"negotiation_notes", or_null(text())},
                      {"notes", or_null(text())}});
}

}  // namespace

void register_application_schemas(mount& m) {
    add(m, "ApplicationStatus", enum_schema<domain::application_status>());
    add(m, "JobType", enum_schema<domain::job_type>());
    add(m, "WorkMode", enum_schema<domain::work_mode>());
    add(m, "Priority", enum_schema<domain::priority>());
    add(m, "Source", enum_schema<domain::source>());
    add(m, "StageType", enum_schema<domain::stage_type>());
    add(m, "StageResult", enum_schema<domain::stage_result>());
    add(m, "OutcomeStatus", enum_schema<domain::outcome_status>());

    add(m, "ApplicationCreate", application_body(true));
    add(m, "ApplicationUpdate", application_body(false));
    add(m, "StageCreate", stage_body(true));
    add(m, "StageUpdate", stage_body(false));
    add(m, "OutcomeCreate", outcome_body(true));
    add(m, "OutcomeUpdate", outcome_body(false));
    const auto reflection_body = object_of({{"what_worked", or_null(text())},
                                            {"what_failed", or_null(text())},
                                            {"skill_gaps", or_null(any_object())},
                                            {"improvement_plan", or_null(text())}});
    add(m, "ReflectionCreate", reflection_body);
    add(m, "ReflectionUpdate", reflection_body);

    add(m, "ApplicationStageResponse", object_of({{"id", text(), true},
                                                  {"application_id", text(), true},
                                                  {"stage_name", text(), true},
                                                  {"stage_type", or_null(ref("StageType")), true},
                                                  {"stage_date", date(), true},
                                                  {"result", ref("StageResult"), true},
                                                  {"duration_minutes", or_null(integer()), true},
                                                  {"interviewer_names", or_null(text()), true},
                                                  {"prep_notes", or_null(text()), true},
                                                  {"questions_asked", list_of(text()), true},
                                                  {"notes", or_null(text()), true},
                                                  {"created_at", instant(), true},
                                                  {"updated_at", instant(), true}}));
    add(m, "OutcomeResponse", object_of({{"id", text(), true},
                                         {"application_id", text(), true},
                                         {"status", or_null(ref("OutcomeStatus")), true},
                                         {"salary", or_null(integer()), true},
                                         {"salary_currency", text(), true},
                                         {"bonus", or_null(text()), true},
                                         {"equity", or_null(text()), true},
                                         {"benefits", or_null(text()), true},
                                         {"start_date", or_null(date()), true},
                                         {"deadline", or_null(date()), true},
                                         {"negotiation_notes", or_null(text()), true},
                                         {"notes", or_null(text()), true},
                                         {"created_at", instant(), true},
                                         {"updated_at", instant(), true}}));
    add(m, "ReflectionResponse", object_of({{"id", text(), true},
                                            {"application_id", text(), true},
                                            {"what_worked", or_null(text()), true},
                                            {"what_failed", or_null(text()), true},
                                            {"skill_gaps", or_null(any_object()), true},
                                            {"improvement_plan", or_null(text()), true},
                                            {"created_at", instant(), true},
                                            {"updated_at", instant(), true}}));
    add(m, "ApplicationResponse", object_of({{"id", text(), true},
                                             {"user_id", text(), true},
                                             {"company_name", text(), true},
                                             {"role_title", text(), true},
                                             {"url", or_null(text()), true},
                                             {"description", or_null(text()), true},
                                             {"location", or_null(text()), true},
                                             {"job_type", or_null(ref("JobType")), true},
                                             {"work_mode", or_null(ref("WorkMode")), true},
                                             {"salary_min", or_null(integer()), true},
                                             {"salary_max", or_null(integer()), true},
                                             {"salary_currency", text(), true},
                                             {"applied_source", or_null(ref("Source")), true},
                                             {"applied_date", or_null(date()), true},
                                             {"follow_up_date", or_null(date()), true},
                                             {"priority", or_null(ref("Priority")), true},
                                             {"notes", or_null(text()), true},
                                             {"status", ref("ApplicationStatus"), true},
                                             {"resume_version_id", or_null(text()), true},
                                             {"created_at", instant(), true},
                                             {"updated_at", instant(), true},
                                             {"stages", list_of(ref("ApplicationStageResponse")), true},
                                             {"outcome", or_null(ref("OutcomeResponse")), true},
                                             {"reflection", or_null(ref("ReflectionResponse")), true}}));
}

}  // namespace offertracker::adapters::http::offertracker_api::schemas

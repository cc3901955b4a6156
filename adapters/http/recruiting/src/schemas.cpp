// The surface's named schemas for /openapi.json: request bodies and response models as the seed documents them
// and the views write them.
#include <offertracker/http/kit/json_schema.hpp>

#include "routes.hpp"

namespace offertracker::adapters::http::recruiting_api {

void register_schemas(mount& m) {
    using namespace kit::schemas;
    using namespace recruiting;
    kit::register_fastapi_error_schemas(m);
    add(m, "MemberRole", enum_schema<member_role>());
    add(m, "JobStatus", enum_schema<job_status>());
    add(m, "RecruitingApplicationStatus", enum_schema<application_status>());
    add(m, "ApplicationSource", enum_schema<application_source>());
    add(m, "MatchStrategy", enum_schema<match_strategy>());
    add(m, "WebhookEvent", enum_schema<webhook_event>());
    add(m, "DeliveryState", enum_schema<delivery_state>());
    const auto id = integer(1);
    const auto skills = list_of(text(100));

    add(m, "RegisterIn", object_of({{"email", text(255), true}, {"password", text(8, 128), true},
                                    {"org_name", or_null(text(200))}}));
    add(m, "LoginForm", object_of({{"username", text(), true}, {"password", text(), true}}));
    json::object bearer{{"type", "string"}, {"enum", json::array{"bearer"}}};
    add(m, "TokenOut", object_of({{"access_token", text(), true}, {"token_type", std::move(bearer), true}}));
    add(m, "UserOut", object_of({{"id", id, true}, {"email", text(), true}, {"full_name", text(), true},
                                 {"role", ref("MemberRole"), true}, {"org_id", id, true}, {"is_active", boolean(), true}}));
    add(m, "UserInvite", object_of({{"email", text(255), true}, {"full_name", or_null(text(200))},
                                    {"role", ref("MemberRole")}, {"password", text(8, 128), true}}));
    add(m, "RecruitingUserUpdate", object_of({{"full_name", text(1, 200)}, {"role", ref("MemberRole")}, {"is_active", boolean()}}));

    const auto job_fields = [&](bool create) {
        return object_of({{"title", text(1, 200), create},
                          {"department", or_null(text(200))},
                          {"location", or_null(text(200))},
                          {"employment_type", or_null(text(200))},
                          {"remote_option", or_null(text(200))},
                          {"salary_min", or_null(integer(0, 1'000'000'000))},
                          {"salary_max", or_null(integer(0, 1'000'000'000))},
                          {"currency", or_null(json::object{{"type", "string"}, {"pattern", "^[A-Z]{3}$"}})},
                          {"description", or_null(text(50'000))},
                          {"required_skills", skills},
                          {"nice_to_have_skills", skills},
                          {"min_years", or_null(integer(0, 60))},
                          {"status", ref("JobStatus")},
                          {"is_public", boolean()}});
    };
    add(m, "JobCreate", job_fields(true));
    add(m, "JobUpdate", job_fields(false));
    auto job_out = job_fields(true);
    job_out["properties"].as_object()["id"] = id;
    job_out["properties"].as_object()["org_id"] = id;
    job_out["properties"].as_object()["created_by_user_id"] = id;
    add(m, "JobOut", job_out);
    add(m, "JobList", object_of({{"items", list_of(ref("JobOut")), true}, {"total", integer(0), true}}));
    json::object counts{{"type", "object"}, {"additionalProperties", integer(0)}};
    add(m, "JobPipeline", object_of({{"job_id", id, true}, {"counts", std::move(counts), true}, {"total", integer(0), true}}));

    const auto url = or_null(json::object{{"type", "string"}, {"format", "uri"}, {"maxLength", 2000}});
    const auto candidate_fields = [&](bool create) {
        return object_of({{"full_name", text(1, 200), create},
                          {"headline", or_null(text(200))},
                          {"location", or_null(text(200))},
                          {"experience_years", or_null(integer(0, 70))},
                          {"current_title", or_null(text(200))},
                          {"current_company", or_null(text(200))},
                          {"linkedin_url", url},
                          {"github_url", url},
                          {"website_url", url},
                          {"notes", or_null(text(100'000))},
                          {"email", or_null(text(255))},
                          {"phone", or_null(text(200))},
                          {"skills", skills}});
    };
    add(m, "CandidateCreate", candidate_fields(true));
    add(m, "CandidateUpdate", candidate_fields(false));
    auto candidate_out = candidate_fields(true);
    candidate_out["properties"].as_object()["id"] = id;
    candidate_out["properties"].as_object()["org_id"] = id;
    add(m, "CandidateOut", candidate_out);
    add(m, "CandidateList", object_of({{"items", list_of(ref("CandidateOut")), true}, {"total", integer(0), true}}));

    add(m, "RecruitingApplicationCreate", object_of({{"job_id", id, true}, {"candidate_id", id, true},
                                           {"status", ref("RecruitingApplicationStatus")}, {"source", ref("ApplicationSource")},
                                           {"fit_score", or_null(integer(0, 100))}}));
    add(m, "RecruitingApplicationUpdate", object_of({{"status", ref("RecruitingApplicationStatus")}, {"source", ref("ApplicationSource")},
                                           {"fit_score", or_null(integer(0, 100))}}));
    add(m, "ApplicationOut", object_of({{"id", id, true}, {"org_id", id, true}, {"job_id", id, true},
                                        {"candidate_id", id, true}, {"status", ref("RecruitingApplicationStatus"), true},
                                        {"source", ref("ApplicationSource"), true},
                                        {"fit_score", or_null(integer(0, 100)), true}}));
    add(m, "ApplicationList", object_of({{"items", list_of(ref("ApplicationOut")), true}, {"total", integer(0), true}}));
    add(m, "StatusChange", object_of({{"id", id, true}, {"application_id", id, true},
                                      {"from_status", or_null(ref("RecruitingApplicationStatus")), true},
                                      {"to_status", ref("RecruitingApplicationStatus"), true},
                                      {"changed_by_user_id", id, true}, {"changed_at", instant(), true}}));

    const auto match_in = [&](const char* id_field) {
        return object_of({{id_field, id, true}, {"limit", with_default(integer(1, 100), 20)},
                          {"strategy", ref("MatchStrategy")}});
    };
    add(m, "CandidatesForJob", match_in("job_id"));
    add(m, "JobsForCandidate", match_in("candidate_id"));
    add(m, "CandidateMatches", object_of({{"job_id", id, true},
                                          {"matches", list_of(object_of({{"candidate_id", id, true},
                                                                         {"full_name", text(), true},
                                                                         {"current_title", or_null(text()), true},
                                                                         {"current_company", or_null(text()), true},
                                                                         {"location", or_null(text()), true},
                                                                         {"score", integer(0, 100), true},
                                                                         {"reason", text(), true},
                                                                         {"strategy", ref("MatchStrategy"), true}})),
                                           true}}));
    add(m, "JobMatches", object_of({{"candidate_id", id, true},
                                    {"matches", list_of(object_of({{"job_id", id, true},
                                                                   {"title", text(), true},
                                                                   {"location", or_null(text()), true},
                                                                   {"status", ref("JobStatus"), true},
                                                                   {"score", integer(0, 100), true},
                                                                   {"reason", text(), true},
                                                                   {"strategy", ref("MatchStrategy"), true}})),
                                     true}}));

    add(m, "AgentChat", object_of({{"conversation_id", any_object()}, {"message", text(1, 10'000), true},
                                   {"mode", with_default(text(), "recruiter_assistant")}}));
    add(m, "AgentReply", object_of({{"reply", text(), true}}));
    add(m, "JobPrompt", object_of({{"prompt", text(1, 50'000), true}}));
    add(m, "JobFromPrompt", object_of({{"raw_prompt", text(), true}, {"job", ref("JobOut"), true}}));
    const json::object file{{"type", "string"}, {"format", "binary"}};
    add(m, "JobReqUpload", object_of({{"job_req", file, true}, {"notes", text()}}));
    add(m, "RecruitingResumeUpload", object_of({{"resume", file, true}, {"notes", text()}}));
    add(m, "JobFromReq", object_of({{"filename", text(), true}, {"job", ref("JobOut"), true}, {"summary", text(), true}}));
    add(m, "CandidateFromResume", object_of({{"candidate", ref("CandidateOut"), true}, {"summary", text(), true},
                                             {"possible_duplicates", list_of(id), true}}));

    add(m, "WebhookCreate", object_of({{"url", text(2000), true}, {"events", list_of(ref("WebhookEvent")), true},
                                       {"secret", text(16, 200)}}));
    const auto webhook_fields = {field{"id", id, true},         field{"org_id", id, true},
                                 field{"url", text(), true},     field{"events", list_of(ref("WebhookEvent")), true},
                                 field{"is_active", boolean(), true}, field{"created_at", instant(), true}};
    add(m, "WebhookOut", object_of(webhook_fields));
    auto created = object_of(webhook_fields);
    created["properties"].as_object()["secret"] = text();
    add(m, "WebhookCreated", created);
    add(m, "DeliveryList",
        object_of({{"items",
                    list_of(object_of({{"id", id, true},
                                       {"webhook_id", id, true},
                                       {"event", ref("WebhookEvent"), true},
                                       {"state", ref("DeliveryState"), true},
                                       {"attempts", integer(0), true},
                                       {"next_attempt_at", or_null(instant()), true},
                                       {"created_at", instant(), true},
                                       {"delivered_at", or_null(instant()), true},
                                       {"payload", any_object(), true},
                                       {"attempt_log", list_of(object_of({{"attempt", integer(1), true},
                                                                          {"at", instant(), true},
                                                                          {"status_code", or_null(integer()), true},
                                                                          {"error", text(), true},
                                                                          {"duration_ms", integer(0), true}})),
                                        true}})),
                    true},
                   {"total", integer(0), true}}));
}

}  // namespace offertracker::adapters::http::recruiting_api

// Social, Progress and Analytics schemas.
#include "api_schemas.hpp"

namespace offertracker::adapters::http::offertracker_api::schemas {
namespace {

void register_social(mount& m) {
    add(m, "PostType", enum_schema<domain::post_type>());
    add(m, "ReactionType", enum_schema<domain::reaction_type>());
    add(m, "GroupRole", enum_schema<domain::group_role>());

    add(m, "FollowResponse", object_of({{"id", text(), true},
                                        {"follower_id", text(), true},
                                        {"following_id", text(), true},
                                        {"created_at", instant(), true}}));
    add(m, "FollowStats", object_of({{"followers_count", integer(), true}, {"following_count", integer(), true}}));

    add(m, "GroupCreate", object_of({{"name", text(1, 100), true},
                                     {"description", or_null(text())},
                                     {"is_public", with_default(boolean(), true)}}));
    add(m, "GroupUpdate", object_of({{"name", text(1, 100)},
                                     {"description", or_null(text())},
                                     {"is_public", or_null(boolean())}}));
    add(m, "GroupResponse", object_of({{"id", text(), true},
                                       {"name", text(), true},
                                       {"description", or_null(text()), true},
                                       {"created_by", text(), true},
                                       {"is_public", boolean(), true},
                                       {"member_count", integer(), true},
                                       {"created_at", instant(), true},
                                       {"updated_at", instant(), true}}));
    add(m, "GroupMemberResponse", object_of({{"id", text(), true},
                                             {"group_id", text(), true},
                                             {"user_id", text(), true},
                                             {"role", ref("GroupRole"), true},
                                             {"joined_at", instant(), true}}));

    add(m, "PostCreate", object_of({{"content", text(), true},
                                    {"post_type", with_default(ref("PostType"), "Update")},
                                    {"title", or_null(text(255))},
                                    {"group_id", or_null(text())},
                                    {"is_public", with_default(boolean(), true)}}));
    add(m, "PostUpdate", object_of({{"title", or_null(text(255))},
                                    {"content", text()},
                                    {"is_public", or_null(boolean())}}));
    add(m, "PostResponse", object_of({{"id", text(), true},
                                      {"user_id", text(), true},
                                      {"group_id", or_null(text()), true},
                                      {"post_type", ref("PostType"), true},
                                      {"title", or_null(text()), true},
                                      {"content", text(), true},
                                      {"is_public", boolean(), true},
                                      {"reaction_count", integer(), true},
                                      {"created_at", instant(), true},
                                      {"updated_at", instant(), true}}));
    add(m, "ReactionCreate", object_of({{"reaction", with_default(ref("ReactionType"), "Like")}}));
    add(m, "ReactionResponse", object_of({{"id", text(), true},
                                          {"post_id", text(), true},
                                          {"user_id", text(), true},
                                          {"reaction", ref("ReactionType"), true},
                                          {"created_at", instant(), true}}));
}

void register_progress(mount& m) {
    add(m, "MilestoneResponse", object_of({{"id", text(), true},
                                           {"name", text(), true},
                                           {"description", text(), true},
                                           {"criteria", any_object(), true},
                                           {"created_at", instant(), true}}));
    add(m, "UserMilestoneResponse", object_of({{"id", text(), true},
                                               {"user_id", text(), true},
                                               {"milestone_id", text(), true},
                                               {"reached_at", instant(), true},
                                               {"milestone", ref("MilestoneResponse"), true}}));
    add(m, "CommunityMemberEntry", object_of({{"user_id", text(), true},
                                              {"username", text(), true},
                                              {"display_name", or_null(text()), true},
                                              {"streak_days", integer(), true}}));
    add(m, "UserStatsResponse", object_of({{"total_applications", integer(), true},
                                           {"total_offers", integer(), true},
                                           {"total_rejections", integer(), true},
                                           {"total_reflections", integer(), true},
                                           {"total_stages", integer(), true},
                                           {"streak_days", integer(), true},
                                           {"milestones_reached", integer(), true},
                                           {"total_contacts", integer(), true},
                                           {"total_reminders_pending", integer(), true}}));
}

void register_analytics(mount& m) {
    add(m, "ActivityLogResponse", object_of({{"id", text(), true},
                                             {"user_id", text(), true},
                                             {"application_id", or_null(text()), true},
                                             {"action", text(), true},
                                             {"description", text(), true},
                                             {"metadata", any_object(), true},
                                             {"created_at", instant(), true}}));
    add(m, "PipelineBreakdown", object_of({{"status", ref("ApplicationStatus"), true}, {"count", integer(), true}}));
    add(m, "SourceEffectiveness", object_of({{"source", text(), true},
                                             {"applied", integer(), true},
                                             {"interviews", integer(), true},
                                             {"offers", integer(), true}}));
    json::object iso_week{{"type", "string"}, {"pattern", "^[0-9]{4}-W[0-9]{2}$"}};
    add(m, "WeeklyTrend", object_of({{"week", std::move(iso_week), true},
                                     {"applications", integer(), true},
                                     {"stages", integer(), true}}));
    add(m, "SalaryInsight", object_of({{"applications_with_salary", integer(), true},
                                       {"average_expected_min", or_null(number()), true},
                                       {"average_expected_max", or_null(number()), true},
                                       {"offers_with_salary", integer(), true},
                                       {"average_offered", or_null(number()), true},
                                       {"highest_offer", or_null(integer()), true},
                                       {"currency", text(), true}}));
    add(m, "CompanyCount", object_of({{"company", text(), true}, {"count", integer(), true}}));
    add(m, "AnalyticsDashboardResponse", object_of({{"pipeline", list_of(ref("PipelineBreakdown")), true},
                                                    {"response_rate", number(), true},
                                                    {"interview_rate", number(), true},
                                                    {"offer_rate", number(), true},
                                                    {"source_breakdown", list_of(ref("SourceEffectiveness")), true},
                                                    {"weekly_trend", list_of(ref("WeeklyTrend")), true},
                                                    {"salary_insights", ref("SalaryInsight"), true},
                                                    {"top_companies", list_of(ref("CompanyCount")), true}}));
    add(m, "InterviewQuestion", object_of({{"question", text(), true},
                                           {"stage_type", text(), true},
                                           {"company", text(), true},
                                           {"role", text(), true}}));
    add(m, "QuestionBankResponse",
        object_of({{"questions", list_of(ref("InterviewQuestion")), true}, {"total", integer(), true}}));
}

}  // namespace

void register_social_schemas(mount& m) {
    register_social(m);
    register_progress(m);
    register_analytics(m);
}

}  // namespace offertracker::adapters::http::offertracker_api::schemas

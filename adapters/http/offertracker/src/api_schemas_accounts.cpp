// Auth, Users and Resumes schemas.
#include "api_schemas.hpp"

namespace offertracker::adapters::http::offertracker_api::schemas {

void register_account_schemas(mount& m) {
    add(m, "ProfileVisibility", enum_schema<domain::profile_visibility>());

    add(m, "RegisterRequest", object_of({{"email", text(255), true},
                                         {"username", text(3, 50), true},
                                         {"password", text(6, 128), true},
                                         {"display_name", or_null(text(100))}}));
    add(m, "LoginRequest", object_of({{"email", text(), true}, {"password", text(), true}}));
    add(m, "UserResponse", object_of({{"id", text(), true},
                                      {"email", text(), true},
                                      {"username", text(), true},
                                      {"display_name", or_null(text()), true},
                                      {"bio", or_null(text()), true},
                                      {"is_profile_public", boolean(), true},
                                      {"profile_visibility", ref("ProfileVisibility"), true},
                                      {"streak_days", integer(), true},
                                      {"last_active_date", or_null(date()), true},
                                      {"created_at", instant(), true},
                                      {"updated_at", instant(), true}}));
    json::object bearer{{"type", "string"}, {"enum", json::array{"bearer"}}};
    add(m, "TokenResponse", object_of({{"access_token", text(), true},
                                       {"token_type", std::move(bearer), true},
                                       {"user", ref("UserResponse"), true}}));
    add(m, "UserUpdate", object_of({{"display_name", or_null(text(100))},
                                    {"bio", or_null(text())},
                                    {"is_profile_public", or_null(boolean())},
                                    {"profile_visibility", or_null(ref("ProfileVisibility"))},
                                    // Not in the seed: a rename, under the same rules as registration.
                                    {"username", text(3, 50)}}));
    add(m, "UserPublicProfile", object_of({{"id", text(), true},
                                           {"username", text(), true},
                                           {"display_name", or_null(text()), true},
                                           {"bio", or_null(text()), true},
                                           {"profile_visibility", ref("ProfileVisibility"), true},
                                           {"streak_days", integer(), true},
                                           {"created_at", instant(), true}}));

    add(m, "ResumeVersionCreate", object_of({{"version_name", text(1, 50), true},
                                             {"notes", or_null(text())},
                                             {"file_url", or_null(text(500))}}));
    add(m, "ResumeVersionUpdate", object_of({{"version_name", text(1, 50)},  // null is refused: a version keeps its name
                                             {"notes", or_null(text())},
                                             {"file_url", or_null(text(500))}}));
    add(m, "ResumeVersionResponse", object_of({{"id", text(), true},
                                               {"user_id", text(), true},
                                               {"version_name", text(), true},
                                               {"notes", or_null(text()), true},
                                               {"file_url", or_null(text()), true},
                                               {"created_at", instant(), true},
                                               {"updated_at", instant(), true}}));
    json::object binary{{"type", "string"}, {"format", "binary"}, {"description", "PDF or Word document, max 10 MB"}};
    add(m, "ResumeUpload", object_of({{"file", std::move(binary), true}}));
    add(m, "ResumeUploadResponse",
        object_of({{"file_url", or_null(text()), true}, {"resume", ref("ResumeVersionResponse"), true}}));
}

}  // namespace offertracker::adapters::http::offertracker_api::schemas

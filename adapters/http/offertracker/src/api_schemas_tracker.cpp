// Contacts, Documents, Reminders, Tags and Saved Jobs schemas.
#include "api_schemas.hpp"

namespace offertracker::adapters::http::offertracker_api::schemas {
namespace {

void register_contacts(mount& m) {
    add(m, "ContactType", enum_schema<domain::contact_type>());
    add(m, "ContactCreate", object_of({{"name", text(1, 255), true},
                                       {"application_id", or_null(text())},
                                       {"email", or_null(text(255))},
                                       {"phone", or_null(text(50))},
                                       {"role_title", or_null(text(255))},
                                       {"company", or_null(text(255))},
                                       {"contact_type", with_default(ref("ContactType"), "Other")},
                                       {"linkedin_url", or_null(text(500))},
                                       {"notes", or_null(text())},
                                       {"last_contacted", or_null(date())}}));
    add(m, "ContactUpdate", object_of({{"name", text(1, 255)},
                                       {"application_id", or_null(text())},
                                       {"email", or_null(text(255))},
                                       {"phone", or_null(text(50))},
                                       {"role_title", or_null(text(255))},
                                       {"company", or_null(text(255))},
                                       {"contact_type", ref("ContactType")},
                                       {"linkedin_url", or_null(text(500))},
                                       {"notes", or_null(text())},
                                       {"last_contacted", or_null(date())}}));
    add(m, "ContactResponse", object_of({{"id", text(), true},
                                         {"user_id", text(), true},
                                         {"application_id", or_null(text()), true},
                                         {"name", text(), true},
                                         {"email", or_null(text()), true},
                                         {"phone", or_null(text()), true},
                                         {"role_title", or_null(text()), true},
                                         {"company", or_null(text()), true},
                                         {"contact_type", ref("ContactType"), true},
                                         {"linkedin_url", or_null(text()), true},
                                         {"notes", or_null(text()), true},
                                         {"last_contacted", or_null(date()), true},
                                         {"created_at", instant(), true},
                                         {"updated_at", instant(), true}}));
}

void register_documents(mount& m) {
    add(m, "DocumentType", enum_schema<domain::document_type>());
    add(m, "DocumentCreate", object_of({{"application_id", text(), true},
                                        {"name", text(1, 255), true},
                                        {"doc_type", with_default(ref("DocumentType"), "Other")},
                                        {"file_url", or_null(text(500))},
                                        {"notes", or_null(text())}}));
    add(m, "DocumentUpdate", object_of({{"doc_type", ref("DocumentType")},
                                        {"name", text(1, 255)},
                                        {"file_url", or_null(text(500))},
                                        {"notes", or_null(text())}}));
    add(m, "DocumentResponse", object_of({{"id", text(), true},
                                          {"application_id", text(), true},
                                          {"doc_type", ref("DocumentType"), true},
                                          {"name", text(), true},
                                          {"file_url", or_null(text()), true},
                                          {"notes", or_null(text()), true},
                                          {"created_at", instant(), true},
                                          {"updated_at", instant(), true}}));
}

void register_reminders(mount& m) {
    add(m, "ReminderType", enum_schema<domain::reminder_type>());
    // ISO 8601; without an offset it is UTC, so a bare "2026-03-15T09:00:00" is accepted too.
    const json::object when{{"type", "string"}, {"description", "ISO 8601 datetime, e.g. 2026-03-15T09:00:00"}};
    add(m, "ReminderCreate", object_of({{"title", text(1, 255), true},
                                        {"remind_at", when, true},
                                        {"application_id", or_null(text())},
                                        {"description", or_null(text())},
                                        {"reminder_type", with_default(ref("ReminderType"), "General")}}));
    add(m, "ReminderUpdate", object_of({{"title", text(1, 255)},
                                        {"description", or_null(text())},
                                        {"remind_at", when},
                                        {"reminder_type", ref("ReminderType")},
                                        {"is_completed", or_null(boolean())}}));  // null reads as omitted
    add(m, "ReminderResponse", object_of({{"id", text(), true},
                                          {"user_id", text(), true},
                                          {"application_id", or_null(text()), true},
                                          {"title", text(), true},
                                          {"description", or_null(text()), true},
                                          {"remind_at", instant(), true},
                                          {"reminder_type", ref("ReminderType"), true},
                                          {"is_completed", boolean(), true},
                                          {"completed_at", or_null(instant()), true},
                                          {"created_at", instant(), true},
                                          {"updated_at", instant(), true}}));
}

void register_tags(mount& m) {
    add(m, "TagCreate", object_of({{"name", text(1, 50), true}, {"color", with_default(text(1, 7), "#6366f1")}}));
    add(m, "TagUpdate", object_of({{"name", text(1, 50)}, {"color", text(1, 7)}}));
    add(m, "TagResponse", object_of({{"id", text(), true},
                                     {"user_id", text(), true},
                                     {"name", text(), true},
                                     {"color", text(), true},
                                     {"created_at", instant(), true}}));
    add(m, "ApplicationTagResponse", object_of({{"id", text(), true},
                                                {"application_id", text(), true},
                                                {"tag_id", text(), true},
                                                {"created_at", instant(), true},
                                                {"tag", or_null(ref("TagResponse")), true}}));
}

json::object saved_job_body(bool create) {
    return object_of({{"company_name", text(1, 255), create},
                      {"role_title", or_null(text(255))},
                      {"url", or_null(text(500))},
                      {"company_website", or_null(text(500))},
                      {"location", or_null(text(255))},
                      {"job_type", or_null(ref("JobType"))},
                      {"work_mode", or_null(ref("WorkMode"))},
                      {"salary_range_min", or_null(integer(0))},
                      {"salary_range_max", or_null(integer(0))},
                      {"salary_currency", with_default(text(1, 3), "USD")},
                      {"priority", create ? with_default(ref("Priority"), "Medium") : ref("Priority")},
                      {"source", or_null(text(255))},
                      {"notes", or_null(text())},
                      {"deadline", or_null(date())},
                      {"excitement_level", or_null(integer(1, 5))}});
}

void register_saved_jobs(mount& m) {
    add(m, "SavedJobStatus", enum_schema<domain::saved_job_status>());
    add(m, "SavedJobCreate", saved_job_body(true));
    auto update = saved_job_body(false);
    // Active or Archived: Converted is the /convert route's to set (400 otherwise).
    update["properties"].as_object()["status"] = ref("SavedJobStatus");
    add(m, "SavedJobUpdate", update);
    add(m, "SavedJobResponse", object_of({{"id", text(), true},
                                          {"user_id", text(), true},
                                          {"company_name", text(), true},
                                          {"role_title", or_null(text()), true},
                                          {"url", or_null(text()), true},
                                          {"company_website", or_null(text()), true},
                                          {"location", or_null(text()), true},
                                          {"job_type", or_null(ref("JobType")), true},
                                          {"work_mode", or_null(ref("WorkMode")), true},
                                          {"salary_range_min", or_null(integer()), true},
                                          {"salary_range_max", or_null(integer()), true},
                                          {"salary_currency", text(), true},
                                          {"priority", ref("Priority"), true},
                                          {"source", or_null(text()), true},
                                          {"notes", or_null(text()), true},
                                          {"deadline", or_null(date()), true},
                                          {"excitement_level", or_null(integer()), true},
                                          {"status", ref("SavedJobStatus"), true},
                                          {"converted_to_application_id", or_null(text()), true},
                                          {"created_at", instant(), true},
                                          {"updated_at", instant(), true}}));
}

}  // namespace

void register_tracker_schemas(mount& m) {
    register_contacts(m);
    register_documents(m);
    register_reminders(m);
    register_tags(m);
    register_saved_jobs(m);
}

}  // namespace offertracker::adapters::http::offertracker_api::schemas

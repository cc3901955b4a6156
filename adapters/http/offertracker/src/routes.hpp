// Route registration, one function per section of the seed.
#pragma once

#include "context.hpp"

namespace offertracker::adapters::http::offertracker_api {

void add_account_routes(mount& m, const context& c);      // /auth, /users
void add_resume_routes(mount& m, const context& c);       // /resumes, /upload/resumes, /files
void add_application_routes(mount& m, const context& c);  // /applications and its stages, outcome, reflection
void add_activity_routes(mount& m, const context& c);     // /analytics/activity
void add_contact_routes(mount& m, const context& c);      // /contacts
void add_document_routes(mount& m, const context& c);     // /documents
void add_reminder_routes(mount& m, const context& c);     // /reminders
void add_tag_routes(mount& m, const context& c);          // /tags
void add_saved_job_routes(mount& m, const context& c);    // /saved-jobs
void add_analytics_routes(mount& m, const context& c);    // /analytics/dashboard, /analytics/questions
void add_progress_routes(mount& m, const context& c);     // /progress/milestones[/mine], /progress/stats
void add_social_routes(mount& m, const context& c);       // /social
void add_community_routes(mount& m, const context& c);    // /progress/community

}  // namespace offertracker::adapters::http::offertracker_api

// The surface's routes, one registering function per area (routes_*.cpp), and its named schemas (schemas.cpp).
#pragma once

#include "context.hpp"

namespace offertracker::adapters::http::recruiting_api {

void register_schemas(mount& m);
void add_account_routes(mount& m, const context& c);      // auth, users
void add_job_routes(mount& m, const context& c);          // jobs and their pipeline
void add_candidate_routes(mount& m, const context& c);
void add_application_routes(mount& m, const context& c);  // applications and their history
void add_matching_routes(mount& m, const context& c);
void add_agent_routes(mount& m, const context& c);        // chat, jobs from a prompt or a file, candidates from resumes
void add_webhook_routes(mount& m, const context& c);

}  // namespace offertracker::adapters::http::recruiting_api

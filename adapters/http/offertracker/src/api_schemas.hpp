// The surface's named schemas, one registering function per section (api_schemas*.cpp), built from the kit's
// JSON Schema blocks.
#pragma once

#include <offertracker/domain/enums.hpp>
#include <offertracker/http/kit/json_schema.hpp>

namespace offertracker::adapters::http::offertracker_api::schemas {
using namespace kit::schemas;  // NOLINT: the section files are written in these blocks

void register_account_schemas(mount& m);      // auth, users, resumes
void register_application_schemas(mount& m);  // applications, stages, outcomes, reflections
void register_tracker_schemas(mount& m);      // contacts, documents, reminders, tags, saved jobs
void register_social_schemas(mount& m);       // social, progress, analytics

}  // namespace offertracker::adapters::http::offertracker_api::schemas

// Helpers the Pipeline use cases share: the actor's job, the write-unit lock, activity entries, the resume text.
#pragma once

#include <optional>
#include <string>

#include <offertracker/domain/application.hpp>
#include <offertracker/domain/error.hpp>
#include <offertracker/pipeline/services.hpp>
#include <offertracker/ports/in_write_unit.hpp>
#include <offertracker/usecases/applications.hpp>

namespace offertracker::pipeline::detail {

// The actor's job: 404 "Job not found" (a soft-deleted one too, unless `deleted_too`), 403 "Not your job".
domain::result<domain::application> owned_job(ports::unit_of_work& uow, const actor& who, const domain::id& id,
                                              bool deleted_too = false);
// The same in a read-only unit of its own.
domain::result<domain::application> read_owned_job(services& s, const actor& who, const domain::id& id);

// Locks the actor's data for a write unit; 401 "Not authenticated" when the account is gone.
std::optional<domain::error> lock_actor(ports::unit_of_work& uow, const actor& who);

// Appends one activity entry of the job, as the OfferTracker use cases write theirs.
void record_activity(ports::unit_of_work& uow, services& s, const domain::application& job, std::string action,
                     std::string description);

// What the job is scored against: the newest of the user's resume text (their newest resume version with an
// uploaded file, extracted) and the CV of their newest interview-prep session; nullopt when there is neither.
// Reads in its own read-only unit; extraction happens outside it.
std::optional<std::string> resume_text(services& s, const actor& who);
// The user's bio (the profile part of scoring), empty when none.
std::string profile_text(services& s, const actor& who);

// Scores a job about to be created (its role_title and description) when it has a description and the user a
// resume text: a new job arrives scored.
void score_new_job(services& s, const actor& who, usecases::create_application_command& job);

}  // namespace offertracker::pipeline::detail

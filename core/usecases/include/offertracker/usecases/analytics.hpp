// The analytics dashboard and the question bank (GET /analytics/dashboard, /analytics/questions).
#pragma once

#include <offertracker/domain/analytics.hpp>
#include <offertracker/domain/error.hpp>
#include <offertracker/domain/question_bank.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::usecases {

// The actor's dashboard for the Clock's UTC date. Reads three lists in one read-only transaction — every
// application, every stage, every outcome of the actor (3 queries whatever the number of applications) —
// and aggregates them in one pass.
domain::result<domain::dashboard> get_dashboard(services& s, const actor& who);

// Every question asked in the actor's stages, with stage type, company and role (2 queries).
domain::result<domain::question_bank> list_questions(services& s, const actor& who);

}  // namespace offertracker::usecases

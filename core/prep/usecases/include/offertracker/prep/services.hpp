// What the interview-prep use cases call: the seeker's services (one account, both ways) plus the text extractor,
// the browser-session keys and an optional model provider. Built once by the composition root.
#pragma once

#include <chrono>

#include <offertracker/ports/interview_model.hpp>
#include <offertracker/ports/session_keys.hpp>
#include <offertracker/ports/text_extractor.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::prep {

struct services {
    usecases::services& seeker;
    ports::text_extractor& extractor;
    ports::session_keys& keys;
    ports::interview_model* model = nullptr;  // none: the offline interviewer writes everything
    std::chrono::seconds browser_session_lifetime{std::chrono::hours{24 * 14}};
};

using usecases::actor;

}  // namespace offertracker::prep

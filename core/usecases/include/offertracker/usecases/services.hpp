// The ports every use case may call, and who is acting. Built once by the composition root.
#pragma once

#include <offertracker/ports/clock.hpp>
#include <offertracker/ports/event_log.hpp>
#include <offertracker/ports/file_storage.hpp>
#include <offertracker/ports/id_generator.hpp>
#include <offertracker/ports/password_hasher.hpp>
#include <offertracker/ports/throttle.hpp>
#include <offertracker/ports/token_service.hpp>
#include <offertracker/ports/unit_of_work.hpp>

namespace offertracker::usecases {

// Failed logins tolerated per account and per client address; past either, attempts are refused (429) without
// checking the password until the window that counted them closes.
struct login_limits {
    ports::throttle_limit per_account{10, std::chrono::minutes{15}};
    ports::throttle_limit per_address{100, std::chrono::minutes{15}};
};

struct services {
    ports::store& store;
    ports::clock& clock;
    ports::id_generator& ids;
    ports::password_hasher& hasher;
    ports::token_service& tokens;
    ports::file_storage& files;
    ports::event_log& log;
    ports::throttle& throttle;
    login_limits login{};
};

// The authenticated user on whose behalf a use case runs (from a verified token). It is an identity the core
// issued, not input: reads use it as it is, and every write first checks it still names an account (lock_actor:
// 401 for a vanished account or an id that could not exist).
struct actor {
    domain::id user_id;
};

}  // namespace offertracker::usecases

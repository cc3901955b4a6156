// What the interview-prep use cases share: the owner check that tells 403 from 404, the seeker's lock, and the
// text rules of the seed's forms.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/validation.hpp>
#include <offertracker/ports/in_write_unit.hpp>
#include <offertracker/prep/services.hpp>
#include <offertracker/text/ascii.hpp>

namespace offertracker::prep::detail {

// The actor's session: 404 "Session not found" when no seeker has it, 403 when another one does.
domain::result<practice_session> owned_session(ports::unit_of_work& uow, const actor& who, session_id id);

// Locks the actor's data for a write unit; 401 "Not authenticated" when the account is gone.
std::optional<domain::error> lock_actor(ports::unit_of_work& uow, const actor& who);

// Runs body(uow, session) in a write unit after the lock and the owner check; the body commits.
template <class Body>
auto with_owned_session(services& s, const actor& who, session_id id, Body&& body)
    -> decltype(body(std::declval<ports::unit_of_work&>(), std::declval<practice_session&>())) {
    return ports::in_write_unit(s.seeker.store, [&](ports::unit_of_work& uow)
                                                    -> decltype(body(uow, std::declval<practice_session&>())) {
        if (auto e = lock_actor(uow, who)) return std::move(*e);
        auto session = owned_session(uow, who, id);
        if (!session) return std::move(session).error();
        return body(uow, *session);
    });
}

// A required form text: storable, not blank ({field, missing}), at most `max` characters ({field, too_long}), and
// at least `min` when min > 1 ({field, too_short}); lengths count code points of the trimmed text.
void check_text(domain::validator& v, std::string_view field, std::string_view value, std::size_t min,
                std::size_t max);

}  // namespace offertracker::prep::detail

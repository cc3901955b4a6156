#include "support.hpp"

#include <offertracker/text/utf8.hpp>

namespace offertracker::prep::detail {

domain::result<practice_session> owned_session(ports::unit_of_work& uow, const actor& who, session_id id) {
    if (auto mine = uow.prep().get(who.user_id, id)) return std::move(*mine);
    if (uow.prep().owner_of(id)) return domain::error::forbidden("You do not have access to this session");
    return domain::error::not_found("Session not found");
}

std::optional<domain::error> lock_actor(ports::unit_of_work& uow, const actor& who) {
    if (text::is_storable_text(who.user_id) && uow.lock_owner(who.user_id)) return std::nullopt;
    return domain::error::unauthenticated("Not authenticated");
}

void check_text(domain::validator& v, std::string_view field, std::string_view value, std::size_t min,
                std::size_t max) {
    if (!text::is_storable_text(value)) {
        v.text(field, value);  // reports not_utf8 or contains_nul
        return;
    }
    const auto fail = [&](domain::field_code code, std::optional<long long> limit) {
        v.add({.path = {std::string(field)}, .code = code, .limit = limit});
    };
    const auto content = text::trim_ascii_space(value);
    const auto length = text::utf8_length(content);
    if (content.empty()) fail(domain::field_code::missing, std::nullopt);
    else if (length < min) fail(domain::field_code::too_short, static_cast<long long>(min));
    else if (length > max) fail(domain::field_code::too_long, static_cast<long long>(max));
}

}  // namespace offertracker::prep::detail

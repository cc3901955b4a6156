// Who may see a profile: one pure policy used by every route that shows one (docs/behaviour.md §10).
#pragma once

#include <offertracker/domain/enums.hpp>

namespace offertracker::domain {

// Facts about the viewer's relationship to the owner, looked up by the caller.
struct relationship {
    bool is_self = false;
    bool follows_owner = false;     // the viewer follows the owner
    bool shares_a_group = false;    // viewer and owner are members of a common group
};

constexpr bool may_view_profile(profile_visibility level, const relationship& r) noexcept {
    if (r.is_self) return true;
    switch (level) {
        case profile_visibility::public_: return true;
        case profile_visibility::followers: return r.follows_owner;
        case profile_visibility::groups: return r.shares_a_group;
        case profile_visibility::private_: return false;
    }
    return false;
}

}  // namespace offertracker::domain

// A seeker account: credentials, public profile and streak.
#pragma once

#include <offertracker/domain/enums.hpp>
#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::domain {

struct user {
    domain::id id;
    std::string email;          // stored lower-cased: one account per address whatever the case
    std::string username;       // as entered; unique by domain::username_key (look-alikes are one name)
    std::optional<std::string> display_name;
    std::optional<std::string> bio;
    std::string password_hash;  // encoded KDF output; never leaves the core through a response
    bool is_profile_public = false;
    profile_visibility visibility = profile_visibility::private_;
    int streak_days = 0;
    std::optional<date> last_active_date;
    timestamp created_at{};
    timestamp updated_at{};

    friend bool operator==(const user&, const user&) = default;
};

}  // namespace offertracker::domain

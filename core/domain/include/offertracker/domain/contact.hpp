// A person in the seeker's network, optionally linked to one application.
#pragma once

#include <offertracker/domain/enums.hpp>
#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::domain {

struct contact {
    domain::id id;
    domain::id user_id;
    std::optional<domain::id> application_id;  // cleared (not deleted) when the application is deleted
    std::string name;
    std::optional<std::string> email;
    std::optional<std::string> phone;
    std::optional<std::string> role_title;
    std::optional<std::string> company;
    domain::contact_type contact_type = domain::contact_type::other;
    std::optional<std::string> linkedin_url;
    std::optional<std::string> notes;
    std::optional<date> last_contacted;
    timestamp created_at{};
    timestamp updated_at{};

    friend bool operator==(const contact&, const contact&) = default;
};

}  // namespace offertracker::domain

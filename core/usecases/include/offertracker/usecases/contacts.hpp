// Contacts: the people in the seeker's network, optionally linked to one of their applications.
#pragma once

#include <vector>

#include <offertracker/domain/contact.hpp>
#include <offertracker/domain/error.hpp>
#include <offertracker/ports/contact_repository.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::usecases {

struct create_contact_command {
    std::string name;
    std::optional<domain::id> application_id;  // must be the actor's application (404 / 403)
    std::optional<std::string> email;
    std::optional<std::string> phone;
    std::optional<std::string> role_title;
    std::optional<std::string> company;
    std::optional<domain::contact_type> contact_type;  // default Other
    std::optional<std::string> linkedin_url;
    std::optional<std::string> notes;
    std::optional<domain::date> last_contacted;
};

// Omitted fields are kept; null clears optional ones; null for name or contact_type is 422.
struct update_contact_command {
    domain::patch<std::string> name;
    domain::patch<domain::id> application_id;
    domain::patch<std::string> email;
    domain::patch<std::string> phone;
    domain::patch<std::string> role_title;
    domain::patch<std::string> company;
    domain::patch<domain::contact_type> contact_type;
    domain::patch<std::string> linkedin_url;
    domain::patch<std::string> notes;
    domain::patch<domain::date> last_contacted;
};

// Logs "Contact Added" and counts towards progress.
domain::result<domain::contact> create_contact(services& s, const actor& who, const create_contact_command& cmd);
// 404 "Contact not found", 403 "Not your contact".
domain::result<domain::contact> get_contact(services& s, const actor& who, const domain::id& id);
// Newest first.
domain::result<std::vector<domain::contact>> list_contacts(services& s, const actor& who,
                                                           const ports::contact_filter& filter, ports::page p);
domain::result<domain::contact> update_contact(services& s, const actor& who, const domain::id& id,
                                               const update_contact_command& cmd);
domain::result<domain::done> delete_contact(services& s, const actor& who, const domain::id& id);

}  // namespace offertracker::usecases

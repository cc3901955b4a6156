// Contacts. Not thread-safe: one instance belongs to one unit_of_work.
#pragma once

#include <optional>
#include <vector>

#include <offertracker/domain/contact.hpp>
#include <offertracker/ports/page.hpp>

namespace offertracker::ports {

struct contact_filter {
    std::optional<domain::id> application_id;
    std::optional<domain::contact_type> contact_type;
};

class contact_repository {
public:
    virtual ~contact_repository() = default;

    virtual void insert(const domain::contact& c) = 0;
    virtual void update(const domain::contact& c) = 0;
    virtual void remove(const domain::id& id) = 0;
    virtual std::optional<domain::contact> find(const domain::id& id) = 0;
    // The user's contacts matching the filter, newest first (created_at desc, then id desc).
    virtual std::vector<domain::contact> list(const domain::id& user_id, const contact_filter& f, page p) = 0;
};

}  // namespace offertracker::ports

// Tags and their assignments to applications. Not thread-safe: one instance belongs to one unit_of_work.
#pragma once

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include <offertracker/domain/tag.hpp>

namespace offertracker::ports {

class tag_repository {
public:
    virtual ~tag_repository() = default;

    // Throws unique_violation when the user already has a tag with this exact name.
    virtual void insert(const domain::tag& t) = 0;
    // Throws unique_violation likewise (renaming onto another tag's name).
    virtual void update(const domain::tag& t) = 0;
    // Deletes the tag and every assignment of it.
    virtual void remove(const domain::id& id) = 0;
    virtual std::optional<domain::tag> find(const domain::id& id) = 0;
    // Exact, case-sensitive name match among the user's tags.
    virtual std::optional<domain::tag> find_by_name(const domain::id& user_id, std::string_view name) = 0;
    // The user's tags by name (ascending, byte order).
    virtual std::vector<domain::tag> list(const domain::id& user_id) = 0;

    // Throws unique_violation when this tag is already on this application.
    virtual void assign(const domain::application_tag& link) = 0;
    // Removes the assignment; false when there was none.
    virtual bool unassign(const domain::id& application_id, const domain::id& tag_id) = 0;
    // The application's assignments with their tags, oldest first (created_at asc, then id).
    virtual std::vector<std::pair<domain::application_tag, domain::tag>> list_for(const domain::id& application_id) = 0;
};

}  // namespace offertracker::ports

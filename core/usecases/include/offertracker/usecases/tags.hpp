// Tags: the user's own colour-coded labels, and their assignment to the user's applications.
#pragma once

#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/tag.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::usecases {

inline constexpr std::string_view default_tag_color = "#6366f1";

struct create_tag_command {
    std::string name;                  // 1..50, unique per user (exact, case-sensitive)
    std::optional<std::string> color;  // default "#6366f1", at most 7 characters
};

// Omitted fields are kept; null for either is 422.
struct update_tag_command {
    domain::patch<std::string> name;
    domain::patch<std::string> color;
};

// One assignment with its tag (nullopt where the surface shows none, e.g. right after assigning).
struct application_tag_view {
    domain::application_tag link;
    std::optional<domain::tag> tag;
};

// By name, ascending.
domain::result<std::vector<domain::tag>> list_tags(services& s, const actor& who);
// 400 "Tag with this name already exists". Counts towards progress.
domain::result<domain::tag> create_tag(services& s, const actor& who, const create_tag_command& cmd);
// 404 "Tag not found", 403 "Not your tag", then 400 "Tag with this name already exists" for another tag's name.
domain::result<domain::tag> update_tag(services& s, const actor& who, const domain::id& id,
                                       const update_tag_command& cmd);
// Deletes the tag and removes it from every application.
domain::result<domain::done> delete_tag(services& s, const actor& who, const domain::id& id);

// The application's tags (404 "Application not found" / 403 "Not your application").
domain::result<std::vector<application_tag_view>> list_application_tags(services& s, const actor& who,
                                                                         const domain::id& application_id);
// Application 404/403, then 404 "Tag not found" (also for someone else's tag), then 400 "Tag already assigned
// to this application". Logs "Tag Assigned".
domain::result<application_tag_view> assign_tag(services& s, const actor& who, const domain::id& application_id,
                                                const domain::id& tag_id);
// Application 404/403, then 404 "Tag not assigned to this application".
domain::result<domain::done> unassign_tag(services& s, const actor& who, const domain::id& application_id,
                                          const domain::id& tag_id);

}  // namespace offertracker::usecases

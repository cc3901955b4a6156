// Who may see a group or a post: the checks the group, post and reaction use cases share.
#pragma once

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/post_visibility.hpp>
#include <offertracker/domain/social.hpp>
#include <offertracker/ports/unit_of_work.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::usecases::detail {

// The group, or 404 "Group not found".
domain::result<domain::group_view> existing_group(ports::unit_of_work& uow, const domain::id& id);
// The group if the actor may see its details, members and feed (else 404, or 403 for a private one).
domain::result<domain::group_view> visible_group(ports::unit_of_work& uow, const actor& who, const domain::id& id);
// Where a post in this group (or in none) is written.
domain::post_place place_of(const std::optional<domain::group_view>& g);
// May the actor see this post (domain::may_view_post, which the feeds apply in their queries).
bool visible_post(ports::unit_of_work& uow, const actor& who, const domain::post& p);

}  // namespace offertracker::usecases::detail

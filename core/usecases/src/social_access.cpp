// Group and post visibility shared by the social use cases.
#include "social_access.hpp"

#include <offertracker/usecases/social.hpp>

#include "support.hpp"

namespace offertracker::usecases::detail {

domain::result<domain::group_view> existing_group(ports::unit_of_work& uow, const domain::id& id) {
    auto g = detail::could_exist(id) ? uow.social().find_group(id) : std::nullopt;
    if (!g) return domain::error::not_found("Group not found");
    return std::move(*g);
}

domain::result<domain::group_view> visible_group(ports::unit_of_work& uow, const actor& who, const domain::id& id) {
    auto g = existing_group(uow, id);
    if (!g) return g;
    if (!g->group.is_public && !uow.social().is_member(id, who.user_id))
        return domain::error::forbidden(std::string(group_is_private));
    return g;
}

domain::post_place place_of(const std::optional<domain::group_view>& g) {
    if (!g) return domain::post_place::no_group;
    return g->group.is_public ? domain::post_place::public_group : domain::post_place::private_group;
}

bool visible_post(ports::unit_of_work& uow, const actor& who, const domain::post& p) {
    std::optional<domain::group_view> group;
    if (p.group_id) group = uow.social().find_group(*p.group_id);
    const domain::post_viewer viewer{.is_author = p.user_id == who.user_id,
                                     .is_member = group && uow.social().is_member(group->group.id, who.user_id)};
    return domain::may_view_post(p.audience, p.is_public, place_of(group), viewer);
}

}  // namespace offertracker::usecases::detail

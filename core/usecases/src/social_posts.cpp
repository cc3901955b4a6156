// Posts: writing, the feeds and editing. A post's audience is fixed when it is written (docs/behaviour.md §11).
#include <offertracker/usecases/social.hpp>

#include <offertracker/domain/validation.hpp>

#include "social_access.hpp"
#include "support.hpp"

namespace offertracker::usecases {
namespace {

domain::result<domain::post_view> own_post(ports::unit_of_work& uow, const actor& who, const domain::id& id) {
    auto p = detail::could_exist(id) ? uow.social().find_post(id) : std::nullopt;
    if (!p) return domain::error::not_found("Post not found");
    if (p->post.user_id != who.user_id) return domain::error::forbidden("Not your post");
    return std::move(*p);
}

}  // namespace

domain::result<domain::post_view> create_post(services& s, const actor& who, const create_post_command& cmd) {
    domain::validator v;
    v.text("content", cmd.content);
    v.max_length("title", cmd.title, 255);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::post_view> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        std::optional<domain::group_view> group;
        if (cmd.group_id) {
            group = detail::could_exist(*cmd.group_id) ? uow.social().find_group(*cmd.group_id) : std::nullopt;
            if (!group) return domain::error::not_found("Group not found");
            if (!uow.social().is_member(*cmd.group_id, who.user_id))
                return domain::error::forbidden("Not a member of this group");
        }
        domain::post p;
        p.id = s.ids.new_id();
        p.user_id = who.user_id;
        p.group_id = cmd.group_id;
        p.post_type = cmd.post_type.value_or(domain::post_type::update);
        p.title = cmd.title;
        p.content = cmd.content;
        p.is_public = cmd.is_public.value_or(true);
        // Fixed now: nothing that later happens to the group widens who may see the post.
        p.audience = domain::audience_when_written(detail::place_of(group));
        p.created_at = p.updated_at = s.clock.now();
        uow.social().insert_post(p);
        detail::track_progress(uow, s, who.user_id);
        auto view = uow.social().find_post(p.id);
        uow.commit();
        if (!view) return domain::post_view{std::move(p), 0};
        return std::move(*view);
    });
}

domain::result<std::vector<domain::post_view>> feed(services& s, const actor& who,
                                                    const std::optional<domain::id>& group_id, ports::page p) {
    auto uow = s.store.begin(ports::access::read_only);
    if (!group_id) return uow->social().public_posts(p);
    auto g = detail::visible_group(*uow, who, *group_id);
    if (!g) return std::move(g).error();
    // Members see every post of their group; others (of a public group) what domain::may_view_post allows.
    return uow->social().group_posts(*group_id, uow->social().is_member(*group_id, who.user_id), p);
}

domain::result<std::vector<domain::post_view>> list_my_posts(services& s, const actor& who, ports::page p) {
    auto uow = s.store.begin(ports::access::read_only);
    return uow->social().posts_of(who.user_id, p);
}

domain::result<domain::post_view> update_post(services& s, const actor& who, const domain::id& post_id,
                                              const update_post_command& cmd) {
    domain::validator v;
    v.text("content", cmd.content);
    v.not_null("content", cmd.content, "string");
    v.max_length("title", cmd.title, 255);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::post_view> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto found = own_post(uow, who, post_id);
        if (!found) return found;
        domain::post p = std::move(found->post);
        domain::apply(cmd.title, p.title);
        if (cmd.content) p.content = **cmd.content;
        if (cmd.is_public) p.is_public = *cmd.is_public;
        p.updated_at = s.clock.now();
        uow.social().update_post(p);
        auto view = uow.social().find_post(post_id);
        uow.commit();
        if (!view) return domain::error::not_found("Post not found");
        return std::move(*view);
    });
}

domain::result<domain::done> delete_post(services& s, const actor& who, const domain::id& post_id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::done> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto p = own_post(uow, who, post_id);
        if (!p) return std::move(p).error();
        uow.social().remove_post(post_id);
        uow.commit();
        return domain::done{};
    });
}

}  // namespace offertracker::usecases

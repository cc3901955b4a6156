// Follows, groups, posts, reactions and the community list. Duplicates (follow, join) are pre-checked for the
// documented 400, and the store's unique key turns a race between two requests into the same 400.
#include <offertracker/usecases/social.hpp>

#include <map>

#include <offertracker/domain/validation.hpp>
#include <offertracker/ports/storage_error.hpp>
#include <offertracker/usecases/paging.hpp>

#include "support.hpp"

namespace offertracker::usecases {
namespace {

constexpr std::string_view already_following = "Already following this user";
constexpr std::string_view already_member = "Already a member of this group";

domain::result<domain::group_view> existing_group(ports::unit_of_work& uow, const domain::id& id) {
    auto g = detail::could_exist(id) ? uow.social().find_group(id) : std::nullopt;
    if (!g) return domain::error::not_found("Group not found");
    return std::move(*g);
}

// The group if the actor may see its details, members and feed.
domain::result<domain::group_view> visible_group(ports::unit_of_work& uow, const actor& who, const domain::id& id) {
    auto g = existing_group(uow, id);
    if (!g) return g;
    if (!g->group.is_public && !uow.social().is_member(id, who.user_id))
        return domain::error::forbidden(std::string(group_is_private));
    return g;
}

domain::result<domain::post_view> own_post(ports::unit_of_work& uow, const actor& who, const domain::id& id) {
    auto p = detail::could_exist(id) ? uow.social().find_post(id) : std::nullopt;
    if (!p) return domain::error::not_found("Post not found");
    if (p->post.user_id != who.user_id) return domain::error::forbidden("Not your post");
    return std::move(*p);
}

domain::post_place place_of(const std::optional<domain::group_view>& g) {
    if (!g) return domain::post_place::no_group;
    return g->group.is_public ? domain::post_place::public_group : domain::post_place::private_group;
}

// May the actor see this post (domain::may_view_post, which the feeds apply in their queries).
bool visible_post(ports::unit_of_work& uow, const actor& who, const domain::post& p) {
    std::optional<domain::group_view> group;
    if (p.group_id) group = uow.social().find_group(*p.group_id);
    const domain::post_viewer viewer{.is_author = p.user_id == who.user_id,
                                     .is_member = group && uow.social().is_member(group->group.id, who.user_id)};
    return domain::may_view_post(p.audience, p.is_public, place_of(group), viewer);
}

}  // namespace

// --- follows

domain::result<domain::follow> follow_user(services& s, const actor& who, const domain::id& user_id) {
    if (user_id == who.user_id) return domain::error::rule_violation("Cannot follow yourself");
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::follow> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        if (!detail::find_by_id(uow.users(), user_id)) return domain::error::not_found("User not found");
        if (uow.social().follows(who.user_id, user_id))
            return domain::error::rule_violation(std::string(already_following));
        domain::follow f;
        f.id = s.ids.new_id();
        f.follower_id = who.user_id;
        f.following_id = user_id;
        f.created_at = s.clock.now();
        try {
            uow.social().follow(f);
        } catch (const ports::unique_violation&) {
            return domain::error::rule_violation(std::string(already_following));  // another request won the race
        }
        detail::track_progress(uow, s, who.user_id);
        uow.commit();
        return f;
    });
}

domain::result<domain::done> unfollow_user(services& s, const actor& who, const domain::id& user_id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::done> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        if (!detail::could_exist(user_id) || !uow.social().unfollow(who.user_id, user_id))
            return domain::error::not_found("Not following this user");
        uow.commit();
        return domain::done{};
    });
}

domain::result<std::vector<domain::follow>> list_followers(services& s, const actor&, const domain::id& user_id,
                                                           ports::page p) {
    if (!detail::could_exist(user_id)) return std::vector<domain::follow>{};
    auto uow = s.store.begin(ports::access::read_only);
    return uow->social().followers(user_id, p);
}

domain::result<std::vector<domain::follow>> list_following(services& s, const actor&, const domain::id& user_id,
                                                           ports::page p) {
    if (!detail::could_exist(user_id)) return std::vector<domain::follow>{};
    auto uow = s.store.begin(ports::access::read_only);
    return uow->social().following(user_id, p);
}

domain::result<domain::follow_stats> get_follow_stats(services& s, const actor&, const domain::id& user_id) {
    if (!detail::could_exist(user_id)) return domain::follow_stats{};
    auto uow = s.store.begin(ports::access::read_only);
    return uow->social().follow_stats(user_id);
}

// --- groups

domain::result<domain::group_view> create_group(services& s, const actor& who, const create_group_command& cmd) {
    domain::validator v;
    v.text("description", cmd.description);
    v.length("name", cmd.name, 1, 100);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::group_view> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        domain::group g;
        g.id = s.ids.new_id();
        g.name = cmd.name;
        g.description = cmd.description;
        g.created_by = who.user_id;
        g.is_public = cmd.is_public.value_or(true);
        g.created_at = g.updated_at = s.clock.now();
        uow.social().insert_group(g);

        domain::group_member m;
        m.id = s.ids.new_id();
        m.group_id = g.id;
        m.user_id = who.user_id;
        m.role = domain::group_role::admin;
        m.joined_at = g.created_at;
        uow.social().add_member(m);
        // Creating a group counts for Part of a Circle at once (docs/behaviour.md §2).
        detail::track_progress(uow, s, who.user_id);
        auto view = uow.social().find_group(g.id);
        uow.commit();
        if (!view) return domain::group_view{std::move(g), 1};
        return std::move(*view);
    });
}

domain::result<std::vector<domain::group_view>> list_public_groups(services& s, const actor&, ports::page p) {
    auto uow = s.store.begin(ports::access::read_only);
    return uow->social().public_groups(p);
}

domain::result<std::vector<domain::group_view>> list_my_groups(services& s, const actor& who) {
    auto uow = s.store.begin(ports::access::read_only);
    return uow->social().groups_of(who.user_id);
}

domain::result<domain::group_view> get_group(services& s, const actor& who, const domain::id& group_id) {
    auto uow = s.store.begin(ports::access::read_only);
    return visible_group(*uow, who, group_id);
}

domain::result<domain::group_view> update_group(services& s, const actor& who, const domain::id& group_id,
                                                const update_group_command& cmd) {
    domain::validator v;
    v.text("description", cmd.description);
    v.not_null("name", cmd.name, "string");
    if (cmd.name && *cmd.name) v.length("name", **cmd.name, 1, 100);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::group_view> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto found = existing_group(uow, group_id);
        if (!found) return found;
        domain::group g = std::move(found->group);
        if (g.created_by != who.user_id) return domain::error::forbidden("Only group creator can update");
        if (cmd.name) g.name = **cmd.name;
        domain::apply(cmd.description, g.description);
        if (cmd.is_public) g.is_public = *cmd.is_public;
        g.updated_at = s.clock.now();
        uow.social().update_group(g);
        auto view = uow.social().find_group(group_id);
        uow.commit();
        if (!view) return domain::error::not_found("Group not found");
        return std::move(*view);
    });
}

domain::result<domain::done> delete_group(services& s, const actor& who, const domain::id& group_id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::done> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto g = existing_group(uow, group_id);
        if (!g) return std::move(g).error();
        if (g->group.created_by != who.user_id) return domain::error::forbidden("Only group creator can delete");
        uow.social().remove_group(group_id);
        uow.commit();
        return domain::done{};
    });
}

domain::result<domain::group_member> join_group(services& s, const actor& who, const domain::id& group_id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::group_member> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto g = existing_group(uow, group_id);
        if (!g) return std::move(g).error();
        // A private group's id is its invitation: anyone holding it may join (docs/behaviour.md §11).
        if (uow.social().is_member(group_id, who.user_id))
            return domain::error::rule_violation(std::string(already_member));
        domain::group_member m;
        m.id = s.ids.new_id();
        m.group_id = group_id;
        m.user_id = who.user_id;
        m.role = domain::group_role::member;
        m.joined_at = s.clock.now();
        try {
            uow.social().add_member(m);
        } catch (const ports::unique_violation&) {
            return domain::error::rule_violation(std::string(already_member));
        }
        detail::track_progress(uow, s, who.user_id);
        uow.commit();
        return m;
    });
}

domain::result<domain::done> leave_group(services& s, const actor& who, const domain::id& group_id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::done> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        if (!detail::could_exist(group_id) || !uow.social().remove_member(group_id, who.user_id))
            return domain::error::not_found("Not a member of this group");
        uow.commit();
        return domain::done{};
    });
}

domain::result<std::vector<domain::group_member>> list_members(services& s, const actor& who,
                                                               const domain::id& group_id) {
    auto uow = s.store.begin(ports::access::read_only);
    auto g = visible_group(*uow, who, group_id);
    if (!g) return std::move(g).error();
    return uow->social().members(group_id);
}

// --- posts and reactions

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
        p.audience = domain::audience_when_written(place_of(group));
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
    auto g = visible_group(*uow, who, *group_id);
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

domain::result<domain::reaction> react(services& s, const actor& who, const domain::id& post_id,
                                       std::optional<domain::reaction_type> kind) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::reaction> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto p = detail::could_exist(post_id) ? uow.social().find_post(post_id) : std::nullopt;
        // A post the actor may not see is "not found": reacting must not reveal that it exists.
        if (!p || !visible_post(uow, who, p->post)) return domain::error::not_found("Post not found");
        domain::reaction r;
        r.id = s.ids.new_id();
        r.post_id = post_id;
        r.user_id = who.user_id;
        r.kind = kind.value_or(domain::reaction_type::like);
        r.created_at = s.clock.now();
        auto stored = uow.social().react(r);
        uow.commit();
        return stored;
    });
}

domain::result<domain::done> unreact(services& s, const actor& who, const domain::id& post_id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::done> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        if (!detail::could_exist(post_id) || !uow.social().unreact(post_id, who.user_id))
            return domain::error::not_found("No reaction to remove");
        uow.commit();
        return domain::done{};
    });
}

// --- community

domain::result<std::vector<domain::user>> community(services& s, const actor&, long long limit) {
    auto page = make_page(0, limit);
    if (!page) return std::move(page).error();
    auto uow = s.store.begin(ports::access::read_only);
    return uow->social().community(static_cast<std::size_t>(page->limit));
}

}  // namespace offertracker::usecases

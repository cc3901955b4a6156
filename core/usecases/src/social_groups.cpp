// Groups and their members. A duplicate join is pre-checked for the documented 400, and the store's unique key
// turns a race between two requests into the same 400.
#include <offertracker/usecases/social.hpp>

#include <offertracker/domain/validation.hpp>
#include <offertracker/ports/storage_error.hpp>

#include "social_access.hpp"
#include "support.hpp"

namespace offertracker::usecases {
namespace {

constexpr std::string_view already_member = "Already a member of this group";

}  // namespace

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
    return detail::visible_group(*uow, who, group_id);
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
        auto found = detail::existing_group(uow, group_id);
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
        auto g = detail::existing_group(uow, group_id);
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
        auto g = detail::existing_group(uow, group_id);
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
    auto g = detail::visible_group(*uow, who, group_id);
    if (!g) return std::move(g).error();
    return uow->social().members(group_id);
}

}  // namespace offertracker::usecases

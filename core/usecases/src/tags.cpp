// Tags and their assignments. Names are unique per user: a pre-check gives the documented 400, and the store's
// unique key turns a race between two requests into the same 400.
#include <offertracker/usecases/tags.hpp>

#include <offertracker/domain/validation.hpp>
#include <offertracker/ports/storage_error.hpp>

#include "support.hpp"

namespace offertracker::usecases {
namespace {

constexpr std::string_view duplicate_name = "Tag with this name already exists";
constexpr std::string_view already_assigned = "Tag already assigned to this application";

domain::result<domain::tag> owned_tag(ports::unit_of_work& uow, const actor& who, const domain::id& id) {
    auto t = detail::find_by_id(uow.tags(), id);
    if (!t) return domain::error::not_found("Tag not found");
    if (t->user_id != who.user_id) return domain::error::forbidden("Not your tag");
    return std::move(*t);
}

}  // namespace

domain::result<std::vector<domain::tag>> list_tags(services& s, const actor& who) {
    auto uow = s.store.begin(ports::access::read_only);
    return uow->tags().list(who.user_id);
}

domain::result<domain::tag> create_tag(services& s, const actor& who, const create_tag_command& cmd) {
    domain::validator v;
    v.length("name", cmd.name, 1, 50);
    if (cmd.color) v.length("color", *cmd.color, 1, 7);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::tag> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        if (uow.tags().find_by_name(who.user_id, cmd.name)) return domain::error::rule_violation(std::string(duplicate_name));

        domain::tag t;
        t.id = s.ids.new_id();
        t.user_id = who.user_id;
        t.name = cmd.name;
        t.color = cmd.color.value_or(std::string(default_tag_color));
        t.created_at = s.clock.now();
        try {
            uow.tags().insert(t);
        } catch (const ports::unique_violation&) {
            return domain::error::rule_violation(std::string(duplicate_name));  // another request won the race
        }
        detail::track_progress(uow, s, who.user_id);
        uow.commit();
        return t;
    });
}

domain::result<domain::tag> update_tag(services& s, const actor& who, const domain::id& id,
                                       const update_tag_command& cmd) {
    domain::validator v;
    v.not_null("name", cmd.name, "string");
    v.not_null("color", cmd.color, "string");
    if (cmd.name && *cmd.name) v.length("name", **cmd.name, 1, 50);
    if (cmd.color && *cmd.color) v.length("color", **cmd.color, 1, 7);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::tag> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto found = owned_tag(uow, who, id);
        if (!found) return std::move(found).error();
        domain::tag t = std::move(*found);
        if (cmd.name && **cmd.name != t.name) {
            auto clash = uow.tags().find_by_name(who.user_id, **cmd.name);
            if (clash && clash->id != t.id) return domain::error::rule_violation(std::string(duplicate_name));
            t.name = **cmd.name;
        }
        if (cmd.color) t.color = **cmd.color;
        try {
            uow.tags().update(t);
        } catch (const ports::unique_violation&) {
            return domain::error::rule_violation(std::string(duplicate_name));
        }
        uow.commit();
        return t;
    });
}

domain::result<domain::done> delete_tag(services& s, const actor& who, const domain::id& id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::done> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto t = owned_tag(uow, who, id);
        if (!t) return std::move(t).error();
        uow.tags().remove(id);
        uow.commit();
        return domain::done{};
    });
}

domain::result<std::vector<application_tag_view>> list_application_tags(services& s, const actor& who,
                                                                         const domain::id& application_id) {
    auto uow = s.store.begin(ports::access::read_only);
    auto app = detail::owned_application(*uow, who, application_id);
    if (!app) return std::move(app).error();
    std::vector<application_tag_view> out;
    for (auto& [link, tag] : uow->tags().list_for(application_id)) out.push_back({std::move(link), std::move(tag)});
    return out;
}

domain::result<application_tag_view> assign_tag(services& s, const actor& who, const domain::id& application_id,
                                                const domain::id& tag_id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<application_tag_view> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto app = detail::owned_application(uow, who, application_id);
        if (!app) return std::move(app).error();
        // Someone else's tag is "not found" here: assigning never reveals another user's tags.
        auto tag = detail::find_by_id(uow.tags(), tag_id);
        if (!tag || tag->user_id != who.user_id) return domain::error::not_found("Tag not found");
        for (const auto& [link, assigned] : uow.tags().list_for(application_id))
            if (link.tag_id == tag_id) return domain::error::rule_violation(std::string(already_assigned));

        domain::application_tag link;
        link.id = s.ids.new_id();
        link.user_id = who.user_id;
        link.application_id = application_id;
        link.tag_id = tag_id;
        link.created_at = s.clock.now();
        try {
            uow.tags().assign(link);
        } catch (const ports::unique_violation&) {
            return domain::error::rule_violation(std::string(already_assigned));
        }

        detail::activity_recorder log(uow, s, who.user_id);
        log.record(application_id, "Tag Assigned", "Tagged application with '" + tag->name + "'");
        uow.commit();
        return application_tag_view{std::move(link), std::nullopt};
    });
}

domain::result<domain::done> unassign_tag(services& s, const actor& who, const domain::id& application_id,
                                          const domain::id& tag_id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::done> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto app = detail::owned_application(uow, who, application_id);
        if (!app) return std::move(app).error();
        if (!detail::could_exist(tag_id) || !uow.tags().unassign(application_id, tag_id))
            return domain::error::not_found("Tag not assigned to this application");
        uow.commit();
        return domain::done{};
    });
}

}  // namespace offertracker::usecases

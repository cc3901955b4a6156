// Reactions to posts: one per user and post, the latest kind wins.
#include <offertracker/usecases/social.hpp>

#include "social_access.hpp"
#include "support.hpp"

namespace offertracker::usecases {

domain::result<domain::reaction> react(services& s, const actor& who, const domain::id& post_id,
                                       std::optional<domain::reaction_type> kind) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::reaction> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto p = detail::could_exist(post_id) ? uow.social().find_post(post_id) : std::nullopt;
        // A post the actor may not see is "not found": reacting must not reveal that it exists.
        if (!p || !detail::visible_post(uow, who, p->post)) return domain::error::not_found("Post not found");
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

}  // namespace offertracker::usecases

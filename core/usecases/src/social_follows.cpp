// Follows and the community list. A duplicate follow is pre-checked for the documented 400, and the store's
// unique key turns a race between two requests into the same 400.
#include <offertracker/usecases/social.hpp>

#include <offertracker/ports/storage_error.hpp>
#include <offertracker/usecases/paging.hpp>

#include "support.hpp"

namespace offertracker::usecases {
namespace {

constexpr std::string_view already_following = "Already following this user";

}  // namespace

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

domain::result<std::vector<domain::user>> community(services& s, const actor&, long long limit) {
    auto page = make_page(0, limit);
    if (!page) return std::move(page).error();
    auto uow = s.store.begin(ports::access::read_only);
    return uow->social().community(static_cast<std::size_t>(page->limit));
}

}  // namespace offertracker::usecases

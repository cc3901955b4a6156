// People in memory: the user search under the profile-visibility rule, and the community list.
#include <offertracker/domain/visibility.hpp>

#include "in_memory_social_repository.hpp"
#include "in_memory_social_rows.hpp"

namespace offertracker::adapters::memory::detail {

std::vector<domain::user> in_memory_social_repository::search_visible(const domain::id& viewer_id,
                                                                       std::string_view q, ports::page p) {
    const auto& s = unit_.read();
    const std::string needle = ascii_lower(q);
    auto contains = [&](std::string_view text) { return ascii_lower(text).find(needle) != std::string::npos; };

    std::vector<domain::user> found;
    for (const auto& [id, u] : s.users) {
        if (!contains(u.username) && !(u.display_name && contains(*u.display_name))) continue;
        // The policy itself, so this store agrees with domain::may_view_profile by construction.
        const domain::relationship rel{
            .is_self = u.id == viewer_id,
            .follows_owner = follows_in(s, viewer_id, u.id),
            .shares_a_group = share_a_group_in(s, viewer_id, u.id),
        };
        if (domain::may_view_profile(u.visibility, rel)) found.push_back(u);
    }
    std::ranges::sort(found, {}, &domain::user::username);
    return page_of(std::move(found), p);
}

std::vector<domain::user> in_memory_social_repository::community(std::size_t limit) {
    std::vector<domain::user> found;
    for (const auto& [id, u] : unit_.read().users)
        if (u.visibility == domain::profile_visibility::public_) found.push_back(u);
    std::ranges::sort(found, [](const domain::user& a, const domain::user& b) {
        // Most recently active first; never active (nullopt) after every date.
        if (a.last_active_date != b.last_active_date) {
            if (!a.last_active_date) return false;
            if (!b.last_active_date) return true;
            return *a.last_active_date > *b.last_active_date;
        }
        return a.username < b.username;
    });
    if (found.size() > limit) found.resize(limit);
    return found;
}

}  // namespace offertracker::adapters::memory::detail

// The social response models, field for field as the seed lists them.
#include "views_social.hpp"

#include <offertracker/http/kit/json_values.hpp>

namespace offertracker::adapters::http::offertracker_api {
namespace json = boost::json;
using kit::opt;
using kit::when;

json::object follow_view(const domain::follow& f) {
    return {{"id", f.id}, {"follower_id", f.follower_id}, {"following_id", f.following_id},
            {"created_at", when(f.created_at)}};
}

json::object follow_stats_view(const domain::follow_stats& s) {
    return {{"followers_count", s.followers_count}, {"following_count", s.following_count}};
}

json::object group_view(const domain::group_view& v) {
    const auto& g = v.group;
    return {{"id", g.id},
            {"name", g.name},
            {"description", opt(g.description)},
            {"created_by", g.created_by},
            {"is_public", g.is_public},
            {"member_count", v.member_count},
            {"created_at", when(g.created_at)},
            {"updated_at", when(g.updated_at)}};
}

json::object group_member_view(const domain::group_member& m) {
    return {{"id", m.id},
            {"group_id", m.group_id},
            {"user_id", m.user_id},
            {"role", domain::to_string(m.role)},
            {"joined_at", when(m.joined_at)}};
}

json::object post_view(const domain::post_view& v) {
    const auto& p = v.post;
    return {{"id", p.id},
            {"user_id", p.user_id},
            {"group_id", opt(p.group_id)},
            {"post_type", domain::to_string(p.post_type)},
            {"title", opt(p.title)},
            {"content", p.content},
            {"is_public", p.is_public},
            {"reaction_count", v.reaction_count},
            {"created_at", when(p.created_at)},
            {"updated_at", when(p.updated_at)}};
}

json::object reaction_view(const domain::reaction& r) {
    return {{"id", r.id},
            {"post_id", r.post_id},
            {"user_id", r.user_id},
            {"reaction", domain::to_string(r.kind)},
            {"created_at", when(r.created_at)}};
}

json::object community_entry_view(const domain::user& u) {
    return {{"user_id", u.id}, {"username", u.username}, {"display_name", opt(u.display_name)},
            {"streak_days", u.streak_days}};
}

}  // namespace offertracker::adapters::http::offertracker_api

// The social layer's response models: FollowResponse, FollowStats, GroupResponse, GroupMemberResponse,
// PostResponse, ReactionResponse and CommunityMemberEntry.
#pragma once

#include <boost/json.hpp>

#include <offertracker/domain/social.hpp>
#include <offertracker/domain/user.hpp>

namespace offertracker::adapters::http::offertracker_api {

boost::json::object follow_view(const domain::follow& f);             // FollowResponse
boost::json::object follow_stats_view(const domain::follow_stats& s);  // FollowStats
boost::json::object group_view(const domain::group_view& g);           // GroupResponse (member_count computed)
boost::json::object group_member_view(const domain::group_member& m);  // GroupMemberResponse
boost::json::object post_view(const domain::post_view& p);             // PostResponse (reaction_count computed)
boost::json::object reaction_view(const domain::reaction& r);          // ReactionResponse
boost::json::object community_entry_view(const domain::user& u);       // CommunityMemberEntry

}  // namespace offertracker::adapters::http::offertracker_api

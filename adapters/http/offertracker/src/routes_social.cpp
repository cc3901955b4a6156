// /social: follows, groups and members, posts and reactions; and /progress/community.
#include <offertracker/usecases/social.hpp>

#include "handlers.hpp"
#include "route_docs.hpp"
#include "routes.hpp"
#include "views_social.hpp"
#include "views_tracker.hpp"

namespace offertracker::adapters::http::offertracker_api {
namespace {

// {"detail": message} for a successful delete-like action.
auto done_detail(std::string_view message) {
    return [message](domain::done) { return boost::json::object{{"detail", message}}; };
}

template <class View>
auto list_of(View view) {
    return [view](const auto& items) { return array_of(items, view); };
}

// Runs run(page) with skip/limit (default limit 50), or answers the 422.
template <class Run>
response paged(const request& req, Run run) {
    query_reader query(req.query);
    auto page = read_page(query, 50);
    if (auto e = std::move(query).finish()) return error_reply(*e);
    return run(*page);
}

}  // namespace

void add_social_routes(mount& m, const context& c) {
    auto& s = c.services;

    // --- follows
    m.post("/social/follow/{user_id}", authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::follow_user(s, who, param(p, "user_id")), 201, follow_view);
    }), doc("Social", "Follow a user").authenticated().returns(201, "The follow", "FollowResponse").errors({400, 404}));
    m.del("/social/follow/{user_id}", authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::unfollow_user(s, who, param(p, "user_id")), 200, done_detail("Unfollowed successfully"));
    }), doc("Social", "Unfollow a user").authenticated().returns(200, "Unfollowed successfully", "Deleted").errors({404}));
    m.get("/social/followers/{user_id}",
          authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
              return paged(req, [&](ports::page pg) {
                  return reply(usecases::list_followers(s, who, param(p, "user_id"), pg), 200, list_of(follow_view));
              });
          }),
          doc("Social", "A user's followers").authenticated().page(50).returns(200, "The follows", "FollowResponse[]"));
    m.get("/social/following/{user_id}",
          authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
              return paged(req, [&](ports::page pg) {
                  return reply(usecases::list_following(s, who, param(p, "user_id"), pg), 200, list_of(follow_view));
              });
          }),
          doc("Social", "Who a user follows").authenticated().page(50).returns(200, "The follows", "FollowResponse[]"));
    m.get("/social/follow-stats/{user_id}",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::get_follow_stats(s, who, param(p, "user_id")), 200, follow_stats_view);
          }),
          doc("Social", "A user's follower and following counts").authenticated()
              .returns(200, "The counts", "FollowStats"));

    // --- groups
    m.post("/social/groups", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        return with_body(
            req,
            [](body_reader& b) {
                return usecases::create_group_command{b.required_string("name"), b.optional_string("description"),
                                                      b.optional_bool("is_public")};
            },
            [&](const auto& cmd) { return reply(usecases::create_group(s, who, cmd), 201, group_view); });
    }), doc("Social", "Create a group (you join it as its admin)").authenticated().body("GroupCreate")
            .returns(201, "The group", "GroupResponse"));
    m.get("/social/groups", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        return paged(req, [&](ports::page pg) {
            return reply(usecases::list_public_groups(s, who, pg), 200, list_of(group_view));
        });
    }), doc("Social", "List public groups").authenticated().page(50).returns(200, "The groups", "GroupResponse[]"));
    m.get("/social/groups/mine", authed(c, [&s](const request&, const path_params&, const usecases::actor& who) {
        return reply(usecases::list_my_groups(s, who), 200, list_of(group_view));
    }), doc("Social", "The groups you belong to").authenticated().returns(200, "The groups", "GroupResponse[]"));
    m.get("/social/groups/{group_id}",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::get_group(s, who, param(p, "group_id")), 200, group_view);
          }),
          doc("Social", "Get a group with its member count (a private one: members only)").authenticated()
              .returns(200, "The group", "GroupResponse").errors({403, 404}));
    m.put("/social/groups/{group_id}",
          authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
              return with_body(
                  req,
                  [](body_reader& b) {
                      return usecases::update_group_command{b.patch_string("name"), b.patch_string("description"),
                                                            b.optional_bool("is_public")};
                  },
                  [&](const auto& cmd) {
                      return reply(usecases::update_group(s, who, param(p, "group_id"), cmd), 200, group_view);
                  });
          }),
          doc("Social", "Update a group (its creator only)").authenticated().body("GroupUpdate")
              .returns(200, "The group", "GroupResponse").errors({403, 404}));
    m.del("/social/groups/{group_id}",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::delete_group(s, who, param(p, "group_id")), 200, done_detail("Group deleted"));
          }),
          doc("Social", "Delete a group (its creator only)").authenticated()
              .returns(200, "Group deleted", "Deleted").errors({403, 404}));
    m.post("/social/groups/{group_id}/join",
           authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
               return reply(usecases::join_group(s, who, param(p, "group_id")), 201, group_member_view);
           }),
           doc("Social", "Join a group").authenticated()
               .returns(201, "Your membership", "GroupMemberResponse").errors({400, 404}));
    m.del("/social/groups/{group_id}/leave",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::leave_group(s, who, param(p, "group_id")), 200,
                           done_detail("Left group successfully"));
          }),
          doc("Social", "Leave a group").authenticated().returns(200, "Left group successfully", "Deleted").errors({404}));
    m.get("/social/groups/{group_id}/members",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::list_members(s, who, param(p, "group_id")), 200, list_of(group_member_view));
          }),
          doc("Social", "List a group's members (a private group: members only)").authenticated()
              .returns(200, "The members", "GroupMemberResponse[]").errors({403, 404}));

    // --- posts
    m.post("/social/posts", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        return with_body(
            req,
            [](body_reader& b) {
                usecases::create_post_command cmd;
                cmd.content = b.required_string("content");
                cmd.post_type = b.optional_enum<domain::post_type>("post_type");
                cmd.title = b.optional_string("title");
                cmd.group_id = b.optional_string("group_id");
                cmd.is_public = b.optional_bool("is_public");
                return cmd;
            },
            [&](const auto& cmd) { return reply(usecases::create_post(s, who, cmd), 201, post_view); });
    }), doc("Social", "Write a post, optionally into a group you belong to").authenticated().body("PostCreate")
            .returns(201, "The post", "PostResponse").errors({403, 404}));
    m.get("/social/posts/feed", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        query_reader query(req.query);
        auto group = query.string("group_id");
        if (group && group->empty()) group.reset();
        auto page = read_page(query, 50);
        if (auto e = std::move(query).finish()) return error_reply(*e);
        return reply(usecases::feed(s, who, group, *page), 200, list_of(post_view));
    }), doc("Social", "The post feed: public posts, or one group's").authenticated()
            .query("group_id", R"({"type":"string"})", "Only this group's posts").page(50)
            .returns(200, "The posts", "PostResponse[]").errors({403, 404}));
    m.get("/social/posts/mine", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        return paged(req, [&](ports::page pg) {
            return reply(usecases::list_my_posts(s, who, pg), 200, list_of(post_view));
        });
    }), doc("Social", "Your posts").authenticated().page(50).returns(200, "The posts", "PostResponse[]"));
    m.put("/social/posts/{post_id}",
          authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
              return with_body(
                  req,
                  [](body_reader& b) {
                      return usecases::update_post_command{b.patch_string("title"), b.patch_string("content"),
                                                           b.optional_bool("is_public")};
                  },
                  [&](const auto& cmd) {
                      return reply(usecases::update_post(s, who, param(p, "post_id"), cmd), 200, post_view);
                  });
          }),
          doc("Social", "Update a post (its author only)").authenticated().body("PostUpdate")
              .returns(200, "The post", "PostResponse").errors({403, 404}));
    m.del("/social/posts/{post_id}",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::delete_post(s, who, param(p, "post_id")), 200, done_detail("Post deleted"));
          }),
          doc("Social", "Delete a post (its author only)").authenticated()
              .returns(200, "Post deleted", "Deleted").errors({403, 404}));
    m.post("/social/posts/{post_id}/react",
           authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
               // An empty body means the default reaction.
               if (req.body.empty()) return reply(usecases::react(s, who, param(p, "post_id"), std::nullopt), 201, reaction_view);
               return with_body(
                   req, [](body_reader& b) { return b.optional_enum<domain::reaction_type>("reaction"); },
                   [&](const auto& kind) {
                       return reply(usecases::react(s, who, param(p, "post_id"), kind), 201, reaction_view);
                   });
           }),
           doc("Social", "React to a post (replaces your previous reaction; an empty body means Like)").authenticated()
               .body("ReactionCreate").returns(201, "The reaction", "ReactionResponse").errors({404}));
    m.del("/social/posts/{post_id}/react",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::unreact(s, who, param(p, "post_id")), 200, done_detail("Reaction removed"));
          }),
          doc("Social", "Remove your reaction from a post").authenticated()
              .returns(200, "Reaction removed", "Deleted").errors({404}));
}

void add_community_routes(mount& m, const context& c) {
    m.get("/progress/community", authed(c, [&c](const request& req, const path_params&, const usecases::actor& who) {
        query_reader query(req.query);
        const auto limit = query.integer("limit", 20);
        if (auto e = std::move(query).finish()) return error_reply(*e);
        return reply(usecases::community(c.services, who, *limit), 200, list_of(community_entry_view), "query");
    }), doc("Progress", "Active users with public profiles, most recently active first").authenticated()
            .query("limit", R"({"type":"integer","minimum":1,"maximum":1000,"default":20})", "Users to return")
            .returns(200, "The community", "CommunityMemberEntry[]"));
}

}  // namespace offertracker::adapters::http::offertracker_api

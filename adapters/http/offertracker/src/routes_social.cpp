// /social: follows, groups and members, posts and reactions; and /progress/community.
#include <offertracker/usecases/social.hpp>

#include "query_reader.hpp"
#include "routes.hpp"
#include "views_social.hpp"
#include "views_tracker.hpp"

namespace offertracker::adapters::http::offertracker_api {
namespace {

using tracker::param;
using tracker::with_body;

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
    auto page = query.page(50);
    if (auto e = std::move(query).finish()) return error_reply(*e);
    return run(*page);
}

}  // namespace

void add_social_routes(mount& m, const context& c) {
    auto& s = c.services;

    // --- follows
    m.post("/social/follow/{user_id}", authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::follow_user(s, who, param(p, "user_id")), 201, follow_view);
    }));
    m.del("/social/follow/{user_id}", authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::unfollow_user(s, who, param(p, "user_id")), 200, done_detail("Unfollowed successfully"));
    }));
    m.get("/social/followers/{user_id}",
          authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
              return paged(req, [&](ports::page pg) {
                  return reply(usecases::list_followers(s, who, param(p, "user_id"), pg), 200, list_of(follow_view));
              });
          }));
    m.get("/social/following/{user_id}",
          authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
              return paged(req, [&](ports::page pg) {
                  return reply(usecases::list_following(s, who, param(p, "user_id"), pg), 200, list_of(follow_view));
              });
          }));
    m.get("/social/follow-stats/{user_id}",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::get_follow_stats(s, who, param(p, "user_id")), 200, follow_stats_view);
          }));

    // --- groups
    m.post("/social/groups", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        return with_body(
            req,
            [](body_reader& b) {
                return usecases::create_group_command{b.required_string("name"), b.optional_string("description"),
                                                      b.optional_bool("is_public")};
            },
            [&](const auto& cmd) { return reply(usecases::create_group(s, who, cmd), 201, group_view); });
    }));
    m.get("/social/groups", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        return paged(req, [&](ports::page pg) {
            return reply(usecases::list_public_groups(s, who, pg), 200, list_of(group_view));
        });
    }));
    m.get("/social/groups/mine", authed(c, [&s](const request&, const path_params&, const usecases::actor& who) {
        return reply(usecases::list_my_groups(s, who), 200, list_of(group_view));
    }));
    m.get("/social/groups/{group_id}",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::get_group(s, who, param(p, "group_id")), 200, group_view);
          }));
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
          }));
    m.del("/social/groups/{group_id}",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::delete_group(s, who, param(p, "group_id")), 200, done_detail("Group deleted"));
          }));
    m.post("/social/groups/{group_id}/join",
           authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
               return reply(usecases::join_group(s, who, param(p, "group_id")), 201, group_member_view);
           }));
    m.del("/social/groups/{group_id}/leave",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::leave_group(s, who, param(p, "group_id")), 200,
                           done_detail("Left group successfully"));
          }));
    m.get("/social/groups/{group_id}/members",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::list_members(s, who, param(p, "group_id")), 200, list_of(group_member_view));
          }));

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
    }));
    m.get("/social/posts/feed", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        query_reader query(req.query);
        auto group = query.string("group_id");
        if (group && group->empty()) group.reset();
        auto page = query.page(50);
        if (auto e = std::move(query).finish()) return error_reply(*e);
        return reply(usecases::feed(s, who, group, *page), 200, list_of(post_view));
    }));
    m.get("/social/posts/mine", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        return paged(req, [&](ports::page pg) {
            return reply(usecases::list_my_posts(s, who, pg), 200, list_of(post_view));
        });
    }));
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
          }));
    m.del("/social/posts/{post_id}",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::delete_post(s, who, param(p, "post_id")), 200, done_detail("Post deleted"));
          }));
    m.post("/social/posts/{post_id}/react",
           authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
               // An empty body means the default reaction.
               if (req.body.empty()) return reply(usecases::react(s, who, param(p, "post_id"), std::nullopt), 201, reaction_view);
               return with_body(
                   req, [](body_reader& b) { return b.optional_enum<domain::reaction_type>("reaction"); },
                   [&](const auto& kind) {
                       return reply(usecases::react(s, who, param(p, "post_id"), kind), 201, reaction_view);
                   });
           }));
    m.del("/social/posts/{post_id}/react",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::unreact(s, who, param(p, "post_id")), 200, done_detail("Reaction removed"));
          }));
}

void add_community_routes(mount& m, const context& c) {
    m.get("/progress/community", authed(c, [&c](const request& req, const path_params&, const usecases::actor& who) {
        query_reader query(req.query);
        const long long limit = query.integer("limit", 20);
        if (auto e = std::move(query).finish()) return error_reply(*e);
        return reply(usecases::community(c.services, who, limit), 200, list_of(community_entry_view));
    }));
}

}  // namespace offertracker::adapters::http::offertracker_api

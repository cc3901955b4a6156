// ports::social_repository on one SOCI session (the unit of work's transaction).
#pragma once

#include <functional>
#include <string>

#include <offertracker/ports/social_repository.hpp>

#include "dialect.hpp"

namespace offertracker::adapters::sql {

class query;

class sql_social_repository final : public ports::social_repository {
public:
    sql_social_repository(soci::session& s, const dialect& d) : session_(s), dialect_(d) {}

    void follow(const domain::follow& f) override;
    bool unfollow(const domain::id& follower_id, const domain::id& following_id) override;
    bool follows(const domain::id& follower_id, const domain::id& following_id) override;
    std::vector<domain::follow> followers(const domain::id& user_id, ports::page p) override;
    std::vector<domain::follow> following(const domain::id& user_id, ports::page p) override;
    domain::follow_stats follow_stats(const domain::id& user_id) override;

    void insert_group(const domain::group& g) override;
    void update_group(const domain::group& g) override;
    void remove_group(const domain::id& group_id) override;
    std::optional<domain::group_view> find_group(const domain::id& group_id) override;
    std::vector<domain::group_view> public_groups(ports::page p) override;
    std::vector<domain::group_view> groups_of(const domain::id& user_id) override;
    void add_member(const domain::group_member& m) override;
    bool remove_member(const domain::id& group_id, const domain::id& user_id) override;
    bool is_member(const domain::id& group_id, const domain::id& user_id) override;
    std::vector<domain::group_member> members(const domain::id& group_id) override;
    bool share_a_group(const domain::id& a, const domain::id& b) override;

    void insert_post(const domain::post& p) override;
    void update_post(const domain::post& p) override;
    void remove_post(const domain::id& post_id) override;
    std::optional<domain::post_view> find_post(const domain::id& post_id) override;
    std::vector<domain::post_view> public_posts(ports::page p) override;
    std::vector<domain::post_view> group_posts(const domain::id& group_id, bool viewer_is_member,
                                               ports::page p) override;
    std::vector<domain::post_view> posts_of(const domain::id& user_id, ports::page p) override;
    domain::reaction react(const domain::reaction& r) override;
    bool unreact(const domain::id& post_id, const domain::id& user_id) override;

    std::vector<domain::user> search_visible(const domain::id& viewer_id, std::string_view q, ports::page p) override;
    std::vector<domain::user> community(std::size_t limit) override;

private:
    // Groups with their member counts: "SELECT <group columns, count> " + tail, bound by bind.
    std::vector<domain::group_view> list_groups(std::string_view context, const std::string& tail,
                                                const std::function<void(query&)>& bind);
    // Posts with their reaction counts matching where, newest first, page p.
    std::vector<domain::post_view> list_posts(std::string_view context, const std::string& where,
                                              const std::function<void(query&)>& bind, ports::page p);

    soci::session& session_;
    const dialect& dialect_;
};

}  // namespace offertracker::adapters::sql

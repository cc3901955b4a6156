// The repository implementations of an in-memory unit of work (internal to this adapter).
#pragma once

#include <offertracker/ports/unit_of_work.hpp>

#include "unit_access.hpp"

namespace offertracker::adapters::memory::detail {

class in_memory_user_repository final : public ports::user_repository {
public:
    explicit in_memory_user_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::user& u) override;
    void update(const domain::user& u) override;
    std::optional<domain::user> find(const domain::id& id) override;
    std::optional<domain::user> find_by_email(std::string_view email) override;
    std::optional<domain::user> find_by_username(std::string_view username) override;
    std::vector<domain::user> search_public(std::string_view q, ports::page p) override;

private:
    unit_access& unit_;
};

class in_memory_resume_repository final : public ports::resume_repository {
public:
    explicit in_memory_resume_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::resume& r) override;
    void update(const domain::resume& r) override;
    void remove(const domain::id& id) override;
    std::optional<domain::resume> find(const domain::id& id) override;
    std::vector<domain::resume> list(const domain::id& user_id, ports::page p) override;

private:
    unit_access& unit_;
};

class in_memory_application_repository final : public ports::application_repository {
public:
    explicit in_memory_application_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::application& a) override;
    void update(const domain::application& a) override;
    void remove(const domain::id& id) override;
    std::optional<domain::application> find(const domain::id& id) override;
    std::vector<domain::application> list(const domain::id& user_id, const ports::application_filter& f,
                                          ports::page p) override;
    std::vector<domain::application> list_all(const domain::id& user_id) override;

private:
    unit_access& unit_;
};

class in_memory_stage_repository final : public ports::stage_repository {
public:
    explicit in_memory_stage_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::stage& s) override;
    void update(const domain::stage& s) override;
    void remove(const domain::id& id) override;
    std::optional<domain::stage> find(const domain::id& id) override;
    std::vector<domain::stage> list_for(const std::vector<domain::id>& application_ids) override;
    std::vector<domain::stage> list_for_user(const domain::id& user_id) override;

private:
    unit_access& unit_;
};

class in_memory_outcome_repository final : public ports::outcome_repository {
public:
    explicit in_memory_outcome_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::outcome& o) override;
    void update(const domain::outcome& o) override;
    void remove(const domain::id& id) override;
    std::optional<domain::outcome> find(const domain::id& id) override;
    std::optional<domain::outcome> find_for(const domain::id& application_id) override;
    std::vector<domain::outcome> list_for(const std::vector<domain::id>& application_ids) override;
    std::vector<domain::outcome> list_for_user(const domain::id& user_id) override;

private:
    unit_access& unit_;
};

class in_memory_reflection_repository final : public ports::reflection_repository {
public:
    explicit in_memory_reflection_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::reflection& r) override;
    void update(const domain::reflection& r) override;
    void remove(const domain::id& id) override;
    std::optional<domain::reflection> find(const domain::id& id) override;
    std::optional<domain::reflection> find_for(const domain::id& application_id) override;
    std::vector<domain::reflection> list_for(const std::vector<domain::id>& application_ids) override;

private:
    unit_access& unit_;
};

class in_memory_activity_repository final : public ports::activity_repository {
public:
    explicit in_memory_activity_repository(unit_access& unit) : unit_(unit) {}
    void append(const domain::activity_entry& e) override;
    std::vector<domain::activity_entry> list(const domain::id& user_id,
                                             const std::optional<domain::id>& application_id,
                                             ports::page p) override;

private:
    unit_access& unit_;
};

class in_memory_contact_repository final : public ports::contact_repository {
public:
    explicit in_memory_contact_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::contact& c) override;
    void update(const domain::contact& c) override;
    void remove(const domain::id& id) override;
    std::optional<domain::contact> find(const domain::id& id) override;
    std::vector<domain::contact> list(const domain::id& user_id, const ports::contact_filter& f,
                                      ports::page p) override;

private:
    unit_access& unit_;
};

class in_memory_document_repository final : public ports::document_repository {
public:
    explicit in_memory_document_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::document& d) override;
    void update(const domain::document& d) override;
    void remove(const domain::id& id) override;
    std::optional<domain::document> find(const domain::id& id) override;
    std::vector<domain::document> list_for(const domain::id& application_id) override;

private:
    unit_access& unit_;
};

class in_memory_reminder_repository final : public ports::reminder_repository {
public:
    explicit in_memory_reminder_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::reminder& r) override;
    void update(const domain::reminder& r) override;
    void remove(const domain::id& id) override;
    std::optional<domain::reminder> find(const domain::id& id) override;
    std::vector<domain::reminder> list(const domain::id& user_id, const ports::reminder_filter& f,
                                       ports::page p) override;
    std::vector<domain::reminder> upcoming(const domain::id& user_id, std::size_t limit) override;

private:
    unit_access& unit_;
};

class in_memory_tag_repository final : public ports::tag_repository {
public:
    explicit in_memory_tag_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::tag& t) override;
    void update(const domain::tag& t) override;
    void remove(const domain::id& id) override;
    std::optional<domain::tag> find(const domain::id& id) override;
    std::optional<domain::tag> find_by_name(const domain::id& user_id, std::string_view name) override;
    std::vector<domain::tag> list(const domain::id& user_id) override;
    void assign(const domain::application_tag& link) override;
    bool unassign(const domain::id& application_id, const domain::id& tag_id) override;
    std::vector<std::pair<domain::application_tag, domain::tag>> list_for(const domain::id& application_id) override;

private:
    unit_access& unit_;
};

class in_memory_saved_job_repository final : public ports::saved_job_repository {
public:
    explicit in_memory_saved_job_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::saved_job& j) override;
    void update(const domain::saved_job& j) override;
    void remove(const domain::id& id) override;
    std::optional<domain::saved_job> find(const domain::id& id) override;
    std::vector<domain::saved_job> list(const domain::id& user_id, const ports::saved_job_filter& f,
                                        ports::page p) override;

private:
    unit_access& unit_;
};

class in_memory_progress_repository final : public ports::progress_repository {
public:
    explicit in_memory_progress_repository(unit_access& unit) : unit_(unit) {}
    std::vector<domain::milestone> milestones() override;
    std::vector<std::pair<domain::user_milestone, domain::milestone>> reached(const domain::id& user_id) override;
    bool award(const domain::user_milestone& m) override;
    domain::progress_counts counts(const domain::id& user_id) override;

private:
    unit_access& unit_;
};

class in_memory_social_repository final : public ports::social_repository {
public:
    explicit in_memory_social_repository(unit_access& unit) : unit_(unit) {}
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
    unit_access& unit_;
};

}  // namespace offertracker::adapters::memory::detail

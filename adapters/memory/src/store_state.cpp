// Foreign-key checks shared by the in-memory repositories.
#include "store_state.hpp"

#include <chrono>

#include <offertracker/ports/storage_error.hpp>

namespace offertracker::adapters::memory::detail {

bool of_live_application(const store_state& s, const std::optional<domain::id>& application_id) {
    if (!application_id) return true;
    auto it = s.applications.find(*application_id);
    return it == s.applications.end() || !it->second.deleted_at;
}

void require_user(const store_state& s, const domain::id& user_id) {
    if (!s.users.contains(user_id))
        throw ports::storage_error("in-memory store: foreign key violation: no user " + user_id);
}

void require_application(const store_state& s, const domain::id& application_id) {
    if (!s.applications.contains(application_id))
        throw ports::storage_error("in-memory store: foreign key violation: no application " + application_id);
}

void require_resume(const store_state& s, const domain::id& resume_id) {
    if (!s.resumes.contains(resume_id))
        throw ports::storage_error("in-memory store: foreign key violation: no resume " + resume_id);
}

void require_tag(const store_state& s, const domain::id& tag_id) {
    if (!s.tags.contains(tag_id))
        throw ports::storage_error("in-memory store: foreign key violation: no tag " + tag_id);
}

void require_milestone(const store_state& s, const domain::id& milestone_id) {
    if (!s.milestones.contains(milestone_id))
        throw ports::storage_error("in-memory store: foreign key violation: no milestone " + milestone_id);
}

void require_group(const store_state& s, const domain::id& group_id) {
    if (!s.groups.contains(group_id))
        throw ports::storage_error("in-memory store: foreign key violation: no group " + group_id);
}

void require_post(const store_state& s, const domain::id& post_id) {
    if (!s.posts.contains(post_id))
        throw ports::storage_error("in-memory store: foreign key violation: no post " + post_id);
}

std::map<domain::id, domain::milestone> seeded_milestones() {
    using namespace std::chrono;
    // Must equal the created_at values migration 002 writes, so every store lists the same rows.
    const domain::timestamp base{sys_days{2025y / January / 1}};
    std::map<domain::id, domain::milestone> out;
    long long index = 0;
    for (const auto& d : domain::milestone_definitions) {
        domain::milestone m{std::string{d.id}, std::string{d.name}, std::string{d.description},
                            std::string{d.criteria_json}, base + seconds{index++}};
        out.emplace(m.id, std::move(m));
    }
    return out;
}

}  // namespace offertracker::adapters::memory::detail

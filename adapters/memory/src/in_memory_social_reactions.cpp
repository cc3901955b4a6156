// Reactions in memory: one per (post, user), a repeat replaces the kind (the SQL upsert).
#include <offertracker/ports/storage_error.hpp>

#include "in_memory_social_repository.hpp"
#include "in_memory_social_rows.hpp"

namespace offertracker::adapters::memory::detail {

domain::reaction in_memory_social_repository::react(const domain::reaction& r) {
    auto& s = unit_.write();
    // ON CONFLICT (post_id, user_id) DO UPDATE SET reaction: the stored row keeps its id and created_at.
    for (auto& [id, existing] : s.reactions) {
        if (existing.post_id == r.post_id && existing.user_id == r.user_id) {
            existing.kind = r.kind;
            return existing;
        }
    }
    if (s.reactions.contains(r.id)) throw ports::unique_violation("post_reactions.id is taken");
    require_post(s, r.post_id);
    require_user(s, r.user_id);
    s.reactions.emplace(r.id, r);
    return r;
}

bool in_memory_social_repository::unreact(const domain::id& post_id, const domain::id& user_id) {
    auto& s = unit_.write();
    return std::erase_if(s.reactions, [&](const auto& row) {
               return row.second.post_id == post_id && row.second.user_id == user_id;
           }) > 0;
}

}  // namespace offertracker::adapters::memory::detail

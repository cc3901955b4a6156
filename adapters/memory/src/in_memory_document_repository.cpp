// Application documents in memory; they go with their application.
#include <algorithm>
#include <tuple>

#include <offertracker/ports/storage_error.hpp>

#include "in_memory_document_repository.hpp"

namespace offertracker::adapters::memory::detail {
namespace {

void require_parents(const store_state& s, const domain::document& d) {
    require_user(s, d.user_id);
    require_application(s, d.application_id);
}

}  // namespace

void in_memory_document_repository::insert(const domain::document& d) {
    auto& s = unit_.write();
    if (s.documents.contains(d.id)) throw ports::unique_violation("application_documents.id is taken");
    require_parents(s, d);
    s.documents.emplace(d.id, d);
}

void in_memory_document_repository::update(const domain::document& d) {
    auto& s = unit_.write();
    auto it = s.documents.find(d.id);
    if (it == s.documents.end()) return;
    require_parents(s, d);
    it->second = d;
}

void in_memory_document_repository::remove(const domain::id& id) {
    unit_.write().documents.erase(id);
}

std::optional<domain::document> in_memory_document_repository::find(const domain::id& id) {
    return find_row(unit_.read().documents, id);
}

std::vector<domain::document> in_memory_document_repository::list_for(const domain::id& application_id) {
    std::vector<domain::document> found;
    for (const auto& [id, d] : unit_.read().documents)
        if (d.application_id == application_id) found.push_back(d);
    std::ranges::sort(found, [](const auto& a, const auto& b) {
        return std::tie(a.created_at, a.id) > std::tie(b.created_at, b.id);
    });
    return found;
}

}  // namespace offertracker::adapters::memory::detail

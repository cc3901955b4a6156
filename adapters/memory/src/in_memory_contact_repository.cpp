// Contacts in memory; the application they name may be deleted, which only unlinks them.
#include <algorithm>
#include <tuple>

#include <offertracker/ports/storage_error.hpp>

#include "in_memory_contact_repository.hpp"

namespace offertracker::adapters::memory::detail {
namespace {

void require_parents(const store_state& s, const domain::contact& c) {
    require_user(s, c.user_id);
    if (c.application_id) require_application(s, *c.application_id);
}

}  // namespace

void in_memory_contact_repository::insert(const domain::contact& c) {
    auto& s = unit_.write();
    if (s.contacts.contains(c.id)) throw ports::unique_violation("contacts.id is taken");
    require_parents(s, c);
    s.contacts.emplace(c.id, c);
}

void in_memory_contact_repository::update(const domain::contact& c) {
    auto& s = unit_.write();
    auto it = s.contacts.find(c.id);
    if (it == s.contacts.end()) return;
    require_parents(s, c);
    it->second = c;
}

void in_memory_contact_repository::remove(const domain::id& id) {
    unit_.write().contacts.erase(id);
}

std::optional<domain::contact> in_memory_contact_repository::find(const domain::id& id) {
    return find_row(unit_.read().contacts, id);
}

std::vector<domain::contact> in_memory_contact_repository::list(const domain::id& user_id,
                                                                const ports::contact_filter& f, ports::page p) {
    std::vector<domain::contact> found;
    for (const auto& [id, c] : unit_.read().contacts) {
        if (c.user_id != user_id) continue;
        if (f.application_id && c.application_id != f.application_id) continue;
        if (f.contact_type && c.contact_type != *f.contact_type) continue;
        found.push_back(c);
    }
    std::ranges::sort(found, [](const auto& a, const auto& b) {
        return std::tie(a.created_at, a.id) > std::tie(b.created_at, b.id);
    });
    return page_of(std::move(found), p);
}

}  // namespace offertracker::adapters::memory::detail

// Contacts: create, read, list, update, delete; a linked application must be the actor's.
#include <offertracker/usecases/contacts.hpp>

#include <offertracker/domain/validation.hpp>

#include "support.hpp"

namespace offertracker::usecases {
namespace {

domain::result<domain::contact> owned_contact(ports::unit_of_work& uow, const actor& who, const domain::id& id) {
    auto c = detail::find_by_id(uow.contacts(), id);
    if (!c) return domain::error::not_found("Contact not found");
    if (c->user_id != who.user_id) return domain::error::forbidden("Not your contact");
    return std::move(*c);
}

// An application named by a contact must exist and be the actor's (docs/behaviour.md §9).
std::optional<domain::error> check_application(ports::unit_of_work& uow, const actor& who,
                                               const std::optional<domain::id>& application_id) {
    if (!application_id) return std::nullopt;
    auto app = detail::owned_application(uow, who, *application_id);
    if (!app) return app.error();
    return std::nullopt;
}

}  // namespace

domain::result<domain::contact> create_contact(services& s, const actor& who, const create_contact_command& cmd) {
    domain::validator v;
    v.text("notes", cmd.notes);
    v.length("name", cmd.name, 1, 255);
    v.max_length("email", cmd.email, 255);
    v.max_length("phone", cmd.phone, 50);
    v.max_length("role_title", cmd.role_title, 255);
    v.max_length("company", cmd.company, 255);
    v.max_length("linkedin_url", cmd.linkedin_url, 500);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::contact> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        if (auto e = check_application(uow, who, cmd.application_id)) return std::move(*e);

        domain::contact c;
        c.id = s.ids.new_id();
        c.user_id = who.user_id;
        c.application_id = cmd.application_id;
        c.name = cmd.name;
        c.email = cmd.email;
        c.phone = cmd.phone;
        c.role_title = cmd.role_title;
        c.company = cmd.company;
        c.contact_type = cmd.contact_type.value_or(domain::contact_type::other);
        c.linkedin_url = cmd.linkedin_url;
        c.notes = cmd.notes;
        c.last_contacted = cmd.last_contacted;
        c.created_at = c.updated_at = s.clock.now();
        uow.contacts().insert(c);

        detail::activity_recorder log(uow, s, who.user_id);
        log.record(c.application_id, "Contact Added", "Added contact: " + c.name);
        detail::track_progress(uow, s, who.user_id);
        uow.commit();
        return c;
    });
}

domain::result<domain::contact> get_contact(services& s, const actor& who, const domain::id& id) {
    auto uow = s.store.begin(ports::access::read_only);
    return owned_contact(*uow, who, id);
}

domain::result<std::vector<domain::contact>> list_contacts(services& s, const actor& who,
                                                           const ports::contact_filter& filter, ports::page p) {
    auto uow = s.store.begin(ports::access::read_only);
    if (!detail::could_exist(filter.application_id)) return std::vector<domain::contact>{};
    return uow->contacts().list(who.user_id, filter, p);
}

domain::result<domain::contact> update_contact(services& s, const actor& who, const domain::id& id,
                                               const update_contact_command& cmd) {
    domain::validator v;
    v.text("notes", cmd.notes);
    v.not_null("name", cmd.name, "string");
    v.not_null("contact_type", cmd.contact_type, "enum");
    if (cmd.name && *cmd.name) v.length("name", **cmd.name, 1, 255);
    v.max_length("email", cmd.email, 255);
    v.max_length("phone", cmd.phone, 50);
    v.max_length("role_title", cmd.role_title, 255);
    v.max_length("company", cmd.company, 255);
    v.max_length("linkedin_url", cmd.linkedin_url, 500);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::contact> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto found = owned_contact(uow, who, id);
        if (!found) return std::move(found).error();
        domain::contact c = std::move(*found);
        if (cmd.application_id)
            if (auto e = check_application(uow, who, *cmd.application_id)) return std::move(*e);

        if (cmd.name) c.name = **cmd.name;
        if (cmd.contact_type) c.contact_type = **cmd.contact_type;
        domain::apply(cmd.application_id, c.application_id);
        domain::apply(cmd.email, c.email);
        domain::apply(cmd.phone, c.phone);
        domain::apply(cmd.role_title, c.role_title);
        domain::apply(cmd.company, c.company);
        domain::apply(cmd.linkedin_url, c.linkedin_url);
        domain::apply(cmd.notes, c.notes);
        domain::apply(cmd.last_contacted, c.last_contacted);
        c.updated_at = s.clock.now();
        uow.contacts().update(c);
        uow.commit();
        return c;
    });
}

domain::result<domain::done> delete_contact(services& s, const actor& who, const domain::id& id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::done> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto c = owned_contact(uow, who, id);
        if (!c) return std::move(c).error();
        uow.contacts().remove(id);
        uow.commit();
        return domain::done{};
    });
}

}  // namespace offertracker::usecases

// /contacts: the seeker's network.
#include <offertracker/usecases/contacts.hpp>

#include "readers.hpp"
#include "route_docs.hpp"
#include "routes.hpp"
#include "views_tracker.hpp"

namespace offertracker::adapters::http::offertracker_api {
namespace {

using tracker::deleted;
using tracker::param;
using tracker::with_body;

usecases::create_contact_command read_create_contact(body_reader& b) {
    usecases::create_contact_command cmd;
    cmd.name = b.required_string("name");
    cmd.application_id = b.optional_url("application_id");  // "" from a form means none
    cmd.email = b.optional_string("email");
    cmd.phone = b.optional_string("phone");
    cmd.role_title = b.optional_string("role_title");
    cmd.company = b.optional_string("company");
    cmd.contact_type = b.optional_enum<domain::contact_type>("contact_type");
    cmd.linkedin_url = b.optional_url("linkedin_url");
    cmd.notes = b.optional_string("notes");
    cmd.last_contacted = b.optional_date("last_contacted");
    return cmd;
}

usecases::update_contact_command read_update_contact(body_reader& b) {
    usecases::update_contact_command cmd;
    cmd.name = b.patch_string("name");
    cmd.application_id = b.patch_url("application_id");
    cmd.email = b.patch_string("email");
    cmd.phone = b.patch_string("phone");
    cmd.role_title = b.patch_string("role_title");
    cmd.company = b.patch_string("company");
    cmd.contact_type = b.patch_enum<domain::contact_type>("contact_type");
    cmd.linkedin_url = b.patch_url("linkedin_url");
    cmd.notes = b.patch_string("notes");
    cmd.last_contacted = b.patch_date("last_contacted");
    return cmd;
}

}  // namespace

void add_contact_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.get("/contacts/", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        query_reader query(req.query);
        ports::contact_filter filter;
        filter.application_id = query.string("application_id");
        if (filter.application_id && filter.application_id->empty()) filter.application_id.reset();
        filter.contact_type = query.enumeration<domain::contact_type>("contact_type");
        auto page = read_page(query, 100);
        if (auto e = std::move(query).finish()) return error_reply(*e);
        return reply(usecases::list_contacts(s, who, filter, *page), 200,
                     [](const auto& list) { return array_of(list, contact_view); });
    }), doc("Contacts", "List contacts, newest first").authenticated()
            .query("application_id", R"({"type":"string"})", "Only contacts linked to this application")
            .query("contact_type", "ContactType").page(100)
            .returns(200, "The contacts", "ContactResponse[]"));

    m.post("/contacts/", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        return with_body(req, read_create_contact, [&](const auto& cmd) {
            return reply(usecases::create_contact(s, who, cmd), 201, contact_view);
        });
    }), doc("Contacts", "Add a contact, optionally linked to an application").authenticated().body("ContactCreate")
            .returns(201, "The contact", "ContactResponse").errors({403, 404}));

    m.get("/contacts/{contact_id}", authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::get_contact(s, who, param(p, "contact_id")), 200, contact_view);
    }), doc("Contacts", "Get a contact").authenticated().returns(200, "The contact", "ContactResponse").errors({403, 404}));

    m.put("/contacts/{contact_id}",
          authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
              return with_body(req, read_update_contact, [&](const auto& cmd) {
                  return reply(usecases::update_contact(s, who, param(p, "contact_id"), cmd), 200, contact_view);
              });
          }),
          doc("Contacts", "Update a contact: omitted fields are kept, null clears").authenticated().body("ContactUpdate")
              .returns(200, "The contact", "ContactResponse").errors({403, 404}));

    m.del("/contacts/{contact_id}",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::delete_contact(s, who, param(p, "contact_id")), 200, deleted("Contact deleted"));
          }),
          doc("Contacts", "Delete a contact").authenticated().returns(200, "Contact deleted", "Deleted").errors({403, 404}));
}

}  // namespace offertracker::adapters::http::offertracker_api

// /contacts: the seeker's network.
#include <offertracker/usecases/contacts.hpp>

#include "handlers.hpp"
#include "route_docs.hpp"
#include "routes.hpp"
#include "views_tracker.hpp"

namespace offertracker::adapters::http::offertracker_api {
namespace {

// The fields a create and an update of a contact share (see command()).
constexpr auto contact_fields = [](body_reader& b, auto& cmd) {
    b.read("name", cmd.name);
    b.read_url("application_id", cmd.application_id);  // "" from a form means none
    b.read("email", cmd.email);
    b.read("phone", cmd.phone);
    b.read("role_title", cmd.role_title);
    b.read("company", cmd.company);
    b.read("contact_type", cmd.contact_type);
    b.read_url("linkedin_url", cmd.linkedin_url);
    b.read("notes", cmd.notes);
    b.read("last_contacted", cmd.last_contacted);
};

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
        return with_body(req, command<usecases::create_contact_command>(contact_fields), [&](const auto& cmd) {
            return reply(usecases::create_contact(s, who, cmd), 201, contact_view);
        });
    }), doc("Contacts", "Add a contact, optionally linked to an application").authenticated().body("ContactCreate")
            .returns(201, "The contact", "ContactResponse").errors({403, 404}));

    m.get("/contacts/{contact_id}", authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::get_contact(s, who, param(p, "contact_id")), 200, contact_view);
    }), doc("Contacts", "Get a contact").authenticated().returns(200, "The contact", "ContactResponse").errors({403, 404}));

    m.put("/contacts/{contact_id}",
          authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
              return with_body(req, command<usecases::update_contact_command>(contact_fields), [&](const auto& cmd) {
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

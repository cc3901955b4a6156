// /tags: the user's labels and their assignment to applications, under both documented route forms.
#include <offertracker/usecases/tags.hpp>

#include "handlers.hpp"
#include "route_docs.hpp"
#include "routes.hpp"
#include "views_tracker.hpp"

namespace offertracker::adapters::http::offertracker_api {

void add_tag_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.get("/tags/", authed(c, [&s](const request&, const path_params&, const usecases::actor& who) {
        return reply(usecases::list_tags(s, who), 200, [](const auto& list) { return array_of(list, tag_view); });
    }), doc("Tags", "List your tags").authenticated().returns(200, "The tags", "TagResponse[]"));

    m.post("/tags/", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        return with_body(
            req,
            [](body_reader& b) {
                return usecases::create_tag_command{b.required_string("name"), b.optional_string("color")};
            },
            [&](const auto& cmd) { return reply(usecases::create_tag(s, who, cmd), 201, tag_view); });
    }), doc("Tags", "Create a tag (names are unique per user)").authenticated().body("TagCreate")
            .returns(201, "The tag", "TagResponse").errors({400}));

    m.put("/tags/{tag_id}", authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
        return with_body(
            req,
            [](body_reader& b) {
                return usecases::update_tag_command{b.patch_string("name"), b.patch_string("color")};
            },
            [&](const auto& cmd) { return reply(usecases::update_tag(s, who, param(p, "tag_id"), cmd), 200, tag_view); });
    }), doc("Tags", "Update a tag: omitted fields are kept").authenticated().body("TagUpdate")
            .returns(200, "The tag", "TagResponse").errors({400, 403, 404}));

    m.del("/tags/{tag_id}", authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::delete_tag(s, who, param(p, "tag_id")), 200, deleted("Tag deleted"));
    }), doc("Tags", "Delete a tag and its assignments").authenticated().returns(200, "Tag deleted", "Deleted").errors({403, 404}));

    m.get("/tags/application/{application_id}",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::list_application_tags(s, who, param(p, "application_id")), 200,
                           [](const auto& list) { return array_of(list, application_tag_view); });
          }),
          doc("Tags", "List the tags assigned to an application").authenticated()
              .returns(200, "The assignments", "ApplicationTagResponse[]").errors({403, 404}));

    auto assign = authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::assign_tag(s, who, param(p, "application_id"), param(p, "tag_id")), 201,
                     application_tag_view);
    });
    auto unassign = authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::unassign_tag(s, who, param(p, "application_id"), param(p, "tag_id")), 200,
                     deleted("Tag removed from application"));
    });
    // The documented form (the web client's) and the reference backend's form (docs/behaviour.md §1).
    const auto assign_doc = [](std::string summary) {
        return doc("Tags", std::move(summary)).authenticated()
            .returns(201, "The assignment", "ApplicationTagResponse").errors({400, 403, 404});
    };
    const auto unassign_doc = [](std::string summary) {
        return doc("Tags", std::move(summary)).authenticated()
            .returns(200, "Tag removed from application", "Deleted").errors({403, 404});
    };
    m.post("/tags/application/{application_id}/assign/{tag_id}", assign, assign_doc("Assign a tag to an application"));
    m.del("/tags/application/{application_id}/remove/{tag_id}", unassign,
          unassign_doc("Remove a tag from an application"));
    m.post("/tags/application/{application_id}/{tag_id}", assign,
           assign_doc("Assign a tag to an application (the reference backend's form of /assign/)"));
    m.del("/tags/application/{application_id}/{tag_id}", unassign,
          unassign_doc("Remove a tag from an application (the reference backend's form of /remove/)"));
}

}  // namespace offertracker::adapters::http::offertracker_api

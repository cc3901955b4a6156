// /documents: files and links attached to an application.
#include <offertracker/usecases/documents.hpp>

#include "handlers.hpp"
#include "route_docs.hpp"
#include "routes.hpp"
#include "views_tracker.hpp"

namespace offertracker::adapters::http::offertracker_api {
namespace {

usecases::create_document_command read_create_document(body_reader& b) {
    usecases::create_document_command cmd;
    cmd.application_id = b.required_string("application_id");
    cmd.name = b.required_string("name");
    cmd.doc_type = b.optional_enum<domain::document_type>("doc_type");
    cmd.file_url = b.optional_url("file_url");
    cmd.notes = b.optional_string("notes");
    return cmd;
}

usecases::update_document_command read_update_document(body_reader& b) {
    usecases::update_document_command cmd;
    cmd.doc_type = b.patch_enum<domain::document_type>("doc_type");
    cmd.name = b.patch_string("name");
    cmd.file_url = b.patch_url("file_url");
    cmd.notes = b.patch_string("notes");
    return cmd;
}

}  // namespace

void add_document_routes(mount& m, const context& c) {
    auto& s = c.services;

    // The path names an application, not a document (there is no single-document GET).
    m.get("/documents/{application_id}",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::list_documents(s, who, param(p, "application_id")), 200,
                           [](const auto& list) { return array_of(list, document_view); });
          }),
          doc("Documents", "List an application's documents").authenticated()
              .returns(200, "The documents", "DocumentResponse[]").errors({403, 404}));

    m.post("/documents/", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        return with_body(req, read_create_document, [&](const auto& cmd) {
            return reply(usecases::create_document(s, who, cmd), 201, document_view);
        });
    }), doc("Documents", "Attach a document to an application").authenticated().body("DocumentCreate")
            .returns(201, "The document", "DocumentResponse").errors({403, 404}));

    m.put("/documents/{doc_id}", authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
        return with_body(req, read_update_document, [&](const auto& cmd) {
            return reply(usecases::update_document(s, who, param(p, "doc_id"), cmd), 200, document_view);
        });
    }), doc("Documents", "Update a document: omitted fields are kept").authenticated().body("DocumentUpdate")
            .returns(200, "The document", "DocumentResponse").errors({403, 404}));

    m.del("/documents/{doc_id}", authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::delete_document(s, who, param(p, "doc_id")), 200, deleted("Document deleted"));
    }), doc("Documents", "Delete a document").authenticated().returns(200, "Document deleted", "Deleted").errors({403, 404}));
}

}  // namespace offertracker::adapters::http::offertracker_api

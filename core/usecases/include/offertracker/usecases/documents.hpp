// Documents attached to an application (cover letters, portfolios, ...); ownership goes by the application.
#pragma once

#include <vector>

#include <offertracker/domain/document.hpp>
#include <offertracker/domain/error.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::usecases {

struct create_document_command {
    domain::id application_id;  // must be the actor's application (404 / 403)
    std::string name;
    std::optional<domain::document_type> doc_type;  // default Other
    std::optional<std::string> file_url;
    std::optional<std::string> notes;
};

// Omitted fields are kept; null clears optional ones; null for name or doc_type is 422.
// The application cannot be changed.
struct update_document_command {
    domain::patch<domain::document_type> doc_type;
    domain::patch<std::string> name;
    domain::patch<std::string> file_url;
    domain::patch<std::string> notes;
};

// Logs "Document Added".
domain::result<domain::document> create_document(services& s, const actor& who, const create_document_command& cmd);
// The application's documents, newest first; 404 "Application not found", 403 "Not your application".
domain::result<std::vector<domain::document>> list_documents(services& s, const actor& who,
                                                             const domain::id& application_id);
// 404 "Document not found"; 403 "Not your document" when its application is missing or someone else's.
domain::result<domain::document> update_document(services& s, const actor& who, const domain::id& id,
                                                 const update_document_command& cmd);
domain::result<domain::done> delete_document(services& s, const actor& who, const domain::id& id);

}  // namespace offertracker::usecases

// Documents: every operation goes through the parent application's ownership (docs/behaviour.md §9).
#include <offertracker/usecases/documents.hpp>

#include <offertracker/domain/enums.hpp>
#include <offertracker/domain/validation.hpp>

#include "support.hpp"

namespace offertracker::usecases {
namespace {

// The document if it exists and its application is the actor's. A document whose application is gone or
// someone else's is 403, as the reference answers (it never reveals whose it is).
domain::result<domain::document> owned_document(ports::unit_of_work& uow, const actor& who, const domain::id& id) {
    auto d = detail::find_by_id(uow.documents(), id);
    if (!d) return domain::error::not_found("Document not found");
    auto app = uow.applications().find(d->application_id);
    if (!app || app->user_id != who.user_id) return domain::error::forbidden("Not your document");
    return std::move(*d);
}

}  // namespace

domain::result<domain::document> create_document(services& s, const actor& who, const create_document_command& cmd) {
    domain::validator v;
    v.text("notes", cmd.notes);
    v.length("name", cmd.name, 1, 255);
    v.max_length("file_url", cmd.file_url, 500);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::document> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto app = detail::owned_application(uow, who, cmd.application_id);
        if (!app) return std::move(app).error();

        domain::document d;
        d.id = s.ids.new_id();
        d.user_id = app->user_id;
        d.application_id = app->id;
        d.doc_type = cmd.doc_type.value_or(domain::document_type::other);
        d.name = cmd.name;
        d.file_url = cmd.file_url;
        d.notes = cmd.notes;
        d.created_at = d.updated_at = s.clock.now();
        uow.documents().insert(d);

        detail::activity_recorder log(uow, s, who.user_id);
        log.record(d.application_id, "Document Added",
                   "Added " + std::string(domain::to_string(d.doc_type)) + ": " + d.name);
        uow.commit();
        return d;
    });
}

domain::result<std::vector<domain::document>> list_documents(services& s, const actor& who,
                                                             const domain::id& application_id) {
    auto uow = s.store.begin(ports::access::read_only);
    auto app = detail::owned_application(*uow, who, application_id);
    if (!app) return std::move(app).error();
    return uow->documents().list_for(application_id);
}

domain::result<domain::document> update_document(services& s, const actor& who, const domain::id& id,
                                                 const update_document_command& cmd) {
    domain::validator v;
    v.text("notes", cmd.notes);
    v.not_null("doc_type", cmd.doc_type, "enum");
    v.not_null("name", cmd.name, "string");
    if (cmd.name && *cmd.name) v.length("name", **cmd.name, 1, 255);
    v.max_length("file_url", cmd.file_url, 500);
    if (auto e = std::move(v).finish()) return std::move(*e);

    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::document> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto found = owned_document(uow, who, id);
        if (!found) return std::move(found).error();
        domain::document d = std::move(*found);
        if (cmd.doc_type) d.doc_type = **cmd.doc_type;
        if (cmd.name) d.name = **cmd.name;
        domain::apply(cmd.file_url, d.file_url);
        domain::apply(cmd.notes, d.notes);
        d.updated_at = s.clock.now();
        uow.documents().update(d);
        uow.commit();
        return d;
    });
}

domain::result<domain::done> delete_document(services& s, const actor& who, const domain::id& id) {
    return ports::in_write_unit(s.store, [&](ports::unit_of_work& uow) -> domain::result<domain::done> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        auto d = owned_document(uow, who, id);
        if (!d) return std::move(d).error();
        uow.documents().remove(id);
        uow.commit();
        return domain::done{};
    });
}

}  // namespace offertracker::usecases

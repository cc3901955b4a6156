// Application documents; they go with their application (ON DELETE CASCADE).
#include "sql_document_repository.hpp"

#include "errors.hpp"
#include "query.hpp"

namespace offertracker::adapters::sql {
namespace {

constexpr std::string_view columns =
    "id, user_id, application_id, doc_type, name, file_url, notes, created_at, updated_at";
constexpr std::size_t column_count = 9;

domain::document read_document(const text_row& r) {
    domain::document d;
    d.id = r.text(0);
    d.user_id = r.text(1);
    d.application_id = r.text(2);
    d.doc_type = stored_enum<domain::document_type>(r.text(3), "application_documents.doc_type");
    d.name = r.text(4);
    d.file_url = r.optional_text(5);
    d.notes = r.optional_text(6);
    d.created_at = r.timestamp(7);
    d.updated_at = r.timestamp(8);
    return d;
}

void bind_document(query& q, const domain::document& d) {
    q.bind("id", d.id)
        .bind("user_id", d.user_id)
        .bind("application_id", d.application_id)
        .bind("doc_type", domain::to_string(d.doc_type))
        .bind("name", d.name)
        .bind("file_url", d.file_url)
        .bind("notes", d.notes)
        .bind("created_at", d.created_at)
        .bind("updated_at", d.updated_at);
}

}  // namespace

void sql_document_repository::insert(const domain::document& d) {
    guarded("application_documents.insert", [&] {
        query q(session_, "INSERT INTO application_documents (" + std::string{columns} +
                              ") VALUES (:id, :user_id, :application_id, :doc_type, :name, :file_url, :notes, "
                              ":created_at, :updated_at)");
        bind_document(q, d);
        q.run();
    });
}

void sql_document_repository::update(const domain::document& d) {
    guarded("application_documents.update", [&] {
        query q(session_,
                "UPDATE application_documents SET user_id = :user_id, application_id = :application_id, "
                "doc_type = :doc_type, name = :name, file_url = :file_url, notes = :notes, "
                "created_at = :created_at, updated_at = :updated_at WHERE id = :id");
        bind_document(q, d);
        q.run();
    });
}

void sql_document_repository::remove(const domain::id& id) {
    guarded("application_documents.remove",
            [&] { query(session_, "DELETE FROM application_documents WHERE id = :id").bind("id", id).run(); });
}

std::optional<domain::document> sql_document_repository::find(const domain::id& id) {
    return guarded("application_documents.find", [&] {
        std::optional<domain::document> found;
        query(session_, "SELECT " + std::string{columns} + " FROM application_documents WHERE id = :id")
            .bind("id", id)
            .each(column_count, [&](const text_row& r) { found = read_document(r); });
        return found;
    });
}

std::vector<domain::document> sql_document_repository::list_for(const domain::id& application_id) {
    return guarded("application_documents.list_for", [&] {
        std::vector<domain::document> out;
        query(session_, "SELECT " + std::string{columns} +
                            " FROM application_documents WHERE application_id = :application_id "
                            "ORDER BY created_at DESC, id DESC")
            .bind("application_id", application_id)
            .each(column_count, [&](const text_row& r) { out.push_back(read_document(r)); });
        return out;
    });
}

}  // namespace offertracker::adapters::sql

// Contacts. Deleting the application a contact names only unlinks it (ON DELETE SET NULL).
#include "sql_contact_repository.hpp"

#include "errors.hpp"
#include "paging.hpp"
#include "query.hpp"

namespace offertracker::adapters::sql {
namespace {

constexpr std::string_view columns =
    "id, user_id, application_id, name, email, phone, role_title, company, contact_type, linkedin_url, notes, "
    "last_contacted, created_at, updated_at";
constexpr std::size_t column_count = 14;

domain::contact read_contact(const text_row& r) {
    domain::contact c;
    c.id = r.text(0);
    c.user_id = r.text(1);
    c.application_id = r.optional_text(2);
    c.name = r.text(3);
    c.email = r.optional_text(4);
    c.phone = r.optional_text(5);
    c.role_title = r.optional_text(6);
    c.company = r.optional_text(7);
    c.contact_type = stored_enum<domain::contact_type>(r.text(8), "contacts.contact_type");
    c.linkedin_url = r.optional_text(9);
    c.notes = r.optional_text(10);
    c.last_contacted = r.optional_date(11);
    c.created_at = r.timestamp(12);
    c.updated_at = r.timestamp(13);
    return c;
}

void bind_contact(query& q, const domain::contact& c) {
    q.bind("id", c.id)
        .bind("user_id", c.user_id)
        .bind("application_id", c.application_id)
        .bind("name", c.name)
        .bind("email", c.email)
        .bind("phone", c.phone)
        .bind("role_title", c.role_title)
        .bind("company", c.company)
        .bind("contact_type", domain::to_string(c.contact_type))
        .bind("linkedin_url", c.linkedin_url)
        .bind("notes", c.notes)
        .bind("last_contacted", c.last_contacted)
        .bind("created_at", c.created_at)
        .bind("updated_at", c.updated_at);
}

}  // namespace

void sql_contact_repository::insert(const domain::contact& c) {
    guarded("contacts.insert", [&] {
        query q(session_, "INSERT INTO contacts (" + std::string{columns} +
                              ") VALUES (:id, :user_id, :application_id, :name, :email, :phone, :role_title, "
                              ":company, :contact_type, :linkedin_url, :notes, :last_contacted, :created_at, "
                              ":updated_at)");
        bind_contact(q, c);
        q.run();
    });
}

void sql_contact_repository::update(const domain::contact& c) {
    guarded("contacts.update", [&] {
        query q(session_,
                "UPDATE contacts SET user_id = :user_id, application_id = :application_id, name = :name, "
                "email = :email, phone = :phone, role_title = :role_title, company = :company, "
                "contact_type = :contact_type, linkedin_url = :linkedin_url, notes = :notes, "
                "last_contacted = :last_contacted, created_at = :created_at, updated_at = :updated_at "
                "WHERE id = :id");
        bind_contact(q, c);
        q.run();
    });
}

void sql_contact_repository::remove(const domain::id& id) {
    guarded("contacts.remove", [&] { query(session_, "DELETE FROM contacts WHERE id = :id").bind("id", id).run(); });
}

std::optional<domain::contact> sql_contact_repository::find(const domain::id& id) {
    return guarded("contacts.find", [&] {
        std::optional<domain::contact> found;
        query(session_, "SELECT " + std::string{columns} + " FROM contacts WHERE id = :id")
            .bind("id", id)
            .each(column_count, [&](const text_row& r) { found = read_contact(r); });
        return found;
    });
}

std::vector<domain::contact> sql_contact_repository::list(const domain::id& user_id, const ports::contact_filter& f,
                                                          ports::page p) {
    return guarded("contacts.list", [&] {
        // Only the filters that are set become conditions (see sql_application_repository::list).
        std::string text = "SELECT " + std::string{columns} + " FROM contacts WHERE user_id = :user_id";
        if (f.application_id) text += " AND application_id = :application_id";
        if (f.contact_type) text += " AND contact_type = :contact_type";
        text += " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset";
        query q(session_, text);
        q.bind("user_id", user_id);
        if (f.application_id) q.bind("application_id", *f.application_id);
        if (f.contact_type) q.bind("contact_type", domain::to_string(*f.contact_type));
        q.bind("limit", sql_limit(p)).bind("offset", sql_offset(p));
        std::vector<domain::contact> out;
        q.each(column_count, [&](const text_row& r) { out.push_back(read_contact(r)); });
        return out;
    });
}

}  // namespace offertracker::adapters::sql

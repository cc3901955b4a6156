// Candidates: name search (LIKE wildcards in the user's text escaped), the duplicate look-up, and removal, which
// takes applications (with their history) and match logs through ON DELETE CASCADE.
#include <algorithm>

#include "../errors.hpp"
#include "../paging.hpp"
#include "../user_rows.hpp"
#include "recruiting_sql.hpp"
#include "sql_recruiting_repositories.hpp"

namespace offertracker::adapters::sql {
namespace {

using recruiting_sql::columns;

const columns candidate_columns{"org_id", "full_name", "headline", "location", "experience_years", "current_title",
                                "current_company", "linkedin_url", "github_url", "website_url", "notes", "email",
                                "phone", "skills", "resume_text", "created_at", "updated_at"};

// What update writes: every column but id, org_id and created_at.
const std::string candidate_updates =
    columns::set({"full_name", "headline", "location", "experience_years", "current_title", "current_company",
                  "linkedin_url", "github_url", "website_url", "notes", "email", "phone", "skills", "resume_text",
                  "updated_at"});

recruiting::candidate read_candidate(const text_row& r) {
    recruiting::candidate c;
    c.id = r.integer(0);
    c.org_id = r.integer(1);
    c.full_name = r.text(2);
    c.headline = r.optional_text(3);
    c.location = r.optional_text(4);
    if (auto years = r.optional_integer(5)) c.experience_years = static_cast<int>(*years);
    c.current_title = r.optional_text(6);
    c.current_company = r.optional_text(7);
    c.linkedin_url = r.optional_text(8);
    c.github_url = r.optional_text(9);
    c.website_url = r.optional_text(10);
    c.notes = r.optional_text(11);
    c.email = r.optional_text(12);
    c.phone = r.optional_text(13);
    c.skills = recruiting_sql::strings_from_json(r.text(14), "recruiting_candidates.skills");
    c.resume_text = r.optional_text(15);
    c.created_at = r.timestamp(16);
    c.updated_at = r.timestamp(17);
    return c;
}

void bind_candidate_updates(query& q, const recruiting::candidate& c) {
    q.bind("full_name", c.full_name)
        .bind("headline", c.headline)
        .bind("location", c.location)
        .bind("experience_years", c.experience_years)
        .bind("current_title", c.current_title)
        .bind("current_company", c.current_company)
        .bind("linkedin_url", c.linkedin_url)
        .bind("github_url", c.github_url)
        .bind("website_url", c.website_url)
        .bind("notes", c.notes)
        .bind("email", c.email)
        .bind("phone", c.phone)
        .bind("skills", recruiting_sql::strings_to_json(c.skills))
        .bind("resume_text", c.resume_text)
        .bind("updated_at", c.updated_at);
}

std::vector<recruiting::candidate> candidates_of(query& q) {
    std::vector<recruiting::candidate> out;
    q.each(candidate_columns.select_count(), [&](const text_row& r) { out.push_back(read_candidate(r)); });
    return out;
}

std::string ascii_folded(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace

record_id sql_candidate_repository::create(const recruiting::candidate& c) {
    return guarded("recruiting_candidates.create", [&] {
        query q(session_, candidate_columns.insert_into("recruiting_candidates"));
        bind_candidate_updates(q, c);
        q.bind("org_id", static_cast<long long>(c.org_id)).bind("created_at", c.created_at);
        return recruiting_sql::inserted_id(q);
    });
}

std::optional<recruiting::candidate> sql_candidate_repository::get(record_id org_id, record_id id) {
    return guarded("recruiting_candidates.get", [&] {
        auto rows = candidates_of(query(session_, "SELECT " + candidate_columns.select() +
                                                      " FROM recruiting_candidates WHERE org_id = :org_id AND id = :id")
                                      .bind("org_id", static_cast<long long>(org_id))
                                      .bind("id", static_cast<long long>(id)));
        return rows.empty() ? std::nullopt : std::optional{std::move(rows.front())};
    });
}

ports::counted<recruiting::candidate> sql_candidate_repository::list(record_id org_id,
                                                                     const std::optional<std::string>& name_contains,
                                                                     ports::page p) {
    return guarded("recruiting_candidates.list", [&] {
        std::string where = " FROM recruiting_candidates WHERE org_id = :org_id";
        if (name_contains) where += " AND " + dialect_.ascii_lower("full_name") + " LIKE :name ESCAPE '\\'";
        auto bind_filter = [&](query& q) -> query& {
            q.bind("org_id", static_cast<long long>(org_id));
            if (name_contains) q.bind("name", like_pattern(*name_contains));
            return q;
        };
        ports::counted<recruiting::candidate> out;
        query page_query(session_, "SELECT " + candidate_columns.select() + where +
                                       " ORDER BY id DESC LIMIT :limit OFFSET :offset");
        bind_filter(page_query).bind("limit", sql_limit(p)).bind("offset", sql_offset(p));
        out.items = candidates_of(page_query);
        query count_query(session_, "SELECT COUNT(*)" + where);
        out.total = recruiting_sql::count_of(bind_filter(count_query));
        return out;
    });
}

std::vector<recruiting::candidate> sql_candidate_repository::all(record_id org_id, std::size_t limit) {
    return guarded("recruiting_candidates.all", [&] {
        return candidates_of(
            query(session_, "SELECT " + candidate_columns.select() +
                                " FROM recruiting_candidates WHERE org_id = :org_id ORDER BY id DESC LIMIT :limit")
                .bind("org_id", static_cast<long long>(org_id))
                .bind("limit", sql_limit({.skip = 0, .limit = limit})));
    });
}

std::vector<record_id> sql_candidate_repository::find_similar(record_id org_id, const std::optional<std::string>& email,
                                                              const std::vector<std::string>& urls, record_id except) {
    // Empty inputs match nothing (a candidate's empty field is no evidence of a duplicate).
    std::vector<std::string> wanted;
    for (const auto& url : urls)
        if (!url.empty() && std::ranges::find(wanted, url) == wanted.end()) wanted.push_back(url);
    const bool by_email = email && !email->empty();
    if (!by_email && wanted.empty()) return {};
    return guarded("recruiting_candidates.find_similar", [&] {
        std::string any;
        if (by_email) any = dialect_.ascii_lower("email") + " = :email";
        // One placeholder per URL and column: a bound name appears once per statement.
        const char* url_columns[] = {"linkedin_url", "github_url", "website_url"};
        for (std::size_t c = 0; c < 3 && !wanted.empty(); ++c) {
            if (!any.empty()) any += " OR ";
            any += std::string{url_columns[c]} + " IN (" +
                   placeholders("u" + std::to_string(c) + "_", wanted.size()) + ")";
        }
        query q(session_, "SELECT id FROM recruiting_candidates WHERE org_id = :org_id AND id <> :except AND (" + any +
                              ") ORDER BY id");
        q.bind("org_id", static_cast<long long>(org_id)).bind("except", static_cast<long long>(except));
        if (by_email) q.bind("email", ascii_folded(*email));
        if (!wanted.empty())
            for (std::size_t c = 0; c < 3; ++c)
                for (std::size_t i = 0; i < wanted.size(); ++i)
                    q.bind("u" + std::to_string(c) + "_" + std::to_string(i), wanted[i]);
        std::vector<record_id> out;
        q.each(1, [&](const text_row& r) { out.push_back(r.integer(0)); });
        return out;
    });
}

bool sql_candidate_repository::update(const recruiting::candidate& c) {
    return guarded("recruiting_candidates.update", [&] {
        query q(session_,
                "UPDATE recruiting_candidates SET " + candidate_updates + " WHERE org_id = :org_id AND id = :id");
        bind_candidate_updates(q, c);
        q.bind("org_id", static_cast<long long>(c.org_id)).bind("id", static_cast<long long>(c.id));
        return q.run() > 0;
    });
}

bool sql_candidate_repository::remove(record_id org_id, record_id id) {
    return guarded("recruiting_candidates.remove", [&] {
        return query(session_, "DELETE FROM recruiting_candidates WHERE org_id = :org_id AND id = :id")
                   .bind("org_id", static_cast<long long>(org_id))
                   .bind("id", static_cast<long long>(id))
                   .run() > 0;
    });
}

}  // namespace offertracker::adapters::sql

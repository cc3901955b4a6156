// Candidates of the member's org.
#include <offertracker/recruiting/candidates.hpp>

#include "routes.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::recruiting_api {
namespace {

constexpr auto candidate_fields = [](body_reader& b, auto& cmd) {
    b.read("full_name", cmd.full_name);
    b.read("headline", cmd.headline);
    b.read("location", cmd.location);
    b.read("experience_years", cmd.experience_years);
    b.read("current_title", cmd.current_title);
    b.read("current_company", cmd.current_company);
    b.read("linkedin_url", cmd.linkedin_url);
    b.read("github_url", cmd.github_url);
    b.read("website_url", cmd.website_url);
    b.read("notes", cmd.notes);
    b.read("email", cmd.email);
    b.read("phone", cmd.phone);
    b.read("skills", cmd.skills);
};

}  // namespace

void add_candidate_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.get("/candidates", authed(c, [&s](const request& req, const path_params&, const recruiting::recruiter& who) {
        query_reader query(req.query);
        const auto page = read_page(query);
        const auto q = query.string("q");
        if (auto e = std::move(query).finish()) return error_reply(*e, "query");
        return reply(recruiting::list_candidates(s, who, q, *page), 200,
                     [](const auto& list) { return counted_view(list, candidate_view); });
    }), doc("Recruiting Candidates", "List the organisation's candidates, newest first").authenticated().page(50, 100)
            .query("q", R"({"type":"string"})", "Substring of the full name (case-insensitive)")
            .returns(200, "The candidates and how many match", "CandidateList"));

    m.post("/candidates", authed(c, [&s](const request& req, const path_params&, const recruiting::recruiter& who) {
        return with_body(req, kit::command<recruiting::create_candidate_command>(candidate_fields),
                         [&](const auto& cmd) {
                             return reply(recruiting::create_candidate(s, who, cmd), 201,
                                          [](const recruiting::created_candidate& r) { return candidate_view(r.record); });
                         });
    }), doc("Recruiting Candidates", "Create a candidate (only full_name is required)").authenticated().body("CandidateCreate")
            .returns(201, "The candidate", "CandidateOut").errors({403}));

    m.get("/candidates/{candidate_id}", authed(c, [&s](const request&, const path_params& p,
                                                       const recruiting::recruiter& who) {
        const auto id = path_id(p, "candidate_id");
        if (!id) return error_reply(id.error());
        return reply(recruiting::get_candidate(s, who, *id), 200, candidate_view);
    }), doc("Recruiting Candidates", "Get a candidate").authenticated().returns(200, "The candidate", "CandidateOut")
            .errors({404, 422}));

    m.patch("/candidates/{candidate_id}", authed(c, [&s](const request& req, const path_params& p,
                                                         const recruiting::recruiter& who) {
        const auto id = path_id(p, "candidate_id");
        if (!id) return error_reply(id.error());
        return with_body(req, kit::command<recruiting::update_candidate_command>(candidate_fields),
                         [&](const auto& cmd) { return reply(recruiting::update_candidate(s, who, *id, cmd), 200, candidate_view); });
    }), doc("Recruiting Candidates", "Update a candidate: omitted fields are kept, null clears").authenticated()
            .body("CandidateUpdate").returns(200, "The candidate", "CandidateOut").errors({403, 404}));

    m.del("/candidates/{candidate_id}", authed(c, [&s](const request&, const path_params& p,
                                                       const recruiting::recruiter& who) {
        const auto id = path_id(p, "candidate_id");
        if (!id) return error_reply(id.error());
        return no_content(recruiting::delete_candidate(s, who, *id));
    }), doc("Recruiting Candidates", "Delete a candidate with their applications").authenticated().returns(204, "Deleted")
            .errors({403, 404, 422}));
}

}  // namespace offertracker::adapters::http::recruiting_api

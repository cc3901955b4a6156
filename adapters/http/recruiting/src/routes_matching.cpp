// The two matching routes: a job's best candidates, a candidate's best jobs.
#include <offertracker/http/kit/json_values.hpp>
#include <offertracker/recruiting/matches.hpp>

#include "routes.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::recruiting_api {
namespace {

// {<id_field>, limit?, strategy?}
auto match_request(std::string_view id_field) {
    return [id_field](body_reader& b) {
        recruiting::match_request req;
        b.read(id_field, req.id);
        b.read("limit", req.limit);
        b.read("strategy", req.strategy);
        return req;
    };
}

json::object candidate_match_view(const recruiting::candidate_match& m) {
    return {{"candidate_id", m.who.id},
            {"full_name", m.who.full_name},
            {"current_title", kit::opt(m.who.current_title)},
            {"current_company", kit::opt(m.who.current_company)},
            {"location", kit::opt(m.who.location)},
            {"score", m.score},
            {"reason", m.reason},
            {"strategy", domain::to_string(m.strategy)}};
}

json::object job_match_view(const recruiting::job_match& m) {
    return {{"job_id", m.what.id},
            {"title", m.what.title},
            {"location", kit::opt(m.what.location)},
            {"status", domain::to_string(m.what.status)},
            {"score", m.score},
            {"reason", m.reason},
            {"strategy", domain::to_string(m.strategy)}};
}

}  // namespace

void add_matching_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.post("/matching/candidates_for_job", authed(c, [&s](const request& req, const path_params&,
                                                          const recruiting::recruiter& who) {
        return with_body(req, match_request("job_id"), [&](const recruiting::match_request& cmd) {
            return reply(recruiting::candidates_for_job(s, who, cmd), 200, [&](const auto& matches) {
                return json::object{{"job_id", *cmd.id}, {"matches", array_of(matches, candidate_match_view)}};
            });
        });
    }), doc("Recruiting Matching", "The job's best candidates, best first (each match is logged)").authenticated()
            .body("CandidatesForJob").returns(200, "The matches", "CandidateMatches").errors({404}));

    m.post("/matching/jobs_for_candidate", authed(c, [&s](const request& req, const path_params&,
                                                          const recruiting::recruiter& who) {
        return with_body(req, match_request("candidate_id"), [&](const recruiting::match_request& cmd) {
            return reply(recruiting::jobs_for_candidate(s, who, cmd), 200, [&](const auto& matches) {
                return json::object{{"candidate_id", *cmd.id}, {"matches", array_of(matches, job_match_view)}};
            });
        });
    }), doc("Recruiting Matching", "The candidate's best jobs, best first (each match is logged)").authenticated()
            .body("JobsForCandidate").returns(200, "The matches", "JobMatches").errors({404}));
}

}  // namespace offertracker::adapters::http::recruiting_api

// Offline AI: a job's match score and the insights computed from the seeker's own data.
#include <offertracker/pipeline/analytics.hpp>
#include <offertracker/pipeline/jobs.hpp>

#include "readers.hpp"
#include "context.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::pipeline_api {

void add_ai_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.post("/jobs/{id}/score", authed(c, [&s](const request& req, const path_params& p, const actor& who) {
        return reply(req, pipeline::score_stored_job(s, who, std::string{p.get("id")}), 200, score_view);
    }), pipeline_doc("AI", "Score a job against your resume and profile (offline, deterministic)").authenticated()
            .returns(200, "The score, its band and reasoning", "PipelineScoreEnvelope").errors({403, 404, 429}));

    m.get("/ai/insights", authed(c, [&s](const request& req, const path_params&, const actor& who) {
        query_reader query(req.query);
        const auto type = query_word<pipeline::insight_type>(query, "type", pipeline::insight_type_from,
                                                            pipeline::insight_type_words());
        const auto limit = query.integer("limit", 10);
        if (auto e = std::move(query).finish()) return error_reply(req, *e);
        const auto generated_at = s.seeker.clock.now();
        // A limit outside 1..max_insights is the use case's validation error, reported at "limit".
        const auto wanted = *limit < 1 ? 0 : static_cast<std::size_t>(std::min<long long>(*limit, 1'000'000));
        return reply(req, pipeline::get_insights(s, who, type, wanted), 200, [&](const auto& insights) {
            return json::value(kit::array_of(insights, [&](const auto& i) { return insight_view(i, generated_at); }));
        });
    }), pipeline_doc("AI", "Insights from your own data").authenticated()
            .query("type", R"({"type":"string","enum":["daily_digest","pattern_detection","recommendation","weekly_summary"]})")
            .query("limit", R"({"type":"integer","minimum":1,"maximum":50,"default":10})")
            .returns(200, "The insights", "PipelineInsightList").errors({429}));
}

}  // namespace offertracker::adapters::http::pipeline_api

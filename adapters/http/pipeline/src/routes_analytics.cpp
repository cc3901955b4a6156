// The Pipeline dashboard (privately cacheable for a minute) and the daily timeline.
#include <offertracker/pipeline/analytics.hpp>

#include "readers.hpp"
#include "context.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::pipeline_api {

void add_analytics_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.get("/analytics/dashboard", authed(c, [&s](const request& req, const path_params&, const actor& who) {
        auto r = reply(req, pipeline::get_dashboard(s, who), 200, dashboard_view);
        if (r.status == 200) r.set_header("Cache-Control", "private, max-age=60");
        return r;
    }), pipeline_doc("Analytics", "The dashboard").authenticated().returns(200, "The numbers", "PipelineDashboardEnvelope"));

    m.get("/analytics/timeline", authed(c, [&s](const request& req, const path_params&, const actor& who) {
        query_reader query(req.query);
        static constexpr std::array<std::string_view, 4> periods{"7d", "30d", "90d", "all"};
        const auto period = query_word<pipeline::timeline_period>(query, "period", pipeline::timeline_period_from, periods);
        if (auto e = std::move(query).finish()) return error_reply(req, *e);
        return reply(req, pipeline::get_timeline(s, who, period.value_or(pipeline::timeline_period::days_30)), 200,
                     [](const auto& points) { return json::value(kit::array_of(points, timeline_point_view)); });
    }), pipeline_doc("Analytics", "Daily points, ascending, ending today").authenticated()
            .query("period", R"({"type":"string","enum":["7d","30d","90d","all"],"default":"30d"})")
            .returns(200, "The points", "PipelineTimelineEnvelope"));
}

}  // namespace offertracker::adapters::http::pipeline_api

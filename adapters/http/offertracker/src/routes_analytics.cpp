// GET /analytics/dashboard and /analytics/questions (the activity timeline is in routes_activity.cpp).
#include <offertracker/usecases/analytics.hpp>

#include "route_docs.hpp"
#include "routes.hpp"
#include "views_progress.hpp"

namespace offertracker::adapters::http::offertracker_api {

void add_analytics_routes(mount& m, const context& c) {
    m.get("/analytics/dashboard", authed(c, [&c](const request&, const path_params&, const usecases::actor& who) {
        return reply(usecases::get_dashboard(c.services, who), 200,
                     [](const domain::dashboard& d) { return dashboard_view(d); });
    }), doc("Analytics", "Your analytics dashboard").authenticated()
            .returns(200, "The dashboard", "AnalyticsDashboardResponse"));
    m.get("/analytics/questions", authed(c, [&c](const request&, const path_params&, const usecases::actor& who) {
        return reply(usecases::list_questions(c.services, who), 200,
                     [](const domain::question_bank& b) { return question_bank_view(b); });
    }), doc("Analytics", "Your interview question bank, from every stage's questions_asked").authenticated()
            .returns(200, "The questions", "QuestionBankResponse"));
}

}  // namespace offertracker::adapters::http::offertracker_api

// GET /analytics/dashboard and /analytics/questions (the activity timeline is in routes_activity.cpp).
#include <offertracker/usecases/analytics.hpp>

#include "routes.hpp"
#include "views_progress.hpp"

namespace offertracker::adapters::http::offertracker_api {

void add_analytics_routes(mount& m, const context& c) {
    m.get("/analytics/dashboard", authed(c, [&c](const request&, const path_params&, const usecases::actor& who) {
        return reply(usecases::get_dashboard(c.services, who), 200,
                     [](const domain::dashboard& d) { return dashboard_view(d); });
    }));
    m.get("/analytics/questions", authed(c, [&c](const request&, const path_params&, const usecases::actor& who) {
        return reply(usecases::list_questions(c.services, who), 200,
                     [](const domain::question_bank& b) { return question_bank_view(b); });
    }));
}

}  // namespace offertracker::adapters::http::offertracker_api

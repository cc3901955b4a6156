// GET /progress/milestones, /progress/milestones/mine and /progress/stats (/progress/community is the social
// issue's).
#include <offertracker/usecases/progress.hpp>

#include "route_docs.hpp"
#include "routes.hpp"
#include "views_progress.hpp"

namespace offertracker::adapters::http::offertracker_api {

void add_progress_routes(mount& m, const context& c) {
    m.get("/progress/milestones", authed(c, [&c](const request&, const path_params&, const usecases::actor& who) {
        return reply(usecases::list_milestones(c.services, who), 200,
                     [](const auto& list) { return array_of(list, milestone_view); });
    }), doc("Progress", "Every milestone there is").authenticated().returns(200, "The milestones", "MilestoneResponse[]"));
    m.get("/progress/milestones/mine",
          authed(c, [&c](const request&, const path_params&, const usecases::actor& who) {
              return reply(usecases::list_my_milestones(c.services, who), 200, [](const auto& list) {
                  return array_of(list, [](const usecases::reached_milestone& r) {
                      return user_milestone_view(r.first, r.second);
                  });
              });
          }),
          doc("Progress", "The milestones you reached, with when").authenticated()
              .returns(200, "Your milestones", "UserMilestoneResponse[]"));
    m.get("/progress/stats", authed(c, [&c](const request&, const path_params&, const usecases::actor& who) {
        return reply(usecases::get_progress_stats(c.services, who), 200,
                     [](const domain::progress_stats& s) { return progress_stats_view(s); });
    }), doc("Progress", "Your personal summary").authenticated().returns(200, "Your stats", "UserStatsResponse"));
}

}  // namespace offertracker::adapters::http::offertracker_api

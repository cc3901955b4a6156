// The activity timeline the core writes (GET /analytics/activity).
#include <offertracker/usecases/activity.hpp>

#include "readers.hpp"
#include "route_docs.hpp"
#include "routes.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::offertracker_api {

void add_activity_routes(mount& m, const context& c) {
    m.get("/analytics/activity", authed(c, [&c](const request& req, const path_params&, const usecases::actor& who) {
        query_reader query(req.query);
        auto application_id = query.string("application_id");
        if (application_id && application_id->empty()) application_id.reset();
        auto page = read_page(query, 50);
        if (auto e = std::move(query).finish()) return error_reply(*e);
        return reply(usecases::list_activity(c.services, who, application_id, *page), 200,
                     [](const auto& list) { return array_of(list, activity_view); });
    }), doc("Analytics", "Your activity timeline, newest first").authenticated()
            .query("application_id", R"({"type":"string"})", "Only this application's timeline").page(50)
            .returns(200, "The activity entries", "ActivityLogResponse[]"));
}

}  // namespace offertracker::adapters::http::offertracker_api

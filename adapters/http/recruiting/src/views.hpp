// The JSON the Recruiting surface answers with: the seed's UserOut, JobOut, CandidateOut and ApplicationOut, and the
// shapes of the routes beyond the seed (history, pipeline, webhooks, deliveries).
#pragma once

#include <boost/json.hpp>

#include <offertracker/ports/recruiting_store.hpp>
#include <offertracker/recruiting/jobs.hpp>
#include <offertracker/recruiting/webhooks.hpp>

namespace offertracker::adapters::http::recruiting_api {

boost::json::object user_view(const recruiting::member& m);
boost::json::object job_view(const recruiting::job& j);
boost::json::object candidate_view(const recruiting::candidate& c);
boost::json::object application_view(const recruiting::application& a);
boost::json::object status_change_view(const recruiting::status_change& s);
boost::json::object pipeline_view(const recruiting::job_pipeline& p);
// Without the secret: lists never show it (create adds it once).
boost::json::object webhook_view(const recruiting::webhook_endpoint& w);
boost::json::object delivery_view(const recruiting::delivery_with_attempts& d);

// {"items": [view(item)...], "total": n}
template <class T, class View>
boost::json::object counted_view(const ports::counted<T>& page, View&& view) {
    boost::json::array items;
    items.reserve(page.items.size());
    for (const auto& item : page.items) items.push_back(view(item));
    return {{"items", std::move(items)}, {"total", page.total}};
}

}  // namespace offertracker::adapters::http::recruiting_api

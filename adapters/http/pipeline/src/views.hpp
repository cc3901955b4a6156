// JSON views of the Pipeline dialect (docs/pipeline.md): jobs, users, import runs, insights and analytics.
#pragma once

#include <boost/json.hpp>

#include <offertracker/domain/application.hpp>
#include <offertracker/domain/user.hpp>
#include <offertracker/pipeline/analytics.hpp>
#include <offertracker/pipeline/jobs.hpp>
#include <offertracker/pipeline/records.hpp>
#include <offertracker/ports/application_repository.hpp>

namespace offertracker::adapters::http::pipeline_api {

boost::json::object job_view(const domain::application& a);
boost::json::object user_view(const domain::user& u);
boost::json::object run_view(const pipeline::scraper_run& r);
boost::json::object score_view(const pipeline::scored_job& s);
boost::json::object insight_view(const pipeline::insight& i, domain::timestamp generated_at);
boost::json::object dashboard_view(const pipeline::dashboard_view& d);
boost::json::object timeline_point_view(const pipeline::timeline_point& p);

}  // namespace offertracker::adapters::http::pipeline_api

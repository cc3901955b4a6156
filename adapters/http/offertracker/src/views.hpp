// Domain records rendered as the seed's response models (only the documented fields, never a hash).
#pragma once

#include <boost/json.hpp>

#include <offertracker/domain/activity.hpp>
#include <offertracker/domain/user.hpp>
#include <offertracker/usecases/applications.hpp>

#include "context.hpp"

namespace offertracker::adapters::http::offertracker_api {

boost::json::object user_view(const domain::user& u);            // UserResponse
boost::json::object public_profile_view(const domain::user& u);  // UserPublicProfile
boost::json::object resume_view(const context& c, const domain::resume& r);
boost::json::object stage_view(const domain::stage& s);
boost::json::object outcome_view(const domain::outcome& o);
boost::json::object reflection_view(const domain::reflection& r);
boost::json::object application_view(const usecases::application_view& a);
boost::json::object activity_view(const domain::activity_entry& e);

}  // namespace offertracker::adapters::http::offertracker_api

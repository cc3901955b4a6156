// The tracker's response models (contacts, documents, reminders, tags, saved jobs).
#pragma once

#include <boost/json.hpp>

#include <string>

#include <offertracker/domain/contact.hpp>
#include <offertracker/domain/document.hpp>
#include <offertracker/domain/reminder.hpp>
#include <offertracker/domain/saved_job.hpp>
#include <offertracker/domain/tag.hpp>
#include <offertracker/usecases/tags.hpp>

#include "context.hpp"

namespace offertracker::adapters::http::offertracker_api {

boost::json::object contact_view(const domain::contact& c);                        // ContactResponse
boost::json::object document_view(const domain::document& d);                      // DocumentResponse
boost::json::object reminder_view(const domain::reminder& r);                      // ReminderResponse
boost::json::object tag_view(const domain::tag& t);                                // TagResponse
boost::json::object application_tag_view(const usecases::application_tag_view& v);  // ApplicationTagResponse
boost::json::object saved_job_view(const domain::saved_job& j);                    // SavedJobResponse

}  // namespace offertracker::adapters::http::offertracker_api

// The tracker's response models (contacts, documents, reminders, tags, saved jobs) and the small helpers their
// route modules share.
#pragma once

#include <boost/json.hpp>

#include <string>

#include <offertracker/domain/contact.hpp>
#include <offertracker/domain/document.hpp>
#include <offertracker/domain/reminder.hpp>
#include <offertracker/domain/saved_job.hpp>
#include <offertracker/domain/tag.hpp>
#include <offertracker/usecases/tags.hpp>

#include "readers.hpp"
#include "context.hpp"

namespace offertracker::adapters::http::offertracker_api {

boost::json::object contact_view(const domain::contact& c);                        // ContactResponse
boost::json::object document_view(const domain::document& d);                      // DocumentResponse
boost::json::object reminder_view(const domain::reminder& r);                      // ReminderResponse
boost::json::object tag_view(const domain::tag& t);                                // TagResponse
boost::json::object application_tag_view(const usecases::application_tag_view& v);  // ApplicationTagResponse
boost::json::object saved_job_view(const domain::saved_job& j);                    // SavedJobResponse

namespace tracker {

inline std::string param(const path_params& p, std::string_view name) { return std::string(p.get(name)); }

// The {"detail": "... deleted"} body of a successful delete.
inline auto deleted(std::string_view what) {
    return [what](domain::done) { return boost::json::object{{"detail", what}}; };
}

// Reads a body with `read`, then runs `run` on the command unless the body had errors.
template <class Read, class Run>
response with_body(const request& req, Read read, Run run) {
    auto body = read_body(req.body);
    auto cmd = read(body);
    if (auto e = std::move(body).finish()) return error_reply(*e);
    return run(cmd);
}

}  // namespace tracker
}  // namespace offertracker::adapters::http::offertracker_api

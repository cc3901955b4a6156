#include "support.hpp"

#include <offertracker/pipeline/scoring.hpp>
#include <offertracker/text/ascii.hpp>
#include <offertracker/text/utf8.hpp>

namespace offertracker::pipeline::detail {
namespace {

// The extractor goes by the file name's extension; stored resume files keep only their declared type.
std::string_view file_name_for(std::string_view content_type) {
    if (content_type.starts_with("application/pdf")) return "resume.pdf";
    if (content_type.starts_with("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        return "resume.docx";
    return "resume.txt";
}

}  // namespace

domain::result<domain::application> owned_job(ports::unit_of_work& uow, const actor& who, const domain::id& id,
                                              bool deleted_too) {
    // An id that is not storable text names nothing (a store could not even compare it).
    if (!text::is_storable_text(id)) return domain::error::not_found("Job not found");
    auto job = deleted_too ? uow.applications().find_any(id) : uow.applications().find(id);
    if (!job) return domain::error::not_found("Job not found");
    if (job->user_id != who.user_id) return domain::error::forbidden("Not your job");
    return std::move(*job);
}

domain::result<domain::application> read_owned_job(services& s, const actor& who, const domain::id& id) {
    auto uow = s.seeker.store.begin(ports::access::read_only);
    return owned_job(*uow, who, id);
}

std::optional<domain::error> lock_actor(ports::unit_of_work& uow, const actor& who) {
    if (text::is_storable_text(who.user_id) && uow.lock_owner(who.user_id)) return std::nullopt;
    return domain::error::unauthenticated("Not authenticated");
}

void record_activity(ports::unit_of_work& uow, services& s, const domain::application& job, std::string action,
                     std::string description) {
    domain::activity_entry e;
    e.id = s.seeker.ids.new_id();
    e.user_id = job.user_id;
    e.application_id = job.id;
    e.action = std::move(action);
    e.description = std::move(description);
    e.created_at = s.seeker.clock.now();
    uow.activity().append(e);
}

std::optional<std::string> resume_text(services& s, const actor& who) {
    std::optional<domain::resume> newest_file;
    std::optional<prep::practice_session> newest_cv;
    {
        auto uow = s.seeker.store.begin(ports::access::read_only);
        for (auto& r : uow->resumes().list(who.user_id, ports::page{0, 1000}))
            if (r.file_key && (!newest_file || r.created_at >= newest_file->created_at)) newest_file = std::move(r);
        for (auto& p : uow->prep().list(who.user_id, ports::page{0, 50}))
            if (p.cv_text && !p.cv_text->empty()) {
                newest_cv = std::move(p);
                break;  // newest first
            }
    }
    if (newest_file && (!newest_cv || newest_file->created_at >= newest_cv->created_at)) {
        if (auto file = s.seeker.files.get(*newest_file->file_key)) {
            auto extracted = s.extractor.extract(file->content, file->content_type, file_name_for(file->content_type));
            if (auto* text = std::get_if<ports::extracted_text>(&extracted)) return std::move(text->text);
        }
    }
    if (newest_cv) return std::move(newest_cv->cv_text);
    return std::nullopt;
}

std::string profile_text(services& s, const actor& who) {
    auto uow = s.seeker.store.begin(ports::access::read_only);
    auto user = uow->users().find(who.user_id);
    return user && user->bio ? *user->bio : std::string{};
}

void score_new_job(services& s, const actor& who, usecases::create_application_command& job) {
    if (!job.description || text::is_blank(*job.description)) return;
    auto resume = resume_text(s, who);
    if (!resume) return;
    auto m = score_job(*resume, profile_text(s, who), {job.role_title, *job.description});
    job.ai_match_score = m.score;
    job.ai_reasoning = std::move(m.reasoning);
}

}  // namespace offertracker::pipeline::detail

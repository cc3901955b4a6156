// Practice sessions: creating one (optionally for an OfferTracker application), its CV and job description, the
// list, deletion, and saving its questions into the tracker's question bank.
#include <offertracker/prep/sessions.hpp>

#include <algorithm>

#include <offertracker/text/utf8.hpp>
#include <offertracker/usecases/applications.hpp>
#include <offertracker/usecases/stages.hpp>

#include "support.hpp"

namespace offertracker::prep {
namespace {

void check_job_description(domain::validator& v, std::string_view text) {
    detail::check_text(v, "job_description", text, min_job_description_length, max_job_description_length);
}

bool fits_job_description(std::string_view text) {
    domain::validator v;
    check_job_description(v, text);
    return v.ok();
}

}  // namespace

domain::result<create_session_command> draft_from_application(services& s, const actor& who,
                                                               const domain::id& application_id) {
    auto found = usecases::get_application(s.seeker, who, application_id);
    if (!found) return std::move(found).error();
    const auto& app = found->application;
    create_session_command draft{.job_title = app.role_title, .company_name = app.company_name,
                                 .application_id = app.id};
    if (app.description && fits_job_description(*app.description)) draft.job_description = app.description;
    return draft;
}

domain::result<practice_session> create_session(services& s, const actor& who, const create_session_command& cmd) {
    domain::validator v;
    detail::check_text(v, "job_title", cmd.job_title, 1, max_title_length);
    detail::check_text(v, "company_name", cmd.company_name, 1, max_title_length);
    if (cmd.job_description) check_job_description(v, *cmd.job_description);
    if (auto e = std::move(v).finish()) return std::move(*e);
    if (cmd.application_id) {
        // The application's own rules decide whether the actor may prepare for it (404, 403).
        if (auto linked = usecases::get_application(s.seeker, who, *cmd.application_id); !linked)
            return std::move(linked).error();
    }

    return ports::in_write_unit(s.seeker.store, [&](ports::unit_of_work& uow) -> domain::result<practice_session> {
        if (auto e = detail::lock_actor(uow, who)) return std::move(*e);
        practice_session session{.user_id = who.user_id,
                                 .job_title = std::string(text::trim_ascii_space(cmd.job_title)),
                                 .company_name = std::string(text::trim_ascii_space(cmd.company_name)),
                                 .application_id = cmd.application_id,
                                 .created_at = s.seeker.clock.now()};
        if (cmd.job_description) session.job_description_text = std::string(text::trim_ascii_space(*cmd.job_description));
        // The application may have been deleted since the check above.
        if (session.application_id && !uow.applications().find(*session.application_id))
            return domain::error::not_found("Application not found");
        session.id = uow.prep().create(session);
        uow.commit();
        return session;
    });
}

domain::result<practice_session> get_session(services& s, const actor& who, session_id id) {
    auto uow = s.seeker.store.begin(ports::access::read_only);
    return detail::owned_session(*uow, who, id);
}

domain::result<session_list> list_sessions(services& s, const actor& who, ports::page p) {
    auto uow = s.seeker.store.begin(ports::access::read_only);
    if (!text::is_storable_text(who.user_id)) return domain::error::unauthenticated("Not authenticated");
    return session_list{uow->prep().list(who.user_id, p), uow->prep().count(who.user_id)};
}

domain::result<domain::done> delete_session(services& s, const actor& who, session_id id) {
    return detail::with_owned_session(s, who, id, [&](ports::unit_of_work& uow, practice_session&)
                                                      -> domain::result<domain::done> {
        uow.prep().remove(who.user_id, id);
        uow.commit();
        return domain::done{};
    });
}

domain::result<practice_session> upload_cv(services& s, const actor& who, session_id id, const cv_upload& file) {
    // The owner check comes first, so a stranger learns nothing from how their file fares.
    if (auto owned = get_session(s, who, id); !owned) return std::move(owned).error();
    if (file.content.size() > max_cv_bytes)
        return domain::error::rule_violation("File too large (max 10 MB)");
    auto extracted = s.extractor.extract(file.content, file.content_type, file.filename);
    if (const auto* failed = std::get_if<ports::extraction_error>(&extracted))
        return domain::error::rule_violation(failed->message);
    const std::string text = std::move(std::get<ports::extracted_text>(extracted).text);
    if (text::utf8_length(text::trim_ascii_space(text)) < min_cv_text_length)
        return domain::error::validation({{.path = {"cv_file"}, .code = domain::field_code::too_short,
                                           .limit = static_cast<long long>(min_cv_text_length)}});

    return detail::with_owned_session(s, who, id, [&](ports::unit_of_work& uow, practice_session& session)
                                                      -> domain::result<practice_session> {
        session.cv_text = text;
        session.cv_filename = text::is_storable_text(file.filename) ? file.filename : std::string("cv");
        uow.prep().update(session);
        uow.commit();
        return session;
    });
}

domain::result<practice_session> set_job_description(services& s, const actor& who, session_id id,
                                                     const std::string& text) {
    return detail::with_owned_session(s, who, id, [&](ports::unit_of_work& uow, practice_session& session)
                                                      -> domain::result<practice_session> {
        domain::validator v;
        check_job_description(v, text);
        if (auto e = std::move(v).finish()) return std::move(*e);
        session.job_description_text = std::string(text::trim_ascii_space(text));
        uow.prep().update(session);
        uow.commit();
        return session;
    });
}

domain::result<domain::stage> save_questions_to_stage(services& s, const actor& who, session_id id,
                                                      const domain::id& stage_id) {
    auto uow = s.seeker.store.begin(ports::access::read_only);
    auto session = detail::owned_session(*uow, who, id);
    if (!session) return std::move(session).error();
    if (text::is_blank(stage_id))
        return domain::error::validation({{.path = {"stage_id"}, .code = domain::field_code::missing}});
    if (!session->application_id)
        return domain::error::rule_violation("This session is not linked to an application");
    const auto turns = uow->prep().turns(id);
    uow.reset();

    auto linked = usecases::get_application(s.seeker, who, *session->application_id);
    if (!linked) return std::move(linked).error();
    const auto stage = std::find_if(linked->stages.begin(), linked->stages.end(),
                                    [&](const domain::stage& st) { return st.id == stage_id; });
    if (stage == linked->stages.end()) return domain::error::not_found("Stage not found");

    auto questions = stage->questions_asked;
    for (const auto& t : turns)
        if (std::find(questions.begin(), questions.end(), t.question) == questions.end())
            questions.push_back(t.question);
    usecases::update_stage_command change;
    change.questions_asked = std::optional<std::vector<std::string>>{std::move(questions)};
    return usecases::update_stage(s.seeker, who, linked->application.id, stage_id, change);
}

domain::result<std::vector<score_point>> score_history(services& s, const actor& who, std::size_t limit) {
    auto uow = s.seeker.store.begin(ports::access::read_only);
    if (!text::is_storable_text(who.user_id)) return domain::error::unauthenticated("Not authenticated");
    std::vector<score_point> points;
    // Newest first from the store; the chart reads oldest first.
    for (const auto& session : uow->prep().list(who.user_id, {.skip = 0, .limit = limit}))
        if (session.completed_at && session.result)
            points.push_back({session.id, session.job_title, session.company_name, *session.completed_at,
                              session.result->score});
    std::sort(points.begin(), points.end(),
              [](const score_point& a, const score_point& b) { return a.completed_at < b.completed_at; });
    return points;
}

}  // namespace offertracker::prep

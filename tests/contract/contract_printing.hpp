// Lets Catch2 print domain rows field by field, so a failing contract check shows what differed.
#pragma once

#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <offertracker/domain/activity.hpp>
#include <offertracker/domain/application.hpp>
#include <offertracker/domain/contact.hpp>
#include <offertracker/domain/document.hpp>
#include <offertracker/domain/milestone.hpp>
#include <offertracker/domain/outcome.hpp>
#include <offertracker/domain/reflection.hpp>
#include <offertracker/domain/reminder.hpp>
#include <offertracker/domain/resume.hpp>
#include <offertracker/domain/saved_job.hpp>
#include <offertracker/domain/stage.hpp>
#include <offertracker/domain/tag.hpp>
#include <offertracker/domain/user.hpp>

namespace contract::printing {

using namespace offertracker;

class row_text {
public:
    explicit row_text(const char* type) { out_ << type << '{'; }

    template <class T>
    row_text& field(const char* name, const T& value) {
        out_ << (first_ ? "" : ", ") << name << '=' << show(value);
        first_ = false;
        return *this;
    }
    std::string str() { return out_.str() + '}'; }

private:
    static std::string show(const std::string& s) { return Catch::Detail::stringify(s); }
    static std::string show(long long v) { return std::to_string(v); }
    static std::string show(int v) { return std::to_string(v); }
    static std::string show(bool v) { return v ? "true" : "false"; }
    static std::string show(const domain::date& d) { return domain::format_date(d); }
    static std::string show(const domain::timestamp& t) { return domain::format_timestamp(t); }
    static std::string show(const std::vector<std::string>& v) { return Catch::Detail::stringify(v); }
    template <class E>
        requires std::is_enum_v<E>
    static std::string show(E e) {
        return std::string(domain::to_string(e));
    }
    template <class T>
    static std::string show(const std::optional<T>& o) {
        return o ? show(*o) : "null";
    }

    std::ostringstream out_;
    bool first_ = true;
};

inline std::string describe(const domain::user& u) {
    return row_text("user")
        .field("id", u.id).field("email", u.email).field("username", u.username)
        .field("display_name", u.display_name).field("bio", u.bio).field("password_hash", u.password_hash)
        .field("is_profile_public", u.is_profile_public).field("visibility", u.visibility)
        .field("streak_days", u.streak_days).field("last_active_date", u.last_active_date)
        .field("created_at", u.created_at).field("updated_at", u.updated_at).str();
}

inline std::string describe(const domain::resume& r) {
    return row_text("resume")
        .field("id", r.id).field("user_id", r.user_id).field("version_name", r.version_name)
        .field("notes", r.notes).field("file_url", r.file_url).field("file_key", r.file_key)
        .field("created_at", r.created_at).field("updated_at", r.updated_at).str();
}

inline std::string describe(const domain::application& a) {
    return row_text("application")
        .field("id", a.id).field("user_id", a.user_id).field("company_name", a.company_name)
        .field("role_title", a.role_title).field("url", a.url).field("description", a.description)
        .field("location", a.location).field("job_type", a.job_type).field("work_mode", a.work_mode)
        .field("salary_min", a.salary_min).field("salary_max", a.salary_max)
        .field("salary_currency", a.salary_currency).field("applied_source", a.applied_source)
        .field("applied_date", a.applied_date).field("follow_up_date", a.follow_up_date)
        .field("priority", a.priority).field("notes", a.notes).field("status", a.status)
        .field("resume_version_id", a.resume_version_id).field("created_at", a.created_at)
        .field("updated_at", a.updated_at).str();
}

inline std::string describe(const domain::stage& s) {
    return row_text("stage")
        .field("id", s.id).field("application_id", s.application_id).field("stage_name", s.stage_name)
        .field("stage_type", s.stage_type).field("stage_date", s.stage_date).field("result", s.result)
        .field("duration_minutes", s.duration_minutes).field("interviewer_names", s.interviewer_names)
        .field("prep_notes", s.prep_notes).field("questions_asked", s.questions_asked).field("notes", s.notes)
        .field("created_at", s.created_at).field("updated_at", s.updated_at).str();
}

inline std::string describe(const domain::outcome& o) {
    return row_text("outcome")
        .field("id", o.id).field("application_id", o.application_id).field("status", o.status)
        .field("salary", o.salary).field("salary_currency", o.salary_currency).field("bonus", o.bonus)
        .field("equity", o.equity).field("benefits", o.benefits).field("start_date", o.start_date)
        .field("deadline", o.deadline).field("negotiation_notes", o.negotiation_notes).field("notes", o.notes)
        .field("created_at", o.created_at).field("updated_at", o.updated_at).str();
}

inline std::string describe(const domain::reflection& r) {
    return row_text("reflection")
        .field("id", r.id).field("application_id", r.application_id).field("what_worked", r.what_worked)
        .field("what_failed", r.what_failed).field("skill_gaps_json", r.skill_gaps_json)
        .field("improvement_plan", r.improvement_plan).field("created_at", r.created_at)
        .field("updated_at", r.updated_at).str();
}

inline std::string describe(const domain::activity_entry& e) {
    return row_text("activity_entry")
        .field("id", e.id).field("user_id", e.user_id).field("application_id", e.application_id)
        .field("action", e.action).field("description", e.description).field("metadata_json", e.metadata_json)
        .field("created_at", e.created_at).str();
}

inline std::string describe(const domain::contact& c) {
    return row_text("contact")
        .field("id", c.id).field("user_id", c.user_id).field("application_id", c.application_id)
        .field("name", c.name).field("email", c.email).field("phone", c.phone).field("role_title", c.role_title)
        .field("company", c.company).field("contact_type", c.contact_type).field("linkedin_url", c.linkedin_url)
        .field("notes", c.notes).field("last_contacted", c.last_contacted).field("created_at", c.created_at)
        .field("updated_at", c.updated_at).str();
}

inline std::string describe(const domain::document& d) {
    return row_text("document")
        .field("id", d.id).field("user_id", d.user_id).field("application_id", d.application_id)
        .field("doc_type", d.doc_type).field("name", d.name).field("file_url", d.file_url).field("notes", d.notes)
        .field("created_at", d.created_at).field("updated_at", d.updated_at).str();
}

inline std::string describe(const domain::reminder& r) {
    return row_text("reminder")
        .field("id", r.id).field("user_id", r.user_id).field("application_id", r.application_id)
        .field("title", r.title).field("description", r.description).field("remind_at", r.remind_at)
        .field("reminder_type", r.reminder_type).field("is_completed", r.is_completed)
        .field("completed_at", r.completed_at).field("created_at", r.created_at).field("updated_at", r.updated_at)
        .str();
}

inline std::string describe(const domain::tag& t) {
    return row_text("tag")
        .field("id", t.id).field("user_id", t.user_id).field("name", t.name).field("color", t.color)
        .field("created_at", t.created_at).str();
}

inline std::string describe(const domain::application_tag& l) {
    return row_text("application_tag")
        .field("id", l.id).field("user_id", l.user_id).field("application_id", l.application_id)
        .field("tag_id", l.tag_id).field("created_at", l.created_at).str();
}

inline std::string describe(const domain::saved_job& j) {
    return row_text("saved_job")
        .field("id", j.id).field("user_id", j.user_id).field("company_name", j.company_name)
        .field("role_title", j.role_title).field("url", j.url).field("company_website", j.company_website)
        .field("location", j.location).field("job_type", j.job_type).field("work_mode", j.work_mode)
        .field("salary_range_min", j.salary_range_min).field("salary_range_max", j.salary_range_max)
        .field("salary_currency", j.salary_currency).field("priority", j.priority).field("source", j.source)
        .field("notes", j.notes).field("deadline", j.deadline).field("excitement_level", j.excitement_level)
        .field("status", j.status).field("converted_to_application_id", j.converted_to_application_id)
        .field("created_at", j.created_at).field("updated_at", j.updated_at).str();
}

inline std::string describe(const domain::milestone& m) {
    return row_text("milestone")
        .field("id", m.id).field("name", m.name).field("description", m.description)
        .field("criteria_json", m.criteria_json).field("created_at", m.created_at).str();
}

inline std::string describe(const domain::user_milestone& m) {
    return row_text("user_milestone")
        .field("id", m.id).field("user_id", m.user_id).field("milestone_id", m.milestone_id)
        .field("reached_at", m.reached_at).str();
}

inline std::string describe(const domain::progress_counts& c) {
    return row_text("progress_counts")
        .field("applications", c.applications).field("reflections", c.reflections).field("stages", c.stages)
        .field("offers", c.offers).field("following", c.following).field("group_memberships", c.group_memberships)
        .field("posts", c.posts).field("contacts", c.contacts).field("reminders_pending", c.reminders_pending)
        .field("milestones_reached", c.milestones_reached).str();
}

}  // namespace contract::printing

#define CONTRACT_PRINTABLE(TYPE)                                                                 \
    namespace Catch {                                                                            \
    template <>                                                                                  \
    struct StringMaker<TYPE> {                                                                   \
        static std::string convert(const TYPE& v) { return contract::printing::describe(v); }   \
    };                                                                                           \
    template <>                                                                                  \
    struct StringMaker<std::optional<TYPE>> {                                                    \
        static std::string convert(const std::optional<TYPE>& v) {                               \
            return v ? contract::printing::describe(*v) : std::string("nullopt");                \
        }                                                                                        \
    };                                                                                           \
    }

CONTRACT_PRINTABLE(offertracker::domain::user)
CONTRACT_PRINTABLE(offertracker::domain::resume)
CONTRACT_PRINTABLE(offertracker::domain::application)
CONTRACT_PRINTABLE(offertracker::domain::stage)
CONTRACT_PRINTABLE(offertracker::domain::outcome)
CONTRACT_PRINTABLE(offertracker::domain::reflection)
CONTRACT_PRINTABLE(offertracker::domain::activity_entry)
CONTRACT_PRINTABLE(offertracker::domain::contact)
CONTRACT_PRINTABLE(offertracker::domain::document)
CONTRACT_PRINTABLE(offertracker::domain::reminder)
CONTRACT_PRINTABLE(offertracker::domain::tag)
CONTRACT_PRINTABLE(offertracker::domain::application_tag)
CONTRACT_PRINTABLE(offertracker::domain::saved_job)
CONTRACT_PRINTABLE(offertracker::domain::milestone)
CONTRACT_PRINTABLE(offertracker::domain::user_milestone)
CONTRACT_PRINTABLE(offertracker::domain::progress_counts)

#undef CONTRACT_PRINTABLE

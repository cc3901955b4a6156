// Jobs and candidates from text: a prompt, an uploaded job req, an uploaded resume, through the intake parsers and
// the same rules as the create use cases.
#include <functional>
#include <map>
#include <offertracker/intake/intake.hpp>
#include <offertracker/recruiting/agent.hpp>

#include "agent_summaries.hpp"
#include "candidate_rules.hpp"
#include "job_rules.hpp"
#include "support.hpp"

namespace offertracker::recruiting {
namespace {

constexpr std::size_t max_prompt = 50'000;
constexpr std::size_t max_title = 200;

// Checks a command built from parsed text: a field error on a parsed optional field drops that field (the client
// did not write it) and the command is checked again; an error on anything else is the answer.
template <class Command, class Check>
std::optional<domain::error> check_parsed(Command& cmd, Check&& check,
                                          const std::map<std::string, std::function<void(Command&)>>& droppable) {
    for (;;) {
        auto e = check(cmd);
        if (!e) return std::nullopt;
        bool dropped = false;
        for (const auto& f : e->field_errors) {
            if (f.path.empty()) continue;
            if (const auto it = droppable.find(f.path.front()); it != droppable.end()) {
                it->second(cmd);
                dropped = true;
            }
        }
        if (!dropped) return e;
    }
}

const std::map<std::string, std::function<void(create_job_command&)>>& parsed_job_fields() {
    static const std::map<std::string, std::function<void(create_job_command&)>> fields{
        {"department", [](create_job_command& c) { c.department.reset(); }},
        {"location", [](create_job_command& c) { c.location.reset(); }},
        {"employment_type", [](create_job_command& c) { c.employment_type.reset(); }},
        {"remote_option", [](create_job_command& c) { c.remote_option.reset(); }},
        {"salary_min", [](create_job_command& c) { c.salary_min.reset(); }},
        {"salary_max", [](create_job_command& c) { c.salary_max.reset(); }},
        {"currency", [](create_job_command& c) { c.currency.reset(); }},
        {"required_skills", [](create_job_command& c) { c.required_skills.reset(); }},
        {"nice_to_have_skills", [](create_job_command& c) { c.nice_to_have_skills.reset(); }},
        {"min_years", [](create_job_command& c) { c.min_years.reset(); }},
    };
    return fields;
}

const std::map<std::string, std::function<void(create_candidate_command&)>>& parsed_candidate_fields() {
    static const std::map<std::string, std::function<void(create_candidate_command&)>> fields{
        {"headline", [](create_candidate_command& c) { c.headline.reset(); }},
        {"location", [](create_candidate_command& c) { c.location.reset(); }},
        {"experience_years", [](create_candidate_command& c) { c.experience_years.reset(); }},
        {"current_title", [](create_candidate_command& c) { c.current_title.reset(); }},
        {"current_company", [](create_candidate_command& c) { c.current_company.reset(); }},
        {"linkedin_url", [](create_candidate_command& c) { c.linkedin_url.reset(); }},
        {"github_url", [](create_candidate_command& c) { c.github_url.reset(); }},
        {"website_url", [](create_candidate_command& c) { c.website_url.reset(); }},
        {"email", [](create_candidate_command& c) { c.email.reset(); }},
        {"phone", [](create_candidate_command& c) { c.phone.reset(); }},
        {"skills", [](create_candidate_command& c) { c.skills.reset(); }},
    };
    return fields;
}

template <class T>
std::optional<long long> wide(const std::optional<T>& v) {
    if (!v) return std::nullopt;
    return static_cast<long long>(*v);
}

// The create command for a job described by `text`, kept whole as its description.
create_job_command job_command(const std::string& text, const std::string& description) {
    const auto f = intake::parse_job_text(text);
    create_job_command cmd;
    cmd.title = f.title && !detail::is_blank(*f.title) ? *f.title : detail::first_line(text, max_title);
    cmd.department = f.department;
    cmd.location = f.location;
    cmd.employment_type = f.employment_type;
    cmd.remote_option = f.remote_option;
    cmd.salary_min = f.salary_min;
    cmd.salary_max = f.salary_max;
    cmd.currency = f.currency;
    cmd.description = description;
    cmd.required_skills = f.required_skills;
    cmd.nice_to_have_skills = f.nice_to_have_skills;
    cmd.min_years = wide(f.min_years);
    return cmd;
}

domain::result<job> create_parsed_job(services& s, const recruiter& who, create_job_command cmd) {
    if (auto e = check_parsed(cmd, detail::check_job, parsed_job_fields())) return std::move(*e);
    return detail::in_write(s, who, detail::need::write,
                            [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<job> {
                                const auto now = s.clock.now();
                                auto j = detail::add_job(uow, detail::make_job(cmd, m, now), now);
                                uow.commit();
                                return j;
                            });
}

std::optional<domain::error> check_upload(const uploaded_file& file, const std::optional<std::string>& notes) {
    domain::validator v;
    v.text("filename", file.filename);
    v.text("notes", notes);
    return std::move(v).finish();
}

// The extracted text, or the extractor's 400.
domain::result<std::string> text_of(services& s, const uploaded_file& file) {
    auto extracted = s.extractor.extract(file.content, file.content_type, file.filename);
    if (const auto* failed = std::get_if<ports::extraction_error>(&extracted))
        return domain::error::rule_violation(failed->message);
    return std::move(std::get<ports::extracted_text>(extracted).text);
}

bool given(const std::optional<std::string>& notes) { return notes && !detail::is_blank(*notes); }

// "Extracted notes from resume 'cv.pdf': Email: ... Phone: ... Experience: 8 years. Skills: Python, Go."
std::string resume_notes(const std::string& filename, const intake::resume_fields& f,
                         const std::optional<std::string>& recruiter_notes) {
    std::string out = "Extracted notes from resume '" + filename + "':";
    std::size_t facts = 0;
    auto fact = [&](std::string_view label, const std::string& value) {
        out += " ";
        out += label;
        out += ": " + value + ".";
        ++facts;
    };
    if (f.email) fact("Email", *f.email);
    if (f.phone) fact("Phone", *f.phone);
    if (f.experience_years)
        fact("Experience", std::to_string(*f.experience_years) + (*f.experience_years == 1 ? " year" : " years"));
    if (!f.skills.empty()) fact("Skills", detail::joined(f.skills));
    if (facts == 0) out += " no contact details, experience or skills recognised.";
    if (given(recruiter_notes)) out += "\n\nAdditional recruiter notes: " + std::string(detail::trim(*recruiter_notes));
    return out;
}

}  // namespace

domain::result<job_from_text> create_job_from_prompt(services& s, const recruiter& who, const std::string& prompt) {
    domain::validator v;
    detail::required_text(v, "prompt", prompt, max_prompt);
    if (auto e = std::move(v).finish()) return std::move(*e);
    auto j = create_parsed_job(s, who, job_command(prompt, prompt));
    if (!j) return std::move(j).error();
    auto summary = detail::job_line_summary(*j);
    return job_from_text{std::move(*j), std::move(summary)};
}

domain::result<job_from_text> create_job_from_file(services& s, const recruiter& who, const uploaded_file& file,
                                                   const std::optional<std::string>& notes) {
    if (auto e = check_upload(file, notes)) return std::move(*e);
    auto text = text_of(s, file);
    if (!text) return std::move(text).error();
    std::string description = *text;
    if (given(notes)) description += "\n\nRecruiter notes: " + std::string(detail::trim(*notes));
    auto j = create_parsed_job(s, who, job_command(description, description));
    if (!j) return std::move(j).error();
    auto summary = detail::job_file_summary(*j, file.filename);
    return job_from_text{std::move(*j), std::move(summary)};
}

domain::result<candidate_from_resume> create_candidate_from_resume(services& s, const recruiter& who,
                                                                   const uploaded_file& file,
                                                                   const std::optional<std::string>& notes) {
    if (auto e = check_upload(file, notes)) return std::move(*e);
    auto text = text_of(s, file);
    if (!text) return std::move(text).error();
    // "2019 - present" counts to this year by the services' clock (the parser has none).
    const int year = static_cast<int>(domain::to_date(s.clock.now()).year());
    const auto f = intake::parse_resume_text(*text, year);

    create_candidate_command cmd;
    cmd.full_name =
        f.full_name && !detail::is_blank(*f.full_name) ? *f.full_name : detail::first_line(*text, max_title);
    cmd.headline = f.headline;
    cmd.location = f.location;
    cmd.experience_years = wide(f.experience_years);
    cmd.current_title = f.current_title;
    cmd.current_company = f.current_company;
    cmd.linkedin_url = f.linkedin_url;
    cmd.github_url = f.github_url;
    cmd.website_url = f.website_url;
    cmd.email = f.email;
    cmd.phone = f.phone;
    cmd.skills = f.skills;
    cmd.resume_text = *text;
    cmd.notes = resume_notes(file.filename, f, notes);
    if (auto e = check_parsed(cmd, detail::check_candidate, parsed_candidate_fields())) return std::move(*e);

    auto created = detail::in_write(
        s, who, detail::need::write,
        [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<created_candidate> {
            const auto now = s.clock.now();
            auto c = detail::add_candidate(uow, detail::make_candidate(cmd, m.org_id, now), now);
            uow.commit();
            return c;
        });
    if (!created) return std::move(created).error();
    auto summary = detail::candidate_summary(created->record, created->possible_duplicates);
    return candidate_from_resume{std::move(created->record), std::move(summary),
                                 std::move(created->possible_duplicates)};
}

}  // namespace offertracker::recruiting

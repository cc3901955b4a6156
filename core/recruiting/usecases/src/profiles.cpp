// The adapter from Recruiting records to matching profiles.
#include "profiles.hpp"

#include "support.hpp"

namespace offertracker::recruiting::detail {
namespace {

// What one record may send to the model: enough for a profile, and within every common model's input limit
// (a resume can hold 100,000 characters, and a request names up to 5,000 records).
constexpr std::size_t max_embedding_text = 8000;

void line(std::string& out, std::string_view label, const std::optional<std::string>& value) {
    if (!value || is_blank(*value)) return;
    out += label;
    out += *value;
    out += '\n';
}

}  // namespace

matching::job_profile profile_of(const job& j) {
    matching::job_profile p;
    p.id = j.id;
    p.title = j.title;
    p.description = j.description.value_or("");
    p.required_skills = j.required_skills;
    p.nice_to_have_skills = j.nice_to_have_skills;
    p.min_years = j.min_years;
    p.location = j.location;
    if (j.remote_option) p.remote = lower_ascii(trim(*j.remote_option)) == "remote";
    return p;
}

matching::candidate_profile profile_of(const candidate& c) {
    matching::candidate_profile p;
    p.id = c.id;
    p.full_name = c.full_name;
    p.title = c.current_title.value_or("");
    p.headline = c.headline.value_or("");
    p.current_company = c.current_company.value_or("");
    p.notes = c.notes.value_or("");
    p.resume_text = c.resume_text.value_or("");
    p.skills = c.skills;
    p.years_experience = c.experience_years;
    return p;
}

std::string embedding_text(const job& j) {
    std::string out = "Job title: " + j.title + '\n';
    if (!j.required_skills.empty()) out += "Required skills: " + joined(j.required_skills) + '\n';
    if (!j.nice_to_have_skills.empty()) out += "Nice-to-have skills: " + joined(j.nice_to_have_skills) + '\n';
    if (j.min_years) out += "Years of experience: " + std::to_string(*j.min_years) + '\n';
    line(out, "Description: ", j.description);
    return first_code_points(out, max_embedding_text);
}

std::string embedding_text(const candidate& c) {
    std::string out;
    line(out, "Current title: ", c.current_title);
    line(out, "Headline: ", c.headline);
    line(out, "Current company: ", c.current_company);
    if (!c.skills.empty()) out += "Skills: " + joined(c.skills) + '\n';
    if (c.experience_years) out += "Years of experience: " + std::to_string(*c.experience_years) + '\n';
    line(out, "Notes: ", c.notes);
    line(out, "Resume: ", c.resume_text);
    return first_code_points(out.empty() ? c.full_name : out, max_embedding_text);
}

}  // namespace offertracker::recruiting::detail

// The agent's summaries and labels.
#include "agent_summaries.hpp"

#include "support.hpp"

namespace offertracker::recruiting::detail {
namespace {

bool known(const std::optional<std::string>& v) { return v && !is_blank(*v); }

// "150000–190000 USD", "from 150000 USD", "up to 190000", or "" when neither bound is known.
std::string salary_range(const job& j) {
    std::string out;
    if (j.salary_min && j.salary_max)
        out = std::to_string(*j.salary_min) + "\u2013" + std::to_string(*j.salary_max);
    else if (j.salary_min)
        out = "from " + std::to_string(*j.salary_min);
    else if (j.salary_max)
        out = "up to " + std::to_string(*j.salary_max);
    else
        return {};
    if (known(j.currency)) out += " " + *j.currency;
    return out;
}

// "- Job #6: ...\n- Location: ...\n..." for the known fields.
std::string job_lines(const job& j) {
    std::string out = "- " + job_label(j) + "\n";
    auto line = [&](std::string_view label, const std::string& value) {
        out += "- ";
        out += label;
        out += ": " + value + "\n";
    };
    if (known(j.department)) line("Department", *j.department);
    if (known(j.location)) line("Location", *j.location);
    if (known(j.employment_type)) line("Employment type", *j.employment_type);
    if (known(j.remote_option)) line("Remote option", *j.remote_option);
    if (auto range = salary_range(j); !range.empty()) line("Salary range", range);
    if (!j.required_skills.empty()) line("Required skills", joined(j.required_skills));
    if (!j.nice_to_have_skills.empty()) line("Nice-to-have skills", joined(j.nice_to_have_skills));
    if (j.min_years)
        line("Minimum experience", std::to_string(*j.min_years) + (*j.min_years == 1 ? " year" : " years"));
    return out;
}

std::string next_steps(const job& j) {
    return "\nYou can now say things like:\n- 'match candidates for job " + std::to_string(j.id) +
           "'\n- 'list jobs' to see it among your openings.";
}

}  // namespace

std::string job_label(const job& j) { return "Job #" + std::to_string(j.id) + ": " + j.title; }

std::string candidate_label(const candidate& c) { return "Candidate #" + std::to_string(c.id) + ": " + c.full_name; }

std::string role_suffix(const candidate& c) {
    if (known(c.current_title) && known(c.current_company))
        return " (" + *c.current_title + " @ " + *c.current_company + ")";
    if (known(c.current_title)) return " (" + *c.current_title + ")";
    if (known(c.current_company)) return " (" + *c.current_company + ")";
    return {};
}

std::string job_line_summary(const job& j) {
    std::string out = "Created job #" + std::to_string(j.id) + ": " + j.title + ".";
    auto fact = [&](std::string_view label, const std::string& value) {
        out += " ";
        out += label;
        out += ": " + value + ".";
    };
    if (known(j.location)) fact("Location", *j.location);
    if (known(j.employment_type)) fact("Employment type", *j.employment_type);
    if (known(j.remote_option)) fact("Remote option", *j.remote_option);
    if (auto range = salary_range(j); !range.empty()) fact("Salary range", range);
    if (!j.required_skills.empty()) fact("Required skills", joined(j.required_skills));
    return out;
}

std::string job_file_summary(const job& j, const std::string& filename) {
    return "I've created a new job from the uploaded file '" + filename + "':\n\n" + job_lines(j) + next_steps(j);
}

std::string job_chat_summary(const job& j) { return "I've created a new job:\n\n" + job_lines(j) + next_steps(j); }

std::string candidate_summary(const candidate& c, const std::vector<record_id>& possible_duplicates) {
    std::string out = "Created candidate #" + std::to_string(c.id) + ": " + c.full_name + ".";
    auto fact = [&](std::string_view label, const std::optional<std::string>& value) {
        if (!known(value)) return;
        out += " ";
        out += label;
        out += ": " + *value + ".";
    };
    fact("Current title", c.current_title);
    fact("Current company", c.current_company);
    fact("Location", c.location);
    fact("Headline", c.headline);
    if (!possible_duplicates.empty()) {
        out += " Possible duplicates: ";
        for (std::size_t i = 0; i < possible_duplicates.size(); ++i)
            out += (i ? ", candidate #" : "candidate #") + std::to_string(possible_duplicates[i]);
        out += ".";
    }
    return out;
}

}  // namespace offertracker::recruiting::detail

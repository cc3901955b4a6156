// The recruiter agent: chat commands routed by ordered intent rules (offline), and job and candidate creation from
// text (a prompt, an uploaded job req, an uploaded resume) through the intake parsers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/recruiting/services.hpp>

namespace offertracker::recruiting {

// The reply to one chat message; replies name records by title or name and only ever the member's org's.
// Creating a job from chat is a write (403 for a viewer); the other commands read.
domain::result<std::string> chat(services& s, const recruiter& who, const std::string& message);

struct job_from_text {
    job record;
    std::string summary;  // the seed's "I've created a new job ..." text (from files) or a one-line summary
};

// A job parsed from free text (title, location, employment type, remote option, salary, required and
// nice-to-have skills); the text becomes its description. 422 on "prompt" when blank or over 50,000 characters.
domain::result<job_from_text> create_job_from_prompt(services& s, const recruiter& who, const std::string& prompt);

// An uploaded job req or resume: the bytes, their declared type and name; notes from the form.
struct uploaded_file {
    std::string content;
    std::string content_type;
    std::string filename;
};

// The file's text through the extractor (400 with its message when it cannot be read), then as from_prompt.
// notes, when given, are appended to the description.
domain::result<job_from_text> create_job_from_file(services& s, const recruiter& who, const uploaded_file& file,
                                                   const std::optional<std::string>& notes);

struct candidate_from_resume {
    candidate record;
    std::string summary;
    std::vector<record_id> possible_duplicates;
};

// Name, email, phone, profile URLs, current title and company, years of experience and skills from the resume;
// its text is kept as resume_text; notes are "Extracted notes from resume..." plus "Additional recruiter notes: ".
domain::result<candidate_from_resume> create_candidate_from_resume(services& s, const recruiter& who,
                                                                   const uploaded_file& file,
                                                                   const std::optional<std::string>& notes);

}  // namespace offertracker::recruiting

// The recruiter agent: chat commands routed by ordered intent rules (offline), and job and candidate creation from
// text (a prompt, an uploaded job req, an uploaded resume) through the intake parsers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/intake/intake.hpp>
#include <offertracker/recruiting/services.hpp>

namespace offertracker::recruiting {

// The reply to one chat message; replies name records by title or name and only ever the member's org's.
// Creating a job from chat is a write (403 for a viewer); the other commands read (matching from chat logs its
// matches like the matching routes, with the openai strategy when a provider is configured). A record the
// message names that is not the org's is "not found" in the reply, not an error. 422 on "message" for text that
// is not storable or is over 50,000 characters; a blank message gets the help reply.
domain::result<std::string> chat(services& s, const recruiter& who, const std::string& message);
// The reply to an already parsed message (chat = reply_to(parse_intent(message))); for callers with their own
// intent rules.
domain::result<std::string> reply_to(services& s, const recruiter& who, const intake::intent& what);

struct job_from_text {
    job record;
    std::string summary;  // the seed's "I've created a new job ..." text (from files) or a one-line summary
};

// Text parsed by the intake parsers is validated as a client's create command would be, except that a parsed
// optional field breaking its rule (a salary range upside down, a headline over 200 characters, a URL that is not
// http(s)) is left out rather than refused: the client did not write it. A text with no recognisable title (or
// name) gets its first non-blank line, trimmed, at most 200 characters.

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
// notes, when given, are appended to the description ("Recruiter notes: ..."); 422 on "description" when the
// whole is over 50,000 characters.
domain::result<job_from_text> create_job_from_file(services& s, const recruiter& who, const uploaded_file& file,
                                                   const std::optional<std::string>& notes);

struct candidate_from_resume {
    candidate record;
    std::string summary;
    std::vector<record_id> possible_duplicates;
};

// Name, email, phone, profile URLs, current title and company, years of experience and skills from the resume;
// its text is kept as resume_text (422 on "resume_text" over 100,000 characters); notes are "Extracted notes from
// resume '<file>': ..." (the contact facts, experience and skills found) plus "\n\nAdditional recruiter notes: "
// and the notes when given. The summary is "Created candidate #12: Jane Doe. Current title: ...", naming only the
// known fields, then the possible duplicates.
domain::result<candidate_from_resume> create_candidate_from_resume(services& s, const recruiter& who,
                                                                   const uploaded_file& file,
                                                                   const std::optional<std::string>& notes);

}  // namespace offertracker::recruiting

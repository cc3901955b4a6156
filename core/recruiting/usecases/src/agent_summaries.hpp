// The agent's texts about records: the summaries of creations from text and the labels chat replies use.
#pragma once

#include <offertracker/recruiting/records.hpp>
#include <string>
#include <vector>

namespace offertracker::recruiting::detail {

// "Created job #5: Senior Backend Engineer. Location: New York, NY. ..." (known fields only).
std::string job_line_summary(const job& j);
// The seed's "I've created a new job from the uploaded file 'x':\n\n- Job #6: ...\n...\n\nYou can now say ...".
std::string job_file_summary(const job& j, const std::string& filename);
// The same list after "I've created a new job:" (a job created from chat).
std::string job_chat_summary(const job& j);
// "Created candidate #12: Jane Doe. Current title: ... Current company: ... Location: ... Headline: ..." (known
// fields only), then "Possible duplicates: candidate #3, candidate #9." when there are any.
std::string candidate_summary(const candidate& c, const std::vector<record_id>& possible_duplicates);

// "Job #5: Senior Backend Engineer"
std::string job_label(const job& j);
// "Candidate #12: Jane Doe"
std::string candidate_label(const candidate& c);
// " (Staff Engineer @ TechCorp)", " (Staff Engineer)", " (TechCorp)" or "".
std::string role_suffix(const candidate& c);

}  // namespace offertracker::recruiting::detail

// An optional model provider that writes interview questions and feedback (an OpenAI-compatible chat-completions
// endpoint). Offline deployments configure none; the interview-prep use cases fall back to the offline interviewer
// when there is none, when it fails, or when what it wrote is unusable.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <offertracker/prep/records.hpp>

namespace offertracker::ports {

struct interview_model_error {
    std::string message;  // one English sentence for logs; never holds the API key or the provider's body
};

// What the model sees: the same inputs the offline interviewer uses.
struct interview_brief {
    std::string job_title;
    std::string company_name;
    std::string job_description;         // "" when none was given
    std::string cv_text;                 // "" when none was uploaded
    std::vector<std::string> job_skills;  // canonical skill names the description mentions
    std::vector<prep::turn> turns;        // asked so far, by position, with their answers
};

using question_result = std::variant<std::string, interview_model_error>;
using feedback_result = std::variant<prep::feedback, interview_model_error>;

class interview_model {
public:
    virtual ~interview_model() = default;
    // The next question to ask (one question, plain text). Blocking (network, with timeouts): call off I/O threads.
    virtual question_result next_question(const interview_brief& brief) = 0;
    // Feedback on the answered turns: score 1..10, strengths, weaknesses, CV improvements (answers may be empty).
    virtual feedback_result write_feedback(const interview_brief& brief) = 0;
};

}  // namespace offertracker::ports

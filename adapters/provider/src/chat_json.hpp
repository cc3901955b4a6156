// The JSON of the OpenAI chat-completions API as the interviewer uses it: the request body, the reply's content,
// and the question or feedback read strictly from that content. Boost.JSON stays in here and in the prompt.
// Private to the provider adapter.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include <offertracker/ports/interview_model.hpp>

namespace offertracker::adapters::provider::detail {

// {"model", "temperature": 0, "response_format": {"type": "json_object"}, "messages": [system, user]}
std::string chat_request(std::string_view model, std::string_view system, std::string_view user);

// choices[0].message.content of a chat completion. Never throws for any input text (nor do the two below).
std::variant<std::string, ports::interview_model_error> reply_content(std::string_view body);

// {"question": "..."}: the question, trimmed.
ports::question_result read_question(std::string_view content);

// {"score", "strengths", "weaknesses", "cv_improvements"}: a feedback written_by "model".
ports::feedback_result read_feedback(std::string_view content);

}  // namespace offertracker::adapters::provider::detail

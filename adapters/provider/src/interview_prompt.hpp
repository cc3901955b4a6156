// What the interviewer says to the model: the system messages of the two tasks and the brief as the user
// message. Private to the provider adapter.
#pragma once

#include <string>
#include <string_view>

#include <offertracker/ports/interview_model.hpp>

namespace offertracker::adapters::provider::detail {

extern const std::string_view next_question_instructions;
extern const std::string_view feedback_instructions;

// The brief as a JSON document, every text bounded (see openai_interviewer.hpp) and made valid UTF-8.
std::string brief_message(const ports::interview_brief& brief);

}  // namespace offertracker::adapters::provider::detail

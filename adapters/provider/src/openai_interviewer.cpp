// The OpenAI-compatible interviewer: one chat completion per call through the fetcher, every failure a value.
#include <offertracker/adapters/provider/openai_interviewer.hpp>

#include <exception>
#include <stdexcept>
#include <utility>

#include "chat_json.hpp"
#include "interview_prompt.hpp"
#include "json_post.hpp"

namespace offertracker::adapters::provider {

namespace {

// The reply's content for these instructions and this brief, or why there is none.
std::variant<std::string, ports::interview_model_error> ask(ports::http_fetcher& fetcher,
                                                            const openai_chat_config& config,
                                                            const std::string& endpoint,
                                                            std::string_view instructions,
                                                            const ports::interview_brief& brief) {
    auto answer = detail::post(fetcher,
                               {.url = endpoint,
                                .api_key = config.api_key,
                                .body = detail::chat_request(config.model, instructions, detail::brief_message(brief)),
                                .timeout = config.timeout,
                                .max_response_bytes = config.max_response_bytes},
                               "The interview model provider");
    if (auto* failure = std::get_if<detail::post_failure>(&answer))
        return ports::interview_model_error{std::move(failure->message)};
    return detail::reply_content(std::get<std::string>(answer));
}

}  // namespace

openai_interviewer::openai_interviewer(ports::http_fetcher& fetcher, openai_chat_config config)
    : fetcher_(fetcher), config_(std::move(config)) {
    if (config_.base_url.empty()) throw std::invalid_argument("openai_interviewer: base_url is empty");
    if (config_.model.empty()) throw std::invalid_argument("openai_interviewer: model is empty");
    endpoint_ = detail::endpoint(config_.base_url, "/chat/completions");
}

ports::question_result openai_interviewer::next_question(const ports::interview_brief& brief) {
    try {
        auto content = ask(fetcher_, config_, endpoint_, detail::next_question_instructions, brief);
        if (auto* e = std::get_if<ports::interview_model_error>(&content)) return std::move(*e);
        return detail::read_question(std::get<std::string>(content));
    } catch (const std::exception&) {
        // Out of memory, or a fetcher that broke its no-throw contract: the caller falls back either way.
        return ports::interview_model_error{"The interview model request failed inside the adapter."};
    }
}

ports::feedback_result openai_interviewer::write_feedback(const ports::interview_brief& brief) {
    try {
        auto content = ask(fetcher_, config_, endpoint_, detail::feedback_instructions, brief);
        if (auto* e = std::get_if<ports::interview_model_error>(&content)) return std::move(*e);
        return detail::read_feedback(std::get<std::string>(content));
    } catch (const std::exception&) {
        return ports::interview_model_error{"The interview model request failed inside the adapter."};
    }
}

}  // namespace offertracker::adapters::provider

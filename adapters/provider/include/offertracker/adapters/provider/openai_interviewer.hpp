// ports::interview_model over an OpenAI-compatible chat-completions API (OpenAI itself, or any server that speaks
// POST {base_url}/chat/completions with JSON mode: gateways, vLLM, Ollama's /v1, a local proxy).
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

#include <offertracker/ports/http_fetcher.hpp>
#include <offertracker/ports/interview_model.hpp>

namespace offertracker::adapters::provider {

struct openai_chat_config {
    std::string base_url;  // e.g. "https://api.openai.com/v1"; "/chat/completions" is appended (trailing '/' dropped)
    std::string api_key;   // sent as "Authorization: Bearer <key>"; empty sends no Authorization (a local server)
    std::string model;     // e.g. "gpt-4o-mini"
    std::chrono::milliseconds timeout{30'000};  // the whole request: a model writing feedback takes seconds
    std::size_t max_response_bytes = 256 * 1024;  // a question or a feedback is a few kB of JSON
};

// Each call POSTs {"model", "temperature": 0, "response_format": {"type": "json_object"}, "messages": [system,
// user]}: the system message makes the model an interviewer that answers only with one JSON object
// ({"question"} or {"score", "strengths", "weaknesses", "cv_improvements"}); the user message is the brief as a
// JSON document, every text cut to a bound (the description and the CV to 4,000 characters, an answer to 1,500,
// at most the last 8 turns), so a request stays some tens of kB whatever the session holds.
//
// choices[0].message.content is read as JSON, strictly: exactly the keys asked for; a question is valid UTF-8,
// not blank, at most 1,000 characters, without control characters (surrounding whitespace is trimmed); a
// feedback's score is a JSON integer 1..10 and each list at most 10 such texts of at most 500 characters.
// The feedback is written_by "model", with no per-answer assessments.
//
// Every failure is an interview_model_error, never an exception and never a log line: a fetch error (no
// redirect is followed, so the key only ever goes to base_url), a status other than 2xx, a body or a reply that
// is not what was asked. The message names the problem but never the key, the body or the model's text.
//
// The fetcher decides where the adapter may connect; as for openai_embeddings, the composition root hands it a
// guarded fetcher whose address policy allows what the operator configured. Thread-safe (no mutable state).
// Blocking: call off I/O threads. The fetcher must outlive the adapter. Throws std::invalid_argument from the
// constructor when base_url or model is empty.
class openai_interviewer final : public ports::interview_model {
public:
    openai_interviewer(ports::http_fetcher& fetcher, openai_chat_config config);

    ports::question_result next_question(const ports::interview_brief& brief) override;
    ports::feedback_result write_feedback(const ports::interview_brief& brief) override;

private:
    ports::http_fetcher& fetcher_;
    openai_chat_config config_;
    std::string endpoint_;
};

}  // namespace offertracker::adapters::provider

// ports::embedding_provider over an OpenAI-compatible embeddings API (OpenAI itself, or any server that speaks
// POST {base_url}/embeddings: Azure-style gateways, vLLM, Ollama's /v1, a local proxy).
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

#include <offertracker/ports/embedding_provider.hpp>
#include <offertracker/ports/http_fetcher.hpp>

namespace offertracker::adapters::provider {

struct openai_embeddings_config {
    std::string base_url;  // e.g. "https://api.openai.com/v1"; "/embeddings" is appended (a trailing '/' is dropped)
    std::string api_key;   // sent as "Authorization: Bearer <key>"; empty sends no Authorization (a local server)
    std::string model;     // e.g. "text-embedding-3-small"
    std::chrono::milliseconds timeout{10'000};  // the whole request
    // The largest answer read: 1,536 floats of JSON are about 20 kB, so this fits some 800 texts of one call.
    std::size_t max_response_bytes = 16 * 1024 * 1024;
};

// embed(texts) POSTs {"model": model, "input": [texts...]} with Content-Type application/json and the bearer key,
// through the fetcher it is given, and reads data[].embedding, placed by each item's `index`.
//
// Every failure is an embedding_error, never an exception and never a log line: a fetch error (refused address,
// connection, TLS, timeout, too large, a redirect: none is followed, so the key is only ever sent to base_url), a
// status other than 2xx, a body that is not the expected JSON, a count other than the input's, an index missing
// or repeated, a vector that is empty, non-numeric or not finite as a float, or vectors of different dimensions.
// The error's message names what went wrong (the status, the fetch error kind) but never the key or the body.
// No texts: an empty result without a request.
//
// The fetcher decides where the adapter may connect. The provider's address is the operator's choice (a
// setting), not a user's, so the composition root hands this adapter a net::guarded_fetcher of its own whose
// address policy allows what the operator configured (public unicast for a hosted API; loopback or private
// classes added when the configured base_url is a local or in-cluster server) instead of the webhooks' and
// importer's fetcher, which keeps refusing those classes for user-supplied URLs.
//
// Thread-safe (no mutable state; the fetcher is thread-safe). Blocking: call off I/O threads. The fetcher must
// outlive the adapter. Throws std::invalid_argument from the constructor when base_url or model is empty.
class openai_embeddings final : public ports::embedding_provider {
public:
    openai_embeddings(ports::http_fetcher& fetcher, openai_embeddings_config config);

    ports::embedding_result embed(const std::vector<std::string>& texts) override;

private:
    ports::http_fetcher& fetcher_;
    openai_embeddings_config config_;
    std::string endpoint_;
};

}  // namespace offertracker::adapters::provider

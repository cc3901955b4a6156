// An optional model provider that turns texts into embedding vectors (an OpenAI-compatible /embeddings endpoint):
// the Recruiting API's "openai" matching strategy. Offline deployments configure none; every caller falls back to
// the naive strategy when there is none or when it fails.
#pragma once

#include <string>
#include <variant>
#include <vector>

namespace offertracker::ports {

struct embedding_error {
    std::string message;  // one English sentence for logs; never holds the API key or the provider's body
};

// One vector per input text, in input order, all of one dimension.
using embedding_result = std::variant<std::vector<std::vector<float>>, embedding_error>;

class embedding_provider {
public:
    virtual ~embedding_provider() = default;
    // Blocking (network, with connect and read timeouts); call off I/O threads. Thread-safe.
    virtual embedding_result embed(const std::vector<std::string>& texts) = 0;
};

}  // namespace offertracker::ports

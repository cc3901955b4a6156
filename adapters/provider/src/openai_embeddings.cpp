// The OpenAI-compatible embeddings client: one POST through the fetcher, every failure turned into a value.
#include <offertracker/adapters/provider/openai_embeddings.hpp>

#include <exception>
#include <stdexcept>
#include <utility>

#include "embeddings_json.hpp"
#include "json_post.hpp"

namespace offertracker::adapters::provider {

openai_embeddings::openai_embeddings(ports::http_fetcher& fetcher, openai_embeddings_config config)
    : fetcher_(fetcher), config_(std::move(config)) {
    if (config_.base_url.empty()) throw std::invalid_argument("openai_embeddings: base_url is empty");
    if (config_.model.empty()) throw std::invalid_argument("openai_embeddings: model is empty");
    endpoint_ = detail::endpoint(config_.base_url, "/embeddings");
}

ports::embedding_result openai_embeddings::embed(const std::vector<std::string>& texts) {
    if (texts.empty()) return std::vector<std::vector<float>>{};
    try {
        auto answer = detail::post(fetcher_,
                                   {.url = endpoint_,
                                    .api_key = config_.api_key,
                                    .body = detail::embeddings_request(config_.model, texts),
                                    .timeout = config_.timeout,
                                    .max_response_bytes = config_.max_response_bytes},
                                   "The embedding provider");
        if (auto* failure = std::get_if<detail::post_failure>(&answer))
            return ports::embedding_error{std::move(failure->message)};
        return detail::read_embeddings(std::get<std::string>(answer), texts.size());
    } catch (const std::exception&) {
        // Out of memory, or a fetcher that broke its no-throw contract: the caller falls back either way.
        return ports::embedding_error{"The embedding request failed inside the adapter."};
    }
}

}  // namespace offertracker::adapters::provider

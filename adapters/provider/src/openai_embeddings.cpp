// The OpenAI-compatible embeddings client: one POST through the fetcher, every failure turned into a value.
#include <offertracker/adapters/provider/openai_embeddings.hpp>

#include <exception>
#include <stdexcept>
#include <utility>

#include "embeddings_json.hpp"

namespace offertracker::adapters::provider {

namespace {

ports::embedding_error unreachable(const ports::fetch_error& e, const openai_embeddings_config& config) {
    using kind = ports::fetch_error_kind;
    switch (e.kind) {
        case kind::timeout:
            return {"The embedding provider did not answer within " + std::to_string(config.timeout.count()) +
                    " ms."};
        case kind::too_large:
            return {"The embedding provider's answer exceeds " + std::to_string(config.max_response_bytes) +
                    " bytes."};
        case kind::too_many_redirects:
            return {"The embedding provider answered with a redirect, which is not followed."};
        case kind::refused_address:
            return {"The embedding provider's address " + e.address +
                    " is refused by the outbound address policy."};
        case kind::invalid_url:
        case kind::invalid_request:
        case kind::unsupported_scheme:
        case kind::resolve_failed:
        case kind::connect_failed:
        case kind::tls_failed:
        case kind::bad_response:
            break;
    }
    // The fetcher's messages name the failure, never a header (the key) or a body.
    return {"The embedding provider could not be reached (" + std::string(to_string(e.kind)) + "): " + e.message};
}

}  // namespace

openai_embeddings::openai_embeddings(ports::http_fetcher& fetcher, openai_embeddings_config config)
    : fetcher_(fetcher), config_(std::move(config)) {
    if (config_.base_url.empty()) throw std::invalid_argument("openai_embeddings: base_url is empty");
    if (config_.model.empty()) throw std::invalid_argument("openai_embeddings: model is empty");
    endpoint_ = config_.base_url;
    while (!endpoint_.empty() && endpoint_.back() == '/') endpoint_.pop_back();
    endpoint_ += "/embeddings";
}

ports::embedding_result openai_embeddings::embed(const std::vector<std::string>& texts) {
    if (texts.empty()) return std::vector<std::vector<float>>{};
    try {
        ports::fetch_request request{.method = ports::http_method::post,
                                     .url = endpoint_,
                                     .headers = {{"Content-Type", "application/json"},
                                                 {"Accept", "application/json"}},
                                     .body = detail::embeddings_request(config_.model, texts)};
        if (!config_.api_key.empty()) request.headers.emplace_back("Authorization", "Bearer " + config_.api_key);
        // No redirect is followed: the key goes to base_url and nowhere else, and an API that moved is a
        // configuration to fix, not something to chase.
        const ports::fetch_options options{
            .max_bytes = config_.max_response_bytes, .timeout = config_.timeout, .max_redirects = 0};

        auto fetched = fetcher_.fetch(request, options);
        if (const auto* e = std::get_if<ports::fetch_error>(&fetched)) return unreachable(*e, config_);
        const auto& response = std::get<ports::fetch_response>(fetched);
        if (response.status < 200 || response.status > 299)
            return ports::embedding_error{"The embedding provider answered HTTP " +
                                          std::to_string(response.status) + "."};
        return detail::read_embeddings(response.body, texts.size());
    } catch (const std::exception&) {
        // Out of memory, or a fetcher that broke its no-throw contract: the caller falls back either way.
        return ports::embedding_error{"The embedding request failed inside the adapter."};
    }
}

}  // namespace offertracker::adapters::provider

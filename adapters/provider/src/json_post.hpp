// One JSON POST to an OpenAI-compatible endpoint, shared by the provider's clients: the bearer key, no redirect
// followed, a byte limit and a deadline, and every failure turned into one English sentence that names the
// failure (the status, the fetch error's kind) but never the key or a body. Private to the provider adapter.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include <offertracker/ports/http_fetcher.hpp>

namespace offertracker::adapters::provider::detail {

// base_url without its trailing '/'s, then path ("/embeddings").
std::string endpoint(std::string_view base_url, std::string_view path);

struct json_post {
    std::string_view url;
    std::string_view api_key;  // empty: no Authorization header (a local server)
    std::string body;
    std::chrono::milliseconds timeout;
    std::size_t max_response_bytes;
};

struct post_failure {
    std::string message;
};

// The body of a 2xx answer, or why there is none. `who` opens every message ("The embedding provider").
// Never throws for anything the peer or the fetcher can do (only allocation can).
std::variant<std::string, post_failure> post(ports::http_fetcher& fetcher, json_post request, std::string_view who);

}  // namespace offertracker::adapters::provider::detail

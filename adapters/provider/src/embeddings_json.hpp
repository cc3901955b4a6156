// The JSON of the OpenAI embeddings API: the request body, and the vectors read back from an answer. Boost.JSON
// stays in here. Private to the provider adapter.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <offertracker/ports/embedding_provider.hpp>

namespace offertracker::adapters::provider::detail {

// {"model": model, "input": [texts...]}
std::string embeddings_request(std::string_view model, const std::vector<std::string>& texts);

// The answer's data[].embedding vectors in `index` order, checked to be `expected` of them, each index 0..n-1
// once, all of one non-zero dimension, every number finite as a float. Never throws for any input text.
ports::embedding_result read_embeddings(std::string_view body, std::size_t expected);

}  // namespace offertracker::adapters::provider::detail

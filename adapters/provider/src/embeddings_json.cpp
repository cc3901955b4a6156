// Writing the embeddings request and reading its answer with Boost.JSON.
#include "embeddings_json.hpp"

#include <boost/json.hpp>
#include <cmath>
#include <limits>
#include <optional>

namespace offertracker::adapters::provider::detail {

namespace json = boost::json;

namespace {

ports::embedding_error malformed(std::string what) {
    return {"The embedding provider's answer is not a list of embeddings: " + std::move(what) + "."};
}

// A JSON number as a float when it is one (an integer such as 0 or 1 is a valid component too).
std::optional<float> component(const json::value& v) {
    double d = 0;
    if (v.is_double()) d = v.get_double();
    else if (v.is_int64()) d = static_cast<double>(v.get_int64());
    else if (v.is_uint64()) d = static_cast<double>(v.get_uint64());
    else return std::nullopt;
    if (!std::isfinite(d) || std::fabs(d) > std::numeric_limits<float>::max()) return std::nullopt;
    return static_cast<float>(d);
}

// The item's index when it is a whole number in 0..count-1.
std::optional<std::size_t> item_index(const json::value& v, std::size_t count) {
    if (v.is_int64() && v.get_int64() >= 0 && static_cast<std::uint64_t>(v.get_int64()) < count)
        return static_cast<std::size_t>(v.get_int64());
    if (v.is_uint64() && v.get_uint64() < count) return static_cast<std::size_t>(v.get_uint64());
    return std::nullopt;
}

}  // namespace

std::string embeddings_request(std::string_view model, const std::vector<std::string>& texts) {
    json::array input;
    input.reserve(texts.size());
    for (const auto& t : texts) input.emplace_back(json::string_view(t.data(), t.size()));
    json::object body;
    body["model"] = json::string_view(model.data(), model.size());
    body["input"] = std::move(input);
    return json::serialize(body);
}

ports::embedding_result read_embeddings(std::string_view body, std::size_t expected) {
    json::error_code ec;
    const json::value root = json::parse(json::string_view(body.data(), body.size()), ec);
    if (ec) return malformed("the body is not JSON");
    const auto* object = root.if_object();
    const json::value* data_value = object ? object->if_contains("data") : nullptr;
    const auto* data = data_value ? data_value->if_array() : nullptr;
    if (!data) return malformed("it has no \"data\" array");
    if (data->size() != expected)
        return ports::embedding_error{"The embedding provider returned " + std::to_string(data->size()) +
                                      " embeddings for " + std::to_string(expected) + " texts."};

    std::vector<std::vector<float>> vectors(expected);
    std::vector<bool> seen(expected, false);
    std::size_t dimension = 0;
    for (const auto& item_value : *data) {
        const auto* item = item_value.if_object();
        if (!item) return malformed("an item is not an object");
        const json::value* index_value = item->if_contains("index");
        const auto index = index_value ? item_index(*index_value, expected) : std::nullopt;
        if (!index || seen[*index]) return malformed("an item's \"index\" is missing, out of range or repeated");
        seen[*index] = true;
        const json::value* embedding_value = item->if_contains("embedding");
        const auto* embedding = embedding_value ? embedding_value->if_array() : nullptr;
        if (!embedding || embedding->empty()) return malformed("an item has no \"embedding\" array of numbers");
        if (dimension == 0) dimension = embedding->size();
        if (embedding->size() != dimension)
            return ports::embedding_error{"The embedding provider returned vectors of different dimensions (" +
                                          std::to_string(dimension) + " and " +
                                          std::to_string(embedding->size()) + ")."};
        auto& out = vectors[*index];
        out.reserve(dimension);
        for (const auto& c : *embedding) {
            const auto f = component(c);
            if (!f) return malformed("an embedding holds something other than a finite number");
            out.push_back(*f);
        }
    }
    return vectors;
}

}  // namespace offertracker::adapters::provider::detail

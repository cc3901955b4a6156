// JSON in the core without a JSON library (no I/O dependencies): the nesting limit every reader shares, and
// a writer for the small objects the core records (activity metadata, webhook payloads), keys in insertion order.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace offertracker::domain {

// The deepest nesting of arrays and objects (the outermost one counts as 1) in any JSON document this
// service reads: request bodies are refused beyond it, and stored JSON is parsed up to it, so whatever a
// body carried into the store reads back intact instead of as null.
inline constexpr std::size_t max_json_depth = 32;

class json_object_text {
public:
    json_object_text& add(std::string_view key, std::string_view value);
    json_object_text& add(std::string_view key, bool value);
    json_object_text& add(std::string_view key, long long value);
    // An array of strings.
    json_object_text& add(std::string_view key, const std::vector<std::string>& values);
    json_object_text& add_null(std::string_view key);
    // A value that is JSON text already (a nested object's str()); written as is, unchecked.
    json_object_text& add_raw(std::string_view key, std::string_view json);
    std::string str() const { return body_ + "}"; }

private:
    void key(std::string_view k);
    std::string body_ = "{";
};

// Appends s as a JSON string literal (quotes and escapes included).
void append_json_string(std::string& out, std::string_view s);

}  // namespace offertracker::domain

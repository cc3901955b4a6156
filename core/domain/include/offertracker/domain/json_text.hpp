// Writes the small flat JSON objects the core records (activity metadata) without a JSON library,
// keeping the core free of I/O dependencies. Keys keep insertion order.
#pragma once

#include <string>
#include <string_view>

namespace offertracker::domain {

class json_object_text {
public:
    json_object_text& add(std::string_view key, std::string_view value);
    json_object_text& add(std::string_view key, bool value);
    json_object_text& add(std::string_view key, long long value);
    std::string str() const { return body_ + "}"; }

private:
    void key(std::string_view k);
    std::string body_ = "{";
};

// Appends s as a JSON string literal (quotes and escapes included).
void append_json_string(std::string& out, std::string_view s);

}  // namespace offertracker::domain

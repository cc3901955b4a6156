// A minimal JSON object writer for the metadata and payloads the core records.
#include <offertracker/domain/json_text.hpp>

#include <cstdio>

namespace offertracker::domain {

void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);  // UTF-8 passes through unchanged
                }
        }
    }
    out += '"';
}

void json_object_text::key(std::string_view k) {
    if (body_.size() > 1) body_ += ',';
    append_json_string(body_, k);
    body_ += ':';
}

json_object_text& json_object_text::add(std::string_view k, std::string_view value) {
    key(k);
    append_json_string(body_, value);
    return *this;
}

json_object_text& json_object_text::add(std::string_view k, bool value) {
    key(k);
    body_ += value ? "true" : "false";
    return *this;
}

json_object_text& json_object_text::add(std::string_view k, long long value) {
    key(k);
    body_ += std::to_string(value);
    return *this;
}

json_object_text& json_object_text::add(std::string_view k, const std::vector<std::string>& values) {
    key(k);
    body_ += '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) body_ += ',';
        append_json_string(body_, values[i]);
    }
    body_ += ']';
    return *this;
}

json_object_text& json_object_text::add_null(std::string_view k) {
    key(k);
    body_ += "null";
    return *this;
}

json_object_text& json_object_text::add_raw(std::string_view k, std::string_view json) {
    key(k);
    body_ += json;
    return *this;
}

}  // namespace offertracker::domain

// A compact JSON writer: Boost.JSON for strings and integers, the shortest round-tripping decimal for doubles.
#include <offertracker/http/kit/json_writer.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <cstdio>
#include <cstdlib>

namespace offertracker::adapters::http::kit {
namespace json = boost::json;
namespace {

// The shortest decimal that reads back as the same double, in fixed notation for everyday magnitudes and with
// ".0" on whole numbers, as Python's repr writes it (0.5714, 92500.0, 1e+16).
void write_double(std::string& out, double d) {
    if (!std::isfinite(d)) {
        out += "null";  // JSON has no NaN or infinity
        return;
    }
    char buf[64];
    int digits = 1;
    for (; digits < 17; ++digits) {
        std::snprintf(buf, sizeof buf, "%.*e", digits - 1, d);
        if (std::strtod(buf, nullptr) == d) break;
    }
    const int exponent = std::atoi(std::strchr(buf, 'e') + 1);
    if (exponent >= -4 && exponent < 16) {
        std::snprintf(buf, sizeof buf, "%.*f", std::max(digits - 1 - exponent, 0), d);
        std::string text(buf);
        if (text.find('.') == std::string::npos) text += ".0";
        out += text;
    } else {
        out += buf;
    }
}

void write(std::string& out, const json::value& v) {
    switch (v.kind()) {
        case json::kind::null: out += "null"; return;
        case json::kind::bool_: out += v.get_bool() ? "true" : "false"; return;
        case json::kind::int64: out += std::to_string(v.get_int64()); return;
        case json::kind::uint64: out += std::to_string(v.get_uint64()); return;
        case json::kind::double_: write_double(out, v.get_double()); return;
        case json::kind::string: out += json::serialize(v.get_string()); return;
        case json::kind::array: {
            out += '[';
            bool first = true;
            for (const auto& item : v.get_array()) {
                if (!first) out += ',';
                first = false;
                write(out, item);
            }
            out += ']';
            return;
        }
        case json::kind::object: {
            out += '{';
            bool first = true;
            for (const auto& [key, item] : v.get_object()) {
                if (!first) out += ',';
                first = false;
                out += json::serialize(json::string_view(key));
                out += ':';
                write(out, item);
            }
            out += '}';
            return;
        }
    }
}

}  // namespace

std::string write_json(const json::value& v) {
    std::string out;
    out.reserve(256);
    write(out, v);
    return out;
}

}  // namespace offertracker::adapters::http::kit

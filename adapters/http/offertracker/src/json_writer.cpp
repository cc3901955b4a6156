// A compact JSON writer: Boost.JSON for strings and integers, the shortest round-tripping decimal for doubles.
#include "json_writer.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace offertracker::adapters::http::offertracker_api {
namespace json = boost::json;
namespace {

// The shortest %g form that reads back as the same double, with ".0" on whole numbers (as Python writes).
void write_double(std::string& out, double d) {
    if (!std::isfinite(d)) {
        out += "null";  // JSON has no NaN or infinity
        return;
    }
    char buf[32];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*g", precision, d);
        if (std::strtod(buf, nullptr) == d) break;
    }
    std::string text(buf);
    if (text.find_first_of(".eEn") == std::string::npos) text += ".0";
    out += text;
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

}  // namespace offertracker::adapters::http::offertracker_api

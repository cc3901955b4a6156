// Reads the TOML settings file: every key must be a known setting of the right TOML type.
#include "config_file.hpp"

#include <algorithm>
#include <sstream>
#include <system_error>

#include <toml++/toml.h>

namespace offertracker::app::detail {
namespace {

std::string known_keys() {
    std::string keys;
    for (auto const& spec : specs) {
        if (spec.toml_key.empty()) continue;
        if (!keys.empty()) keys += ", ";
        keys += spec.toml_key;
    }
    return keys;
}

// A TOML value turned into the same text a flag would carry, or why its type is wrong.
struct toml_text {
    std::string text;
    std::string problem;  // empty when text is usable
};

toml_text toml_value_text(toml::node const& node, value_kind kind) {
    switch (kind) {
        case value_kind::integer:
            if (auto const* integer = node.as_integer()) return {std::to_string(integer->get()), {}};
            return {{}, "must be an integer"};
        case value_kind::text:
            if (auto const* string = node.as_string()) return {string->get(), {}};
            return {{}, "must be a string"};
        case value_kind::boolean:
            if (auto const* boolean = node.as_boolean()) return {boolean->get() ? "true" : "false", {}};
            return {{}, "must be true or false"};
        case value_kind::text_list:
            if (auto const* string = node.as_string()) return {string->get(), {}};
            if (auto const* array = node.as_array()) {
                std::string joined;
                for (auto const& element : *array) {
                    auto const* item = element.as_string();
                    if (!item) return {{}, "must be a string or an array of strings"};
                    if (!joined.empty()) joined += ",";
                    joined += item->get();
                }
                return {joined, {}};
            }
            return {{}, "must be a string or an array of strings"};
    }
    return {{}, "has an unsupported type"};
}

}  // namespace

void read_toml_file(std::filesystem::path const& path, std::string const& named_by, collected& out) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        out.errors.push_back(named_by + ": config file '" + path.string() + "' does not exist or is not a regular file");
        return;
    }
    toml::table table;
    try {
        table = toml::parse_file(path.string());
    } catch (toml::parse_error const& error) {
        std::ostringstream message;
        message << path.string() << ":" << error.source().begin.line << ":" << error.source().begin.column
                << ": invalid TOML: " << error.description();
        out.errors.push_back(message.str());
        return;
    }
    for (auto const& [key, node] : table) {
        auto const name = std::string(key.str());
        std::string const source = path.string() + ": key '" + name + "'";
        auto const spec = std::find_if(specs.begin(), specs.end(),
                                       [&](setting_spec const& s) { return !s.toml_key.empty() && s.toml_key == name; });
        if (spec == specs.end()) {
            out.errors.push_back(source + ": unknown key (known keys: " + known_keys() + ")");
            continue;
        }
        auto value = toml_value_text(node, spec->kind);
        if (!value.problem.empty()) {
            out.errors.push_back(source + ": " + value.problem);
            continue;
        }
        out.values[static_cast<std::size_t>(spec - specs.begin())].push_back({std::move(value.text), source});
    }
}

}  // namespace offertracker::app::detail

// The TOML settings file, and what every source's values are collected into.
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include "settings_table.hpp"

namespace offertracker::app::detail {

// A value for one setting and where it came from, for messages.
struct supplied_value {
    std::string text;
    std::string source;
};

struct collected {
    // Per entry of `specs`, values in increasing precedence: file, environment, flag.
    std::array<std::vector<supplied_value>, setting_count> values;
    std::vector<std::string> errors;
};

// Adds the file's values to `out` (lowest precedence: call first), or what is wrong with the file, a key or a
// value's type to out.errors. named_by says which flag or variable named the file.
void read_toml_file(std::filesystem::path const& path, std::string const& named_by, collected& out);

}  // namespace offertracker::app::detail

// Every setting in one table: its flag, environment variable, TOML key, help and parser. A table rather than
// code per setting, so the help text, the environment names and the TOML keys cannot drift apart.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "config.hpp"

namespace offertracker::app::detail {

// How a TOML value for a setting must be typed. Flags and environment variables are always text.
enum class value_kind { text, integer, text_list, boolean };

// Stores the setting parsed from text into `out` and returns "" or says what is wrong with the text.
// Never modifies `out` on failure, so applying sources from lowest to highest precedence leaves the
// highest-precedence valid value in place.
using apply_function = std::string (*)(std::string_view text, settings& out);

// One setting and every name it has.
struct setting_spec {
    std::string_view flag;        // the long option, without "--"
    std::string_view env;         // environment variable
    std::string_view toml_key;    // key in the TOML file; empty when the file cannot set it
    std::string_view value_name;  // placeholder in the help text
    std::string_view description;
    value_kind kind;
    bool for_migrate;      // accepted on the `migrate` command line as well as on `serve`'s
    bool echo_value;       // false for values that may carry credentials: they never reach a message
    apply_function apply;  // null for --config, which is handled before the others
};

inline constexpr std::size_t setting_count = 40;
// Indexed by setting; --config comes first (config_index), as it is read before the others.
extern std::array<setting_spec, setting_count> const specs;
inline constexpr std::size_t config_index = 0;

std::optional<std::size_t> spec_index_by_flag(std::string_view flag);

}  // namespace offertracker::app::detail

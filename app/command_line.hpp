// The command line: the subcommand, help and version, and each setting's flags.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "settings_table.hpp"

namespace offertracker::app::detail {

struct command_line {
    std::optional<subcommand> command;
    bool help = false;
    bool version = false;
    // Per entry of `specs`: the flag's occurrences.
    std::array<std::vector<std::string>, setting_count> flags;
    std::vector<std::string> errors;
};

// Reads `offertracker <serve|migrate> [options]`; abbreviations, unknown options and stray arguments are errors.
command_line read_command_line(int argc, char const* const* argv);

// The usage for the command (or the top-level usage), listing each setting's flag, variable and file key.
std::string help_text(std::optional<subcommand> command);

}  // namespace offertracker::app::detail

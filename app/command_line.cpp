// The command line and its help text, both generated from the settings table.
#include "command_line.hpp"

#include <sstream>
#include <utility>

#include <boost/program_options.hpp>

namespace offertracker::app::detail {
namespace {

namespace po = boost::program_options;

std::string const help_flag = "help";
std::string const version_flag = "version";

po::options_description describe(std::optional<subcommand> command) {
    po::options_description description(command ? "Options" : "Global options");
    description.add_options()("help,h", "print this help and exit")("version", "print the version and exit");
    if (!command) return description;
    for (auto const& spec : specs) {
        if (*command == subcommand::migrate && !spec.for_migrate) continue;
        std::string text(spec.description);
        text += " [env ";
        text += spec.env;
        if (!spec.toml_key.empty()) {
            text += ", file key ";
            text += spec.toml_key;
        }
        text += "]";
        description.add_options()(std::string(spec.flag).c_str(),
                                  po::value<std::string>()->value_name(std::string(spec.value_name)), text.c_str());
    }
    return description;
}

}  // namespace

std::string help_text(std::optional<subcommand> command) {
    std::ostringstream out;
    if (!command) {
        out << "Usage: offertracker <command> [options]\n\n"
               "Commands:\n"
               "  serve     apply pending database migrations, then serve HTTP until SIGINT/SIGTERM\n"
               "  migrate   apply pending database migrations and exit\n\n"
               "Run 'offertracker <command> --help' for the options of a command.\n\n";
    } else if (*command == subcommand::serve) {
        out << "Usage: offertracker serve [options]\n\n"
               "Applies pending database migrations, then serves every HTTP surface until SIGINT/SIGTERM.\n\n";
    } else {
        out << "Usage: offertracker migrate [options]\n\n"
               "Applies pending database migrations and exits.\n\n";
    }
    out << describe(command) << "\n";
    if (command) {
        out << "Each setting may also come from its environment variable or from a key in the TOML file\n"
               "given by --config; flags win over the environment, which wins over the file.\n";
    }
    return out.str();
}

command_line read_command_line(int argc, char const* const* argv) {
    command_line result;
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) args.emplace_back(argv[i]);

    if (args.empty()) {
        result.errors.push_back("missing command: expected 'serve' or 'migrate' (see 'offertracker --help')");
        return result;
    }
    std::string const first = args.front();
    if (first == "serve") {
        result.command = subcommand::serve;
    } else if (first == "migrate") {
        result.command = subcommand::migrate;
    } else if (first == "--help" || first == "-h" || first == "help") {
        result.help = true;
        return result;
    } else if (first == "--version") {
        result.version = true;
        return result;
    } else if (first.starts_with("-")) {
        result.errors.push_back("unknown option '" + first + "' before the command: expected --help, --version, 'serve' or 'migrate'");
        return result;
    } else {
        result.errors.push_back("unknown command '" + first + "': expected 'serve' or 'migrate'");
        return result;
    }
    args.erase(args.begin());

    // Abbreviations are refused: a scripted --work must not silently mean --workers.
    int const style = po::command_line_style::default_style & ~po::command_line_style::allow_guessing;
    po::parsed_options parsed(nullptr);
    auto const description = describe(result.command);
    try {
        parsed = po::command_line_parser(args).options(description).style(style).allow_unregistered().run();
    } catch (po::error const& error) {
        // The parser stops at the first malformed token; report it and still check the other sources.
        result.errors.push_back(std::string("command line: ") + error.what());
        return result;
    }
    // An unknown option's value arrives as a separate positional token; it is part of the same
    // mistake, so it is not reported a second time.
    bool previous_was_unknown_without_value = false;
    for (auto const& option : parsed.options) {
        bool const follows_unknown = std::exchange(previous_was_unknown_without_value, false);
        if (option.unregistered) {
            auto const token = option.original_tokens.empty() ? option.string_key : option.original_tokens.front();
            result.errors.push_back("unknown option '" + token.substr(0, token.find('=')) + "' for '" + first + "'");
            previous_was_unknown_without_value = token.find('=') == std::string::npos;
            continue;
        }
        if (option.string_key.empty()) {
            if (!follows_unknown)
                result.errors.push_back("unexpected argument '" + option.value.front() + "' for '" + first + "'");
            continue;
        }
        if (option.string_key == help_flag) {
            result.help = true;
            continue;
        }
        if (option.string_key == version_flag) {
            result.version = true;
            continue;
        }
        auto const index = spec_index_by_flag(option.string_key);
        if (!index || option.value.empty()) continue;  // cannot happen: every described flag has a spec and a value
        result.flags[*index].push_back(option.value.front());
    }
    return result;
}

}  // namespace offertracker::app::detail

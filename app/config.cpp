// Merges the settings from the command line, the environment and an optional TOML file, reporting every
// problem at once.
#include "config.hpp"

#include <set>
#include <utility>

#include "command_line.hpp"
#include "config_file.hpp"
#include "settings_table.hpp"

namespace offertracker::app {

using detail::collected;
using detail::config_index;
using detail::help_text;
using detail::read_command_line;
using detail::read_toml_file;
using detail::spec_index_by_flag;
using detail::specs;
using detail::value_kind;

parse_result parse_settings(int argc, char const* const* argv, environment_lookup const& environment) {
    parse_result result;
    auto line = read_command_line(argc, argv);
    if (line.help) {
        result.show_help = true;
        result.help_text = help_text(line.command);
        return result;
    }
    if (line.version) {
        result.show_version = true;
        return result;
    }
    if (!line.command) {
        result.errors = std::move(line.errors);
        return result;
    }

    collected values;
    values.errors = std::move(line.errors);

    auto const env = [&](std::string_view name) -> std::optional<std::string> {
        auto value = environment ? environment(name) : std::nullopt;
        if (value && value->empty()) return std::nullopt;
        return value;
    };

    // The config file is named by a flag or the environment; it cannot name itself.
    std::optional<std::filesystem::path> config_file;
    std::string config_source;
    auto const& config_flags = line.flags[config_index];
    if (config_flags.size() > 1) values.errors.push_back("--config: given more than once");
    if (!config_flags.empty()) {
        config_file = config_flags.back();
        config_source = "--config";
    } else if (auto const from_env = env(specs[config_index].env)) {
        config_file = *from_env;
        config_source = std::string(specs[config_index].env);
    }
    if (config_file) read_toml_file(*config_file, config_source, values);

    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (i == config_index) continue;
        auto const& spec = specs[i];
        if (auto from_env = env(spec.env)) values.values[i].push_back({std::move(*from_env), std::string(spec.env)});
        auto const& flags = line.flags[i];
        std::string const flag_name = "--" + std::string(spec.flag);
        if (spec.kind == value_kind::text_list && flags.size() > 1) {
            // A list flag may be repeated; the occurrences add up.
            std::string joined;
            for (auto const& flag : flags) joined += (joined.empty() ? "" : ",") + flag;
            values.values[i].push_back({joined, flag_name});
        } else {
            if (flags.size() > 1) values.errors.push_back(flag_name + ": given more than once");
            if (!flags.empty()) values.values[i].push_back({flags.back(), flag_name});
        }
    }

    settings out;
    out.command = *line.command;
    out.config_file = config_file;
    std::set<std::size_t> explicitly_set;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (!specs[i].apply) continue;
        for (auto const& value : values.values[i]) {
            auto const problem = specs[i].apply(value.text, out);
            if (problem.empty()) {
                explicitly_set.insert(i);
                continue;
            }
            std::string message = value.source + ": " + problem;
            if (specs[i].echo_value) message += " (got '" + value.text + "')";
            values.errors.push_back(std::move(message));
        }
    }

    if (!values.errors.empty()) {
        result.errors = std::move(values.errors);
        return result;
    }

    auto const was_set = [&](std::string_view flag) { return explicitly_set.count(*spec_index_by_flag(flag)) > 0; };
    if (!was_set("database")) out.database_url = "sqlite://" + (out.data_dir / "offertracker.db").generic_string();
    if (!was_set("db-pool")) out.db_pool = out.workers;
    if (!was_set("public-url")) out.public_url = "http://" + listen_address(out);
    if (!was_set("secure-cookies")) out.secure_cookies = out.public_url.starts_with("https://");
    // The router gives a path to the mount with the longest prefix, so nested prefixes (/api and /api/v1) are
    // fine; only equal ones would hide a surface.
    std::vector<std::pair<std::string_view, std::string_view>> mounted;
    if (out.serve_offertracker) mounted.emplace_back("--offertracker-prefix", out.offertracker_prefix);
    if (out.serve_recruiting) mounted.emplace_back("--recruiting-prefix", out.recruiting_prefix);
    if (out.serve_pipeline) mounted.emplace_back("--pipeline-prefix", out.pipeline_prefix);
    for (std::size_t i = 0; i < mounted.size(); ++i)
        for (std::size_t j = i + 1; j < mounted.size(); ++j)
            if (mounted[i].second == mounted[j].second)
                result.errors.push_back(std::string{mounted[j].first} + ": must differ from " +
                                        std::string{mounted[i].first} + " (" + std::string{mounted[i].second} +
                                        ") while both surfaces are served");
    if (!result.errors.empty()) return result;
    result.value = std::move(out);
    return result;
}

}  // namespace offertracker::app

// The offertracker executable: reads the settings and hands over to the command's composition function.
#include <cstdlib>
#include <exception>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>

#include "composition.hpp"
#include "config.hpp"

namespace {

std::optional<std::string> process_environment(std::string_view name) {
    char const* value = std::getenv(std::string(name).c_str());
    if (value == nullptr) return std::nullopt;
    return std::string(value);
}

}  // namespace

int main(int argc, char** argv) {
    using namespace offertracker::app;
    try {
        auto const parsed = parse_settings(argc, argv, process_environment);
        if (parsed.show_help) {
            std::cout << parsed.help_text;
            return EXIT_SUCCESS;
        }
        if (parsed.show_version) {
            std::cout << "offertracker " << OFFERTRACKER_VERSION << "\n";
            return EXIT_SUCCESS;
        }
        if (!parsed.errors.empty()) {
            for (auto const& error : parsed.errors) std::cerr << "offertracker: " << error << "\n";
            std::cerr << "Run 'offertracker --help' for usage.\n";
            return 2;
        }
        auto const& config = *parsed.value;
        switch (config.command) {
            case subcommand::serve: return serve(config);
            case subcommand::migrate: return migrate(config);
        }
        return EXIT_FAILURE;
    } catch (std::exception const& error) {
        // Whatever escapes the composition functions is fatal at start-up; say what it was.
        std::cerr << "offertracker: fatal: " << error.what() << "\n";
        return EXIT_FAILURE;
    }
}

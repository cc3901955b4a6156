// Reads the settings from the command line, the environment and an optional TOML file, reporting every problem at once.
#include "config.hpp"

#include "secret_file.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <set>
#include <sstream>
#include <system_error>
#include <type_traits>
#include <utility>
#include <variant>

#include <boost/program_options.hpp>
#include <toml++/toml.h>

namespace offertracker::app {
namespace {

namespace po = boost::program_options;

// How a TOML value for a setting must be typed. Flags and environment variables are always text.
enum class value_kind { text, integer, text_list };

// Stores the setting parsed from text into `out` and returns "" or says what is wrong with the text.
// Never modifies `out` on failure, so applying sources from lowest to highest precedence leaves the
// highest-precedence valid value in place.
using apply_function = std::string (*)(std::string_view text, settings& out);

// One setting and every name it has. A table rather than code per setting, so the help text, the
// environment names and the TOML keys cannot drift apart.
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

std::string const help_flag = "help";
std::string const version_flag = "version";

// ---- small parsers ------------------------------------------------------------------------------

std::optional<std::uint64_t> parse_unsigned(std::string_view text) {
    if (text.empty() || text.size() > 19) return std::nullopt;
    std::uint64_t value = 0;
    auto const [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::string range_message(std::uint64_t low, std::uint64_t high) {
    return "must be an integer from " + std::to_string(low) + " to " + std::to_string(high);
}

std::string_view trim(std::string_view text) {
    auto const is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

std::string to_lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool is_ipv4(std::string const& host) {
    in_addr address{};
    return inet_pton(AF_INET, host.c_str(), &address) == 1;
}

bool is_ipv6(std::string const& host) {
    in6_addr address{};
    return inet_pton(AF_INET6, host.c_str(), &address) == 1;
}

// RFC 1123 host names; anything made only of digits and dots must instead be a valid IPv4 address,
// so a typo such as 127.0.0.256 is not mistaken for a name.
bool is_hostname(std::string_view host) {
    if (host.empty() || host.size() > 253) return false;
    if (host.find_first_not_of("0123456789.") == std::string_view::npos) return is_ipv4(std::string(host));
    std::size_t start = 0;
    while (start <= host.size()) {
        auto const dot = std::min(host.find('.', start), host.size());
        auto const label = host.substr(start, dot - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
        for (char const c : label) {
            bool const ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (!ok) return false;
        }
        start = dot + 1;
    }
    return true;
}

std::optional<std::uint16_t> parse_port(std::string_view text) {
    auto const value = parse_unsigned(text);
    if (!value || *value < 1 || *value > 65535) return std::nullopt;
    return static_cast<std::uint16_t>(*value);
}

struct host_port {
    std::string host;  // IPv6 without brackets
    std::optional<std::uint16_t> port;
};

// Parses HOST[:PORT] where an IPv6 HOST is in brackets. Returns the problem as a string on failure.
std::variant<host_port, std::string> parse_host_port(std::string_view text, bool port_required) {
    host_port result;
    std::string_view port_text;
    bool has_port = false;
    if (!text.empty() && text.front() == '[') {
        auto const close = text.find(']');
        if (close == std::string_view::npos) return std::string("has '[' without a matching ']'");
        result.host = std::string(text.substr(1, close - 1));
        if (!is_ipv6(result.host)) return "'" + result.host + "' is not an IPv6 address";
        auto const rest = text.substr(close + 1);
        if (!rest.empty()) {
            if (rest.front() != ':') return std::string("expected ':PORT' after ']'");
            port_text = rest.substr(1);
            has_port = true;
        }
    } else {
        auto const colon = text.rfind(':');
        if (colon != std::string_view::npos) {
            if (text.substr(0, colon).find(':') != std::string_view::npos)
                return std::string("an IPv6 address must be in brackets, e.g. [::1]:8000");
            port_text = text.substr(colon + 1);
            has_port = true;
            text = text.substr(0, colon);
        }
        if (text.empty()) return std::string("the host is empty");
        result.host = std::string(text);
        if (!is_hostname(result.host)) return "'" + result.host + "' is not a valid host name or IPv4 address";
    }
    if (has_port) {
        result.port = parse_port(port_text);
        if (!result.port) return "the port must be an integer from 1 to 65535";
    } else if (port_required) {
        return std::string("must be HOST:PORT");
    }
    return result;
}

std::string bracketed(std::string const& host) {
    return host.find(':') != std::string::npos ? "[" + host + "]" : host;
}

struct http_url {
    std::string origin;  // scheme://host[:port], lower-cased
    std::string path;    // "" or "/..." without a trailing slash
};

// Parses http(s)://host[:port][/path]. Query strings and fragments are refused: neither an origin
// nor a base URL for links may carry one.
std::variant<http_url, std::string> parse_http_url(std::string_view text, bool allow_path) {
    auto const lowered = to_lower(text.substr(0, std::min<std::size_t>(text.size(), 8)));
    std::string scheme;
    if (lowered.starts_with("http://")) {
        scheme = "http";
    } else if (lowered.starts_with("https://")) {
        scheme = "https";
    } else {
        return std::string("must start with http:// or https://");
    }
    text.remove_prefix(scheme.size() + 3);
    if (text.find_first_of("?#") != std::string_view::npos) return std::string("must not contain '?' or '#'");
    auto const slash = text.find('/');
    auto const authority = text.substr(0, slash);
    std::string path = slash == std::string_view::npos ? std::string() : std::string(text.substr(slash));
    while (!path.empty() && path.back() == '/') path.pop_back();
    if (!path.empty() && !allow_path) return std::string("must be scheme://host[:port] with no path");
    if (authority.find('@') != std::string_view::npos) return std::string("must not contain user information");
    auto parsed = parse_host_port(authority, false);
    if (auto const* problem = std::get_if<std::string>(&parsed)) return *problem;
    auto const& hp = std::get<host_port>(parsed);
    http_url url;
    url.origin = scheme + "://" + to_lower(bracketed(hp.host));
    if (hp.port) url.origin += ":" + std::to_string(*hp.port);
    url.path = std::move(path);
    return url;
}

// ---- one apply function per setting ---------------------------------------------------------------

std::string apply_listen(std::string_view text, settings& out) {
    auto parsed = parse_host_port(text, true);
    if (auto const* problem = std::get_if<std::string>(&parsed)) return *problem;
    auto& hp = std::get<host_port>(parsed);
    out.listen_host = std::move(hp.host);
    out.listen_port = *hp.port;
    return {};
}

std::string apply_database(std::string_view text, settings& out) {
    for (std::string_view const scheme : {"sqlite://", "postgresql://", "postgres://"}) {
        if (text.starts_with(scheme)) {
            if (text.size() == scheme.size()) return "has nothing after " + std::string(scheme);
            out.database_url = std::string(text);
            return {};
        }
    }
    return "must start with sqlite://, postgresql:// or postgres://";
}

std::string apply_data_dir(std::string_view text, settings& out) {
    if (text.empty()) return "must not be empty";
    out.data_dir = std::filesystem::path(std::string(text));
    return {};
}

std::string apply_cors_origins(std::string_view text, settings& out) {
    std::vector<std::string> origins;
    std::vector<std::string> problems;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto const comma = std::min(text.find(',', start), text.size());
        auto const item = trim(text.substr(start, comma - start));
        start = comma + 1;
        if (item.empty()) continue;  // tolerates "a, b," and an empty list
        auto parsed = parse_http_url(item, false);
        if (auto const* problem = std::get_if<std::string>(&parsed)) {
            problems.push_back("'" + std::string(item) + "' " + *problem);
            continue;
        }
        auto& origin = std::get<http_url>(parsed).origin;
        if (std::find(origins.begin(), origins.end(), origin) == origins.end()) origins.push_back(std::move(origin));
    }
    if (!problems.empty()) {
        std::string message = "each origin must be http(s)://host[:port]: ";
        for (std::size_t i = 0; i < problems.size(); ++i) message += (i ? "; " : "") + problems[i];
        return message;
    }
    out.cors_origins = std::move(origins);
    return {};
}

template <unsigned settings::*field, std::uint64_t low, std::uint64_t high>
std::string apply_count(std::string_view text, settings& out) {
    auto const value = parse_unsigned(text);
    if (!value || *value < low || *value > high) return range_message(low, high);
    out.*field = static_cast<unsigned>(*value);
    return {};
}

template <auto field, std::uint64_t low, std::uint64_t high, const char* unit>
std::string apply_duration(std::string_view text, settings& out) {
    auto const value = parse_unsigned(text);
    if (!value || *value < low || *value > high) return range_message(low, high) + " (" + unit + ")";
    out.*field = std::remove_reference_t<decltype(out.*field)>(*value);
    return {};
}
constexpr char milliseconds_unit[] = "milliseconds";
constexpr char seconds_unit[] = "seconds";

std::string apply_token_secret(std::string_view text, settings& out) {
    if (text.size() < minimum_secret_length) {
        return "must be at least " + std::to_string(minimum_secret_length) + " characters long (got " +
               std::to_string(text.size()) + ")";
    }
    out.token_secret = std::string(text);
    return {};
}

std::string apply_token_lifetime(std::string_view text, settings& out) {
    auto const value = parse_unsigned(text);
    if (!value || *value < 60 || *value > 31536000) return range_message(60, 31536000) + " (seconds)";
    out.token_lifetime = std::chrono::seconds(*value);
    return {};
}

std::string apply_max_body_bytes(std::string_view text, settings& out) {
    constexpr std::uint64_t low = 1024, high = 1024ULL * 1024 * 1024;
    auto const value = parse_unsigned(text);
    if (!value || *value < low || *value > high) return range_message(low, high);
    out.max_body_bytes = static_cast<std::size_t>(*value);
    return {};
}

std::string apply_public_url(std::string_view text, settings& out) {
    auto parsed = parse_http_url(text, true);
    if (auto const* problem = std::get_if<std::string>(&parsed)) return *problem;
    auto const& url = std::get<http_url>(parsed);
    out.public_url = url.origin + url.path;
    return {};
}

constexpr std::array<setting_spec, 21> specs{{
    {"config", "OFFERTRACKER_CONFIG", "", "FILE", "read settings from this TOML file", value_kind::text, true, true,
     nullptr},
    {"listen", "OFFERTRACKER_LISTEN", "listen", "HOST:PORT", "address to listen on, IPv6 as [::1]:8000 (default 127.0.0.1:8000)",
     value_kind::text, false, true, apply_listen},
    {"database", "OFFERTRACKER_DATABASE_URL", "database", "URL",
     "sqlite://PATH or postgresql://... (default sqlite://DATA_DIR/offertracker.db)", value_kind::text, true, false,
     apply_database},
    {"data-dir", "OFFERTRACKER_DATA_DIR", "data_dir", "DIR", "directory for the database file, uploads and the token secret (default ./data)",
     value_kind::text, true, true, apply_data_dir},
    {"cors-origins", "OFFERTRACKER_CORS_ORIGINS", "cors_origins", "LIST",
     "comma-separated origins allowed for browser clients, e.g. https://app.example.com,http://localhost:3000",
     value_kind::text_list, false, true, apply_cors_origins},
    {"workers", "OFFERTRACKER_WORKERS", "workers", "N", "threads for blocking work, 1-256 (default 4)", value_kind::integer,
     false, true, apply_count<&settings::workers, 1, 256>},
    {"io-threads", "OFFERTRACKER_IO_THREADS", "io_threads", "N", "network threads, 1-256 (default 1)", value_kind::integer,
     false, true, apply_count<&settings::io_threads, 1, 256>},
    {"db-pool", "OFFERTRACKER_DB_POOL", "db_pool", "N", "database connections, 1-1024 (default: the number of workers)",
     value_kind::integer, false, true, apply_count<&settings::db_pool, 1, 1024>},
    {"token-secret", "OFFERTRACKER_TOKEN_SECRET", "token_secret", "S",
     "secret for signing tokens, at least 32 characters (default: generated once and kept in DATA_DIR/token_secret). "
     "As a flag it is visible to every local user in the process list: prefer the environment variable, the "
     "config file or the generated file",
     value_kind::text, false, false, apply_token_secret},
    {"token-lifetime", "OFFERTRACKER_TOKEN_LIFETIME", "token_lifetime", "SECONDS",
     "how long issued tokens stay valid, 60-31536000 (default 86400)", value_kind::integer, false, true,
     apply_token_lifetime},
    {"max-body-bytes", "OFFERTRACKER_MAX_BODY_BYTES", "max_body_bytes", "N",
     "largest request body outside uploads, 1024-1073741824 (default 1048576)", value_kind::integer, false, true,
     apply_max_body_bytes},
    {"public-url", "OFFERTRACKER_PUBLIC_URL", "public_url", "URL",
     "base URL for links to this server (default http://HOST:PORT from --listen)", value_kind::text, false, true,
     apply_public_url},
    {"max-connections", "OFFERTRACKER_MAX_CONNECTIONS", "max_connections", "N",
     "open connections at once; past it a new one gets 503 and is closed, 1-1000000 (default 4096)",
     value_kind::integer, false, true, apply_count<&settings::max_connections, 1, 1000000>},
    {"max-queued-requests", "OFFERTRACKER_MAX_QUEUED_REQUESTS", "max_queued_requests", "N",
     "requests waiting for a worker; past it 503 at once, 1-1000000 (default 2048)", value_kind::integer, false,
     true, apply_count<&settings::max_queued_requests, 1, 1000000>},
    {"hash-concurrency", "OFFERTRACKER_HASH_CONCURRENCY", "hash_concurrency", "N",
     "password hashes at once, on threads of their own, 1-256 (default 2)", value_kind::integer, false, true,
     apply_count<&settings::hash_concurrency, 1, 256>},
    {"hash-queue", "OFFERTRACKER_HASH_QUEUE", "hash_queue", "N",
     "requests that may wait for a hashing slot; past it 503 at once, 0-1024 (default 8)", value_kind::integer,
     false, true, apply_count<&settings::hash_queue, 0, 1024>},
    {"hash-wait-ms", "OFFERTRACKER_HASH_WAIT_MS", "hash_wait_ms", "N",
     "the longest wait for a hashing slot before 503, 0-60000 (default 1000)", value_kind::integer, false, true,
     apply_duration<&settings::hash_wait, 0, 60000, milliseconds_unit>},
    {"login-account-failures", "OFFERTRACKER_LOGIN_ACCOUNT_FAILURES", "login_account_failures", "N",
     "failed logins per account within the window before 429, 1-1000000 (default 10)", value_kind::integer, false,
     true, apply_count<&settings::login_account_failures, 1, 1000000>},
    {"login-address-failures", "OFFERTRACKER_LOGIN_ADDRESS_FAILURES", "login_address_failures", "N",
     "failed logins per client address within the window before 429, 1-1000000 (default 100)",
     value_kind::integer, false, true, apply_count<&settings::login_address_failures, 1, 1000000>},
    {"login-failure-window", "OFFERTRACKER_LOGIN_FAILURE_WINDOW", "login_failure_window", "SECONDS",
     "the window failed logins are counted in, 1-86400 (default 900)", value_kind::integer, false, true,
     apply_duration<&settings::login_failure_window, 1, 86400, seconds_unit>},
    {"throttle-keys", "OFFERTRACKER_THROTTLE_KEYS", "throttle_keys", "N",
     "the most counters kept for throttling (bounds its memory), 1000-100000000 (default 100000)",
     value_kind::integer, false, true, apply_count<&settings::throttle_keys, 1000, 100000000>},
}};

// ---- help ----------------------------------------------------------------------------------------

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

// ---- sources -------------------------------------------------------------------------------------

// A value for one setting and where it came from, for messages.
struct supplied_value {
    std::string text;
    std::string source;
};

struct collected {
    // Per entry of `specs`, values in increasing precedence: file, environment, flag.
    std::array<std::vector<supplied_value>, specs.size()> values;
    std::vector<std::string> errors;
};

std::optional<std::size_t> spec_index_by_flag(std::string_view flag) {
    for (std::size_t i = 0; i < specs.size(); ++i)
        if (specs[i].flag == flag) return i;
    return std::nullopt;
}

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

struct command_line {
    std::optional<subcommand> command;
    bool help = false;
    bool version = false;
    // Per entry of `specs`: the flag's occurrences.
    std::array<std::vector<std::string>, specs.size()> flags;
    std::vector<std::string> errors;
};

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

}  // namespace

std::string listen_address(settings const& s) {
    return bracketed(s.listen_host) + ":" + std::to_string(s.listen_port);
}

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
    std::size_t const config_index = 0;
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
    result.value = std::move(out);
    return result;
}

}  // namespace offertracker::app

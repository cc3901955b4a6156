// The settings table and one parser per setting. Each parser validates text from any source the same way.
#include "settings_table.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <filesystem>
#include <system_error>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "address_syntax.hpp"
#include "secret_file.hpp"

namespace offertracker::app {

std::filesystem::path default_swagger_ui_dir() { return OFFERTRACKER_DEFAULT_SWAGGER_UI_DIR; }

namespace detail {
namespace {

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

// ---- one apply function per setting ---------------------------------------------------------------

std::string apply_listen(std::string_view text, settings& out) {
    auto parsed = detail::parse_host_port(text, true);
    if (auto const* problem = std::get_if<std::string>(&parsed)) return *problem;
    auto& hp = std::get<detail::host_port>(parsed);
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
        auto parsed = detail::parse_http_url(item, false);
        if (auto const* problem = std::get_if<std::string>(&parsed)) {
            problems.push_back("'" + std::string(item) + "' " + *problem);
            continue;
        }
        auto& origin = std::get<detail::http_url>(parsed).origin;
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
constexpr char hours_unit[] = "hours";

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
    auto parsed = detail::parse_http_url(text, true);
    if (auto const* problem = std::get_if<std::string>(&parsed)) return *problem;
    auto const& url = std::get<detail::http_url>(parsed);
    out.public_url = url.origin + url.path;
    return {};
}

std::string apply_swagger_ui_dir(std::string_view text, settings& out) {
    if (text.empty()) return "must not be empty";
    out.swagger_ui_dir = std::filesystem::path(std::string(text));
    return {};
}

std::string apply_surfaces(std::string_view text, settings& out) {
    bool offertracker = false, recruiting = false, web = false, pipeline = false;
    std::string_view rest = text;
    while (!rest.empty()) {
        auto const comma = rest.find(',');
        auto const item = trim(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        if (item == "offertracker")
            offertracker = true;
        else if (item == "recruiting")
            recruiting = true;
        else if (item == "web")
            web = true;
        else if (item == "pipeline")
            pipeline = true;
        else
            return "must list surfaces among offertracker, recruiting, web, pipeline (got \"" + std::string(item) +
                   "\")";
    }
    if (!offertracker && !recruiting && !web && !pipeline) return "must name at least one surface";
    out.serve_offertracker = offertracker;
    out.serve_recruiting = recruiting;
    out.serve_web = web;
    out.serve_pipeline = pipeline;
    return {};
}

// A mount prefix as the router takes it: "/x[/y...]", no trailing slash, no empty segment.
std::string check_prefix(std::string_view text) {
    if (text.size() < 2 || text.front() != '/' || text.back() == '/' || text.find("//") != std::string_view::npos)
        return "must be a path like /api/v1 (a leading slash, no trailing slash, no empty segment)";
    for (char const c : text)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '-' || c == '_' || c == '.'))
            return "may hold only letters, digits, '/', '-', '_' and '.'";
    return {};
}

template <std::string settings::*field>
std::string apply_prefix(std::string_view text, settings& out) {
    if (auto problem = check_prefix(text); !problem.empty()) return problem;
    out.*field = std::string(text);
    return {};
}

// COUNT/WINDOW, e.g. "100/1m": 1..1000000 requests per 1..86400 seconds, the window in s, m or h.
template <settings::rate_limit settings::*field>
std::string apply_rate_limit(std::string_view text, settings& out) {
    constexpr std::string_view problem = "must be COUNT/WINDOW, e.g. 100/1m (1-1000000 per 1s-24h; s, m or h)";
    auto const slash = text.find('/');
    if (slash == std::string_view::npos || slash + 2 > text.size()) return std::string{problem};
    auto const count = parse_unsigned(text.substr(0, slash));
    auto window_text = text.substr(slash + 1);
    const char unit = window_text.back();
    const std::uint64_t scale = unit == 's' ? 1 : unit == 'm' ? 60 : unit == 'h' ? 3600 : 0;
    window_text.remove_suffix(1);
    auto const amount = parse_unsigned(window_text);
    if (!count || *count < 1 || *count > 1000000 || scale == 0 || !amount || *amount < 1 ||
        *amount * scale > 86400)
        return std::string{problem};
    out.*field = {static_cast<unsigned>(*count), std::chrono::seconds(*amount * scale)};
    return {};
}

std::string apply_provider_url(std::string_view text, settings& out) {
    if (text.empty()) {
        out.provider_url.clear();
        return {};
    }
    auto parsed = detail::parse_http_url(text, true);
    if (auto const* problem = std::get_if<std::string>(&parsed)) return *problem;
    auto const& url = std::get<detail::http_url>(parsed);
    out.provider_url = url.origin + url.path;
    return {};
}

std::string apply_provider_api_key(std::string_view text, settings& out) {
    out.provider_api_key = std::string(text);
    return {};
}

template <std::string settings::*field>
std::string apply_text(std::string_view text, settings& out) {
    if (text.empty() || text.size() > 200) return "must be 1 to 200 characters";
    out.*field = std::string(text);
    return {};
}

template <bool settings::*field>
std::string apply_bool(std::string_view text, settings& out) {
    if (text == "true" || text == "1") {
        out.*field = true;
    } else if (text == "false" || text == "0") {
        out.*field = false;
    } else {
        return "must be true or false";
    }
    return {};
}

}  // namespace

constexpr std::array<setting_spec, setting_count> specs{{
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
    {"swagger-ui-dir", "OFFERTRACKER_SWAGGER_UI_DIR", "swagger_ui_dir", "DIR",
     "the swagger-ui-dist package /docs serves; /docs answers 404 without it (default: where scripts/setup "
     "installs it at build time)",
     value_kind::text, false, true, apply_swagger_ui_dir},
    {"surfaces", "OFFERTRACKER_SURFACES", "surfaces", "LIST",
     "surfaces to serve, comma-separated among offertracker, recruiting, web, pipeline (default all four)",
     value_kind::text_list,
     false, true, apply_surfaces},
    {"offertracker-prefix", "OFFERTRACKER_OFFERTRACKER_PREFIX", "offertracker_prefix", "PATH",
     "where the OfferTracker API is mounted (default /api/v1)", value_kind::text, false, true,
     apply_prefix<&settings::offertracker_prefix>},
    {"recruiting-prefix", "OFFERTRACKER_RECRUITING_PREFIX", "recruiting_prefix", "PATH",
     "where the Recruiting API is mounted (default /recruiting/api/v1; /api/v1 with --surfaces recruiting)",
     value_kind::text, false, true, apply_prefix<&settings::recruiting_prefix>},
    {"provider-url", "OFFERTRACKER_PROVIDER_URL", "provider_url", "URL",
     "base URL of an OpenAI-compatible model provider for the Recruiting API's \"openai\" matching, e.g. "
     "https://api.openai.com/v1 (default: none, everything offline)",
     value_kind::text, false, true, apply_provider_url},
    {"provider-api-key", "OFFERTRACKER_PROVIDER_API_KEY", "provider_api_key", "KEY",
     "the provider's API key (prefer the environment variable or the config file: a flag is visible to local users)",
     value_kind::text, false, false, apply_provider_api_key},
    {"provider-model", "OFFERTRACKER_PROVIDER_MODEL", "provider_model", "NAME",
     "the provider's embedding model (default text-embedding-3-small)", value_kind::text, false, true,
     apply_text<&settings::provider_model>},
    {"provider-timeout-ms", "OFFERTRACKER_PROVIDER_TIMEOUT_MS", "provider_timeout_ms", "N",
     "the longest a provider call may take before matching falls back to naive, 100-120000 (default 10000)",
     value_kind::integer, false, true, apply_duration<&settings::provider_timeout, 100, 120000, milliseconds_unit>},
    {"webhook-allow-private", "OFFERTRACKER_WEBHOOK_ALLOW_PRIVATE", "webhook_allow_private", "BOOL",
     "let webhook deliveries reach loopback, private and link-local addresses (default false)",
     value_kind::boolean, false, true, apply_bool<&settings::webhook_allow_private>},
    {"provider-chat-model", "OFFERTRACKER_PROVIDER_CHAT_MODEL", "provider_chat_model", "NAME",
     "the provider's chat model, which writes interview-prep questions and feedback (default gpt-4o-mini)",
     value_kind::text, false, true, apply_text<&settings::provider_chat_model>},
    {"secure-cookies", "OFFERTRACKER_SECURE_COOKIES", "secure_cookies", "BOOL",
     "mark the web surface's session cookie Secure (default: true when --public-url is https)",
     value_kind::boolean, false, true, apply_bool<&settings::secure_cookies>},
    {"web-session-hours", "OFFERTRACKER_WEB_SESSION_HOURS", "web_session_hours", "N",
     "how long a browser stays signed in to the web surface, 1-8760 (default 336: two weeks)",
     value_kind::integer, false, true, apply_duration<&settings::web_session_lifetime, 1, 8760, hours_unit>},
    {"pipeline-prefix", "OFFERTRACKER_PIPELINE_PREFIX", "pipeline_prefix", "PATH",
     "where the Pipeline API is mounted (default /api)", value_kind::text, false, true,
     apply_prefix<&settings::pipeline_prefix>},
    {"pipeline-limit-standard", "OFFERTRACKER_PIPELINE_LIMIT_STANDARD", "pipeline_limit_standard", "N/WINDOW",
     "Pipeline requests per client address outside the classes below (default 100/1m)", value_kind::text, false,
     true, apply_rate_limit<&settings::pipeline_limit_standard>},
    {"pipeline-limit-auth", "OFFERTRACKER_PIPELINE_LIMIT_AUTH", "pipeline_limit_auth", "N/WINDOW",
     "Pipeline /auth requests per client address (default 5/1m)", value_kind::text, false, true,
     apply_rate_limit<&settings::pipeline_limit_auth>},
    {"pipeline-limit-scraper", "OFFERTRACKER_PIPELINE_LIMIT_SCRAPER", "pipeline_limit_scraper", "N/WINDOW",
     "Pipeline /scraper requests per client address (default 10/1h)", value_kind::text, false, true,
     apply_rate_limit<&settings::pipeline_limit_scraper>},
    {"pipeline-limit-ai", "OFFERTRACKER_PIPELINE_LIMIT_AI", "pipeline_limit_ai", "N/WINDOW",
     "Pipeline scoring and insights requests per client address (default 20/1h)", value_kind::text, false, true,
     apply_rate_limit<&settings::pipeline_limit_ai>},
    {"pipeline-purge-days", "OFFERTRACKER_PIPELINE_PURGE_DAYS", "pipeline_purge_days", "N",
     "days after which soft-deleted Pipeline jobs are purged, 0-3650 (0: never; default 30)", value_kind::integer,
     false, true, apply_count<&settings::pipeline_purge_days, 0, 3650>},
    {"scraper-allow-private", "OFFERTRACKER_SCRAPER_ALLOW_PRIVATE", "scraper_allow_private", "BOOL",
     "let the Pipeline's posting importer fetch loopback, private and link-local addresses and http:// URLs "
     "(default false)",
     value_kind::boolean, false, true, apply_bool<&settings::scraper_allow_private>},
}};
// A setting_count above the rows would leave a zero row (no flag) at the end.
static_assert(!specs.back().flag.empty(), "setting_count must equal the number of rows in specs");

std::optional<std::size_t> spec_index_by_flag(std::string_view flag) {
    for (std::size_t i = 0; i < specs.size(); ++i)
        if (specs[i].flag == flag) return i;
    return std::nullopt;
}

}  // namespace detail
}  // namespace offertracker::app

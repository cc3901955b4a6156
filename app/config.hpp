// The settings of the offertracker executable and how they are read from flags, environment and a TOML file.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace offertracker::app {

// Where scripts/setup installs swagger-ui-dist in the source tree, fixed at build time.
std::filesystem::path default_swagger_ui_dir();

// What the executable was asked to do.
enum class subcommand { serve, migrate };

// Every setting, validated and with defaults applied. A value of this type is always complete and
// consistent: parse_settings never returns one that breaks the ranges documented below.
struct settings {
    subcommand command = subcommand::serve;

    // --listen HOST:PORT. host is a hostname, an IPv4 address or an IPv6 address (written [::1]:8000
    // on the command line; stored here without brackets). port is 1..65535.
    std::string listen_host = "127.0.0.1";
    std::uint16_t listen_port = 8000;

    // --database URL: sqlite://PATH, postgresql://... or postgres://... (kept verbatim).
    // Default: sqlite://<data_dir>/offertracker.db, i.e. sqlite://./data/offertracker.db.
    std::string database_url = "sqlite://./data/offertracker.db";

    // --data-dir DIR: where the SQLite file, uploaded files and the generated token secret live.
    std::filesystem::path data_dir = "./data";

    // --cors-origins LIST: origins allowed for browser clients, each scheme://host[:port] with
    // scheme http or https, lower-cased, no path, no duplicates, in the order given. Empty: no CORS.
    std::vector<std::string> cors_origins;

    // --workers N (1..256): threads for blocking work (database, hashing, files).
    unsigned workers = 4;
    // --io-threads N (1..256): threads running the network event loop.
    unsigned io_threads = 1;
    // --db-pool N (1..1024): database connections; defaults to workers.
    unsigned db_pool = 4;

    // --token-secret S (at least 32 characters). Empty when not configured: the composition root then
    // uses load_or_create_secret (secret_file.hpp) to keep a generated one in data_dir.
    std::string token_secret;
    // --token-lifetime SECONDS (60..31536000).
    std::chrono::seconds token_lifetime{86400};

    // --max-body-bytes N (1024..1073741824): largest ordinary request body. Uploads have their own,
    // larger limit decided by the HTTP adapter.
    std::size_t max_body_bytes = 1024 * 1024;

    // Overload bounds of the HTTP server: past either, a prompt 503 with Retry-After.
    // --max-connections N (1..1000000): open connections at once.
    unsigned max_connections = 4096;
    // --max-queued-requests N (1..1000000): requests read and waiting for a worker.
    unsigned max_queued_requests = 2048;

    // Password hashing has its own capacity, so cheap requests never wait behind it. Past it: 503.
    // --hash-concurrency N (1..256): hashes at once.
    unsigned hash_concurrency = 2;
    // --hash-queue N (0..1024): requests that may wait for a hashing slot.
    unsigned hash_queue = 8;
    // --hash-wait-ms N (0..60000): the longest such a wait lasts.
    std::chrono::milliseconds hash_wait{1000};

    // Failed-login throttling (429 with Retry-After): failures tolerated per account and per client address
    // within --login-failure-window SECONDS (1..86400), each 1..1000000.
    unsigned login_account_failures = 10;
    unsigned login_address_failures = 100;
    std::chrono::seconds login_failure_window{900};
    // --throttle-keys N (1000..100000000): the most counters the in-memory throttle keeps.
    unsigned throttle_keys = 100000;

    // --public-url URL: base for links to this server, http(s)://host[:port][/path] with no trailing
    // slash. Default: http://HOST:PORT from listen (IPv6 hosts in brackets).
    std::string public_url = "http://127.0.0.1:8000";

    // --swagger-ui-dir DIR: the swagger-ui-dist package /docs serves (/docs answers 404 when it is missing).
    std::filesystem::path swagger_ui_dir = default_swagger_ui_dir();

    // --surfaces LIST: the surfaces this server mounts, any of "offertracker", "recruiting", "web" and
    // "pipeline", in any order (default all four). One alone lets it serve at the root its clients expect, e.g.
    // Recruiting at /api/v1.
    bool serve_offertracker = true;
    bool serve_recruiting = true;
    bool serve_web = true;  // the interview-prep web at the server root
    bool serve_pipeline = true;
    // --offertracker-prefix PATH and --recruiting-prefix PATH: where each surface is mounted ("/x[/y...]", no
    // trailing slash). The two must differ when both are served.
    std::string offertracker_prefix = "/api/v1";
    std::string recruiting_prefix = "/recruiting/api/v1";
    // --pipeline-prefix PATH: where the Pipeline API is mounted (default /api; the longest prefix owns a path, so
    // /api/v1 stays the OfferTracker API's).
    std::string pipeline_prefix = "/api";
    // The Pipeline's rate limits per client address, COUNT/WINDOW with the window in s, m or h:
    // --pipeline-limit-standard (100/1m), --pipeline-limit-auth (5/1m), --pipeline-limit-scraper (10/1h),
    // --pipeline-limit-ai (20/1h).
    struct rate_limit {
        unsigned count;
        std::chrono::seconds window;
    };
    rate_limit pipeline_limit_standard{100, std::chrono::minutes{1}};
    rate_limit pipeline_limit_auth{5, std::chrono::minutes{1}};
    rate_limit pipeline_limit_scraper{10, std::chrono::hours{1}};
    rate_limit pipeline_limit_ai{20, std::chrono::hours{1}};
    // --pipeline-purge-days N (0..3650): soft-deleted jobs are purged this long after deletion (0: never).
    unsigned pipeline_purge_days = 30;
    // --scraper-allow-private true|false: let the posting importer fetch loopback, private and link-local
    // addresses and plain http:// URLs (default false).
    bool scraper_allow_private = false;

    // The optional OpenAI-compatible model provider of the Recruiting API's "openai" matching strategy.
    // --provider-url URL (http(s), e.g. https://api.openai.com/v1; empty: none, everything stays offline),
    // --provider-api-key KEY (never echoed), --provider-model NAME, --provider-timeout-ms N (100..120000).
    std::string provider_url;
    std::string provider_api_key;
    std::string provider_model = "text-embedding-3-small";
    std::chrono::milliseconds provider_timeout{10000};

    // --webhook-allow-private true|false: let webhook deliveries reach loopback, private and link-local
    // addresses (default false: only public addresses, as for every URL a user chooses).
    bool webhook_allow_private = false;

    // --provider-chat-model NAME: the provider's chat model, which writes interview-prep questions and feedback.
    std::string provider_chat_model = "gpt-4o-mini";
    // --secure-cookies true|false: the web surface's session cookie carries Secure (browsers then send it over
    // HTTPS only). Default: true when public_url is https, as behind a TLS-terminating proxy.
    bool secure_cookies = false;
    // --web-session-hours N: how long a browser stays signed in (the session record and the cookie expire).
    std::chrono::hours web_session_lifetime{24 * 14};

    // --config FILE: the TOML file the settings were read from, if any.
    std::optional<std::filesystem::path> config_file;
};

// The outcome of parse_settings. Exactly one of these holds:
//   show_help    — help_text holds the usage to print (top-level or for the named subcommand);
//   show_version — the caller prints "offertracker <version>";
//   errors empty — value holds the settings;
//   otherwise    — errors lists every problem found, one human-readable message each, naming where
//                  the bad value came from (flag, environment variable or file key).
struct parse_result {
    std::optional<settings> value;
    std::vector<std::string> errors;
    bool show_help = false;
    bool show_version = false;
    std::string help_text;
};

// Looks up an environment variable; nullopt when unset. parse_settings treats an empty value as unset.
using environment_lookup = std::function<std::optional<std::string>(std::string_view name)>;

// Reads `offertracker [--help|--version] <serve|migrate> [options]`. Precedence per setting:
// flags > environment (OFFERTRACKER_*) > TOML file (--config or OFFERTRACKER_CONFIG) > defaults.
// Every supplied value is validated, including ones a higher-precedence source overrides, so a
// latent mistake is reported before it takes effect. Unknown flags, unknown TOML keys, TOML values
// of the wrong type, repeated flags and out-of-range values are all errors, reported together.
// Reads the TOML file, if any; otherwise has no side effects and never throws for bad input.
[[nodiscard]] parse_result parse_settings(int argc, char const* const* argv, environment_lookup const& environment);

// "host:port" with IPv6 hosts in brackets, as accepted by --listen.
[[nodiscard]] std::string listen_address(settings const& s);

}  // namespace offertracker::app

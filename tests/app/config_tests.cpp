// Tests parse_settings: defaults, every flag, precedence, validation that reports every error, help and version.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "config.hpp"

using namespace offertracker::app;

namespace {

// Owns argv storage for one parse.
parse_result parse(std::vector<std::string> args, std::map<std::string, std::string> env = {}) {
    args.insert(args.begin(), "offertracker");
    std::vector<char const*> argv;
    for (auto const& arg : args) argv.push_back(arg.c_str());
    argv.push_back(nullptr);
    auto const lookup = [env = std::move(env)](std::string_view name) -> std::optional<std::string> {
        auto const it = env.find(std::string(name));
        if (it == env.end()) return std::nullopt;
        return it->second;
    };
    return parse_settings(static_cast<int>(args.size()), argv.data(), lookup);
}

settings parse_ok(std::vector<std::string> args, std::map<std::string, std::string> env = {}) {
    auto result = parse(std::move(args), std::move(env));
    INFO("first error: " << (result.errors.empty() ? std::string("none") : result.errors.front()));
    REQUIRE(result.errors.empty());
    REQUIRE(result.value);
    return *result.value;
}

std::vector<std::string> parse_errors(std::vector<std::string> args, std::map<std::string, std::string> env = {}) {
    auto result = parse(std::move(args), std::move(env));
    REQUIRE_FALSE(result.value);
    REQUIRE_FALSE(result.errors.empty());
    return result.errors;
}

bool any_contains(std::vector<std::string> const& errors, std::string const& needle) {
    return std::any_of(errors.begin(), errors.end(), [&](auto const& e) { return e.find(needle) != std::string::npos; });
}

// A TOML file in a fresh temporary directory, removed with the object.
class toml_file {
public:
    explicit toml_file(std::string const& content) {
        std::random_device random;
        dir_ = std::filesystem::temp_directory_path() / ("offertracker-config-test-" + std::to_string(random()));
        std::filesystem::create_directories(dir_);
        path_ = dir_ / "offertracker.toml";
        std::ofstream(path_) << content;
    }
    ~toml_file() { std::filesystem::remove_all(dir_); }
    [[nodiscard]] std::string path() const { return path_.string(); }

private:
    std::filesystem::path dir_;
    std::filesystem::path path_;
};

std::string const secret_a(40, 'a');
std::string const secret_b(40, 'b');

}  // namespace

TEST_CASE("defaults apply when nothing is configured", "[app][config]") {
    auto const s = parse_ok({"serve"});
    CHECK(s.command == subcommand::serve);
    CHECK(s.listen_host == "127.0.0.1");
    CHECK(s.listen_port == 8000);
    CHECK(listen_address(s) == "127.0.0.1:8000");
    CHECK(s.database_url == "sqlite://./data/offertracker.db");
    CHECK(s.data_dir == std::filesystem::path("./data"));
    CHECK(s.cors_origins.empty());
    CHECK(s.workers == 4);
    CHECK(s.io_threads == 1);
    CHECK(s.db_pool == 4);
    CHECK(s.token_secret.empty());
    CHECK(s.token_lifetime == std::chrono::seconds(86400));
    CHECK(s.max_body_bytes == 1024 * 1024);
    CHECK(s.public_url == "http://127.0.0.1:8000");
    CHECK_FALSE(s.config_file);
}

TEST_CASE("migrate is a command of its own", "[app][config]") {
    auto const s = parse_ok({"migrate", "--database", "postgresql://u@localhost/db"});
    CHECK(s.command == subcommand::migrate);
    CHECK(s.database_url == "postgresql://u@localhost/db");
}

TEST_CASE("every flag sets its setting", "[app][config]") {
    auto const s = parse_ok({"serve", "--listen", "0.0.0.0:9000", "--database=postgres://app@db:5432/tracker",
                             "--data-dir", "/var/lib/offertracker", "--cors-origins",
                             "https://app.example.com, http://localhost:3000", "--workers", "16", "--io-threads", "2",
                             "--db-pool", "8", "--token-secret", secret_a, "--token-lifetime", "3600",
                             "--max-body-bytes", "2048", "--public-url", "https://tracker.example.com/base/"});
    CHECK(s.listen_host == "0.0.0.0");
    CHECK(s.listen_port == 9000);
    CHECK(s.database_url == "postgres://app@db:5432/tracker");
    CHECK(s.data_dir == std::filesystem::path("/var/lib/offertracker"));
    CHECK(s.cors_origins == std::vector<std::string>{"https://app.example.com", "http://localhost:3000"});
    CHECK(s.workers == 16);
    CHECK(s.io_threads == 2);
    CHECK(s.db_pool == 8);
    CHECK(s.token_secret == secret_a);
    CHECK(s.token_lifetime == std::chrono::seconds(3600));
    CHECK(s.max_body_bytes == 2048);
    CHECK(s.public_url == "https://tracker.example.com/base");
}

TEST_CASE("defaults derive from other settings unless set", "[app][config]") {
    SECTION("the database follows the data dir") {
        auto const s = parse_ok({"serve", "--data-dir", "/srv/ot"});
        CHECK(s.database_url == "sqlite:///srv/ot/offertracker.db");
    }
    SECTION("the pool follows the workers") {
        CHECK(parse_ok({"serve", "--workers", "12"}).db_pool == 12);
    }
    SECTION("the public URL follows listen, IPv6 in brackets") {
        auto const s = parse_ok({"serve", "--listen", "[::1]:8080"});
        CHECK(s.listen_host == "::1");
        CHECK(s.listen_port == 8080);
        CHECK(listen_address(s) == "[::1]:8080");
        CHECK(s.public_url == "http://[::1]:8080");
    }
}

TEST_CASE("listen accepts host names, IPv4 and bracketed IPv6", "[app][config]") {
    for (auto const* value : {"localhost:1", "example.com:65535", "10.0.0.1:80", "[::]:8000", "[fe80::1]:443"}) {
        INFO(value);
        CHECK(parse(std::vector<std::string>{"serve", "--listen", value}).errors.empty());
    }
    for (auto const* value : {"127.0.0.1", "127.0.0.1:0", "127.0.0.1:65536", "127.0.0.1:http", ":8000",
                              "::1:8000", "[::1:8000", "[zz::1]:80", "300.1.1.1:80", "bad_host:80", "-x.com:80",
                              "host:80:90"}) {
        INFO(value);
        auto const errors = parse_errors({"serve", "--listen", value});
        CHECK(any_contains(errors, "--listen"));
    }
}

TEST_CASE("database URLs must name a supported engine", "[app][config]") {
    CHECK(parse_ok({"serve", "--database", "sqlite:///tmp/x.db"}).database_url == "sqlite:///tmp/x.db");
    CHECK(parse_ok({"serve", "--database", "postgresql://localhost/x"}).database_url == "postgresql://localhost/x");
    auto const errors = parse_errors({"serve", "--database", "mysql://root:hunter2@db/x"});
    REQUIRE(errors.size() == 1);
    CHECK(any_contains(errors, "--database"));
    CHECK_FALSE(any_contains(errors, "hunter2"));  // a URL may carry a password: never echoed
    CHECK(any_contains(parse_errors({"serve", "--database", "sqlite://"}), "nothing after"));
}

TEST_CASE("cors origins are parsed, normalised and validated", "[app][config]") {
    SECTION("list with spaces, duplicates, case and a trailing comma") {
        auto const s = parse_ok({"serve", "--cors-origins", " HTTPS://App.Example.com:8443 ,http://[::1]:3000,https://app.example.com:8443,"});
        CHECK(s.cors_origins == std::vector<std::string>{"https://app.example.com:8443", "http://[::1]:3000"});
    }
    SECTION("a trailing slash is not a path") {
        CHECK(parse_ok({"serve", "--cors-origins", "http://localhost:3000/"}).cors_origins ==
              std::vector<std::string>{"http://localhost:3000"});
    }
    SECTION("repeated flags add up") {
        auto const s = parse_ok({"serve", "--cors-origins", "http://a.test", "--cors-origins", "http://b.test"});
        CHECK(s.cors_origins == std::vector<std::string>{"http://a.test", "http://b.test"});
    }
    SECTION("an empty list means no CORS") {
        CHECK(parse_ok({"serve"}, {{"OFFERTRACKER_CORS_ORIGINS", " , "}}).cors_origins.empty());
    }
    SECTION("every bad origin is named") {
        auto const errors = parse_errors(
            {"serve", "--cors-origins", "ftp://x.test,https://ok.test,http://x.test/path,example.com,http://x.test:0,http://x.test?q"});
        REQUIRE(errors.size() == 1);
        for (auto const* bad : {"ftp://x.test", "http://x.test/path", "'example.com'", "http://x.test:0", "http://x.test?q"}) {
            INFO(bad);
            CHECK(any_contains(errors, bad));
        }
        CHECK_FALSE(any_contains(errors, "'https://ok.test'"));
    }
}

TEST_CASE("numeric settings are range-checked", "[app][config]") {
    struct bad_case {
        char const* flag;
        char const* value;
    };
    for (auto const& [flag, value] : std::initializer_list<bad_case>{
             {"--workers", "0"}, {"--workers", "257"}, {"--workers", "four"}, {"--workers", "-1"},
             {"--io-threads", "0"}, {"--db-pool", "0"}, {"--db-pool", "1025"}, {"--token-lifetime", "59"},
             {"--token-lifetime", "31536001"}, {"--max-body-bytes", "1023"}, {"--max-body-bytes", "1e6"},
             {"--workers", "99999999999999999999999"}}) {
        INFO(flag << " " << value);
        auto const errors = parse_errors({"serve", flag, value});
        CHECK(errors.size() == 1);
        CHECK(any_contains(errors, flag));
    }
    CHECK(parse_ok({"serve", "--workers", "1", "--token-lifetime", "60"}).workers == 1);
    CHECK(parse_ok({"serve", "--workers", "256", "--token-lifetime", "31536000"}).workers == 256);
}

TEST_CASE("a short token secret is refused without echoing it", "[app][config]") {
    auto const errors = parse_errors({"serve", "--token-secret", "short-secret-value"});
    REQUIRE(errors.size() == 1);
    CHECK(any_contains(errors, "at least 32"));
    CHECK_FALSE(any_contains(errors, "short-secret-value"));
}

TEST_CASE("public URL must be http(s)", "[app][config]") {
    CHECK(parse_ok({"serve", "--public-url", "http://localhost:8000"}).public_url == "http://localhost:8000");
    CHECK(any_contains(parse_errors({"serve", "--public-url", "localhost:8000"}), "--public-url"));
    CHECK(any_contains(parse_errors({"serve", "--public-url", "https://x.test/?a=b"}), "--public-url"));
}

TEST_CASE("environment variables set every setting", "[app][config]") {
    auto const s = parse_ok({"serve"}, {{"OFFERTRACKER_LISTEN", "127.0.0.1:9100"},
                                        {"OFFERTRACKER_DATABASE_URL", "postgresql://x@h/d"},
                                        {"OFFERTRACKER_DATA_DIR", "/tmp/ot"},
                                        {"OFFERTRACKER_CORS_ORIGINS", "http://a.test"},
                                        {"OFFERTRACKER_WORKERS", "3"},
                                        {"OFFERTRACKER_IO_THREADS", "2"},
                                        {"OFFERTRACKER_DB_POOL", "5"},
                                        {"OFFERTRACKER_TOKEN_SECRET", secret_a},
                                        {"OFFERTRACKER_TOKEN_LIFETIME", "120"},
                                        {"OFFERTRACKER_MAX_BODY_BYTES", "4096"},
                                        {"OFFERTRACKER_PUBLIC_URL", "https://p.test"}});
    CHECK(s.listen_port == 9100);
    CHECK(s.database_url == "postgresql://x@h/d");
    CHECK(s.data_dir == std::filesystem::path("/tmp/ot"));
    CHECK(s.cors_origins == std::vector<std::string>{"http://a.test"});
    CHECK(s.workers == 3);
    CHECK(s.io_threads == 2);
    CHECK(s.db_pool == 5);
    CHECK(s.token_secret == secret_a);
    CHECK(s.token_lifetime == std::chrono::seconds(120));
    CHECK(s.max_body_bytes == 4096);
    CHECK(s.public_url == "https://p.test");
}

TEST_CASE("an empty environment variable counts as unset", "[app][config]") {
    CHECK(parse_ok({"serve"}, {{"OFFERTRACKER_WORKERS", ""}}).workers == 4);
}

TEST_CASE("the TOML file sets settings, the environment overrides it and flags override both", "[app][config]") {
    toml_file const file("listen = \"127.0.0.1:7000\"\n"
                         "database = \"sqlite:///tmp/file.db\"\n"
                         "data_dir = \"/tmp/file-data\"\n"
                         "cors_origins = [\"http://a.test\", \"https://b.test\"]\n"
                         "workers = 6\n"
                         "io_threads = 3\n"
                         "db_pool = 7\n"
                         "token_secret = \"" + secret_a + "\"\n"
                         "token_lifetime = 600\n"
                         "max_body_bytes = 8192\n"
                         "public_url = \"https://file.test\"\n");

    SECTION("file alone, named by --config") {
        auto const s = parse_ok({"serve", "--config", file.path()});
        CHECK(s.listen_port == 7000);
        CHECK(s.database_url == "sqlite:///tmp/file.db");
        CHECK(s.data_dir == std::filesystem::path("/tmp/file-data"));
        CHECK(s.cors_origins == std::vector<std::string>{"http://a.test", "https://b.test"});
        CHECK(s.workers == 6);
        CHECK(s.io_threads == 3);
        CHECK(s.db_pool == 7);
        CHECK(s.token_secret == secret_a);
        CHECK(s.token_lifetime == std::chrono::seconds(600));
        CHECK(s.max_body_bytes == 8192);
        CHECK(s.public_url == "https://file.test");
        REQUIRE(s.config_file);
        CHECK(s.config_file->string() == file.path());
    }
    SECTION("file named by OFFERTRACKER_CONFIG; environment wins over file") {
        auto const s = parse_ok({"serve"}, {{"OFFERTRACKER_CONFIG", file.path()},
                                            {"OFFERTRACKER_WORKERS", "9"},
                                            {"OFFERTRACKER_TOKEN_SECRET", secret_b}});
        CHECK(s.workers == 9);
        CHECK(s.token_secret == secret_b);
        CHECK(s.io_threads == 3);  // untouched by the environment: the file's value
        CHECK(s.db_pool == 7);
    }
    SECTION("flags win over environment and file") {
        auto const s = parse_ok({"serve", "--config", file.path(), "--workers", "11", "--listen", "127.0.0.1:7100"},
                                {{"OFFERTRACKER_WORKERS", "9"}, {"OFFERTRACKER_LISTEN", "127.0.0.1:7200"}});
        CHECK(s.workers == 11);
        CHECK(s.listen_port == 7100);
        CHECK(s.token_lifetime == std::chrono::seconds(600));
    }
    SECTION("--config wins over OFFERTRACKER_CONFIG") {
        auto const errors = parse(std::vector<std::string>{"serve", "--config", file.path()},
                                  {{"OFFERTRACKER_CONFIG", "/nonexistent/offertracker.toml"}});
        CHECK(errors.errors.empty());
    }
}

TEST_CASE("cors_origins in TOML may be a single string", "[app][config]") {
    toml_file const file("cors_origins = \"http://a.test,http://b.test\"\n");
    CHECK(parse_ok({"serve", "--config", file.path()}).cors_origins ==
          std::vector<std::string>{"http://a.test", "http://b.test"});
}

TEST_CASE("TOML problems are reported: unknown keys, wrong types, bad values, bad syntax, missing file", "[app][config]") {
    SECTION("keys and types") {
        toml_file const file("listen = 8000\n"
                             "workers = \"4\"\n"
                             "cors_origins = [1, 2]\n"
                             "token_lifetime = 5\n"
                             "colour = \"blue\"\n"
                             "[server]\nport = 1\n");
        auto const errors = parse_errors({"serve", "--config", file.path()});
        CHECK(errors.size() == 6);
        CHECK(any_contains(errors, "key 'listen': must be a string"));
        CHECK(any_contains(errors, "key 'workers': must be an integer"));
        CHECK(any_contains(errors, "key 'cors_origins': must be a string or an array of strings"));
        CHECK(any_contains(errors, "key 'token_lifetime': must be an integer from 60"));
        CHECK(any_contains(errors, "key 'colour': unknown key"));
        CHECK(any_contains(errors, "key 'server': unknown key"));
    }
    SECTION("syntax") {
        toml_file const file("workers = = 3\n");
        auto const errors = parse_errors({"serve", "--config", file.path()});
        REQUIRE(errors.size() == 1);
        CHECK(any_contains(errors, "invalid TOML"));
        CHECK(any_contains(errors, ":1:"));
    }
    SECTION("missing file") {
        auto const errors = parse_errors({"serve", "--config", "/nonexistent/offertracker.toml"});
        REQUIRE(errors.size() == 1);
        CHECK(any_contains(errors, "does not exist"));
    }
}

TEST_CASE("every invalid setting from every source is reported at once", "[app][config]") {
    toml_file const file("workers = 0\nunknown_thing = 1\n");
    auto const errors = parse_errors(
        {"serve", "--config", file.path(), "--listen", "nope", "--database", "mysql://x", "--cors-origins", "x",
         "--io-threads", "0", "--token-secret", "short", "--token-lifetime", "1", "--max-body-bytes", "1",
         "--public-url", "ftp://x", "--db-pool", "0", "--bogus", "--data-dir", ""},
        {{"OFFERTRACKER_WORKERS", "1000"}});
    for (auto const* needle : {"--listen", "--database", "--cors-origins", "--io-threads", "--token-secret",
                               "--token-lifetime", "--max-body-bytes", "--public-url", "--db-pool", "--data-dir",
                               "unknown option '--bogus'", "OFFERTRACKER_WORKERS", "key 'workers'",
                               "key 'unknown_thing'"}) {
        INFO(needle);
        CHECK(any_contains(errors, needle));
    }
    CHECK(errors.size() == 14);
}

TEST_CASE("unknown flags, stray arguments, repeated flags and abbreviations are errors", "[app][config]") {
    CHECK(any_contains(parse_errors({"serve", "--frobnicate"}), "unknown option '--frobnicate'"));
    CHECK(any_contains(parse_errors({"serve", "--frobnicate=1"}), "unknown option '--frobnicate'"));
    CHECK(any_contains(parse_errors({"serve", "extra"}), "unexpected argument 'extra'"));
    CHECK(any_contains(parse_errors({"serve", "--work", "3"}), "unknown option '--work'"));
    CHECK(parse_errors({"serve", "--colour", "blue"}).size() == 1);  // its value is not a second mistake
    CHECK(any_contains(parse_errors({"serve", "--workers", "3", "--workers", "4"}), "--workers: given more than once"));
    CHECK(any_contains(parse_errors({"serve", "--workers"}), "command line"));
    CHECK(any_contains(parse_errors({"migrate", "--listen", "127.0.0.1:1"}), "unknown option '--listen' for 'migrate'"));
}

TEST_CASE("a missing or unknown command is an error", "[app][config]") {
    CHECK(any_contains(parse_errors({}), "missing command"));
    CHECK(any_contains(parse_errors({"run"}), "unknown command 'run'"));
    CHECK(any_contains(parse_errors({"--listen", "x:1"}), "unknown option '--listen' before the command"));
}

TEST_CASE("help and version, top-level and per command", "[app][config]") {
    SECTION("top-level help lists the commands") {
        for (auto const* flag : {"--help", "-h"}) {
            auto const r = parse({flag});
            CHECK(r.show_help);
            CHECK_FALSE(r.value);
            CHECK(r.errors.empty());
            CHECK(r.help_text.find("serve") != std::string::npos);
            CHECK(r.help_text.find("migrate") != std::string::npos);
        }
    }
    SECTION("serve help lists every serve flag with its environment variable") {
        auto const r = parse({"serve", "--help"});
        CHECK(r.show_help);
        for (auto const* text : {"--listen", "--database", "--data-dir", "--cors-origins", "--workers", "--io-threads",
                                 "--db-pool", "--token-secret", "--token-lifetime", "--max-body-bytes", "--public-url",
                                 "--config", "OFFERTRACKER_LISTEN", "OFFERTRACKER_DATABASE_URL"}) {
            INFO(text);
            CHECK(r.help_text.find(text) != std::string::npos);
        }
    }
    SECTION("serve help warns that a --token-secret flag shows in the process list") {
        auto const r = parse({"serve", "--help"});
        // The help wraps long descriptions: compare with single spaces.
        std::string text;
        for (char const c : r.help_text)
            if (!std::isspace(static_cast<unsigned char>(c)) || (!text.empty() && text.back() != ' '))
                text += std::isspace(static_cast<unsigned char>(c)) ? ' ' : c;
        CHECK(text.find("visible to every local user in the process list") != std::string::npos);
        CHECK(text.find("prefer the environment variable") != std::string::npos);
    }
    SECTION("migrate help lists only what migrate takes") {
        auto const r = parse({"migrate", "--help"});
        CHECK(r.show_help);
        CHECK(r.help_text.find("--database") != std::string::npos);
        CHECK(r.help_text.find("--listen") == std::string::npos);
    }
    SECTION("help wins over invalid values") {
        CHECK(parse({"serve", "--workers", "0", "--help"}).show_help);
    }
    SECTION("version") {
        CHECK(parse({"--version"}).show_version);
        CHECK(parse({"serve", "--version"}).show_version);
        CHECK(parse({"migrate", "--version"}).show_version);
    }
}

TEST_CASE("overload, hashing and login-throttle settings: defaults and every source", "[app][config][overload]") {
    SECTION("defaults") {
        auto const s = parse_ok({"serve"});
        CHECK(s.max_connections == 4096);
        CHECK(s.max_queued_requests == 2048);
        CHECK(s.hash_concurrency == 2);
        CHECK(s.hash_queue == 8);
        CHECK(s.hash_wait == std::chrono::milliseconds(1000));
        CHECK(s.login_account_failures == 10);
        CHECK(s.login_address_failures == 100);
        CHECK(s.login_failure_window == std::chrono::seconds(900));
        CHECK(s.throttle_keys == 100000);
    }
    SECTION("flags") {
        auto const s = parse_ok({"serve", "--max-connections", "10", "--max-queued-requests", "20", "--hash-concurrency",
                                 "3", "--hash-queue", "0", "--hash-wait-ms", "0", "--login-account-failures", "5",
                                 "--login-address-failures", "50", "--login-failure-window", "60", "--throttle-keys",
                                 "1000"});
        CHECK(s.max_connections == 10);
        CHECK(s.max_queued_requests == 20);
        CHECK(s.hash_concurrency == 3);
        CHECK(s.hash_queue == 0);
        CHECK(s.hash_wait == std::chrono::milliseconds(0));
        CHECK(s.login_account_failures == 5);
        CHECK(s.login_address_failures == 50);
        CHECK(s.login_failure_window == std::chrono::seconds(60));
        CHECK(s.throttle_keys == 1000);
    }
    SECTION("environment over the file") {
        toml_file const file("max_connections = 11\nhash_wait_ms = 250\nlogin_failure_window = 120\n"
                             "login_account_failures = 7\nthrottle_keys = 5000\n");
        auto const s = parse_ok({"serve", "--config", file.path()},
                                {{"OFFERTRACKER_MAX_CONNECTIONS", "12"}, {"OFFERTRACKER_MAX_QUEUED_REQUESTS", "13"},
                                 {"OFFERTRACKER_HASH_CONCURRENCY", "4"}, {"OFFERTRACKER_HASH_QUEUE", "16"},
                                 {"OFFERTRACKER_LOGIN_ADDRESS_FAILURES", "1000"}});
        CHECK(s.max_connections == 12);
        CHECK(s.max_queued_requests == 13);
        CHECK(s.hash_concurrency == 4);
        CHECK(s.hash_queue == 16);
        CHECK(s.hash_wait == std::chrono::milliseconds(250));
        CHECK(s.login_account_failures == 7);
        CHECK(s.login_address_failures == 1000);
        CHECK(s.login_failure_window == std::chrono::seconds(120));
        CHECK(s.throttle_keys == 5000);
    }
    SECTION("ranges") {
        struct bad_case {
            char const* flag;
            char const* value;
        };
        for (auto const& [flag, value] : std::initializer_list<bad_case>{
                 {"--max-connections", "0"}, {"--max-connections", "1000001"}, {"--max-queued-requests", "0"},
                 {"--hash-concurrency", "0"}, {"--hash-concurrency", "257"}, {"--hash-queue", "1025"},
                 {"--hash-wait-ms", "60001"}, {"--hash-wait-ms", "1s"}, {"--login-account-failures", "0"},
                 {"--login-address-failures", "0"}, {"--login-failure-window", "0"},
                 {"--login-failure-window", "86401"}, {"--throttle-keys", "999"}}) {
            INFO(flag << " " << value);
            auto const errors = parse_errors({"serve", flag, value});
            CHECK(errors.size() == 1);
            CHECK(any_contains(errors, flag));
        }
        CHECK(any_contains(parse_errors({"serve", "--hash-wait-ms", "60001"}), "(milliseconds)"));
        CHECK(any_contains(parse_errors({"serve", "--login-failure-window", "0"}), "(seconds)"));
    }
}

TEST_CASE("the Swagger UI directory: the build's default, then every source", "[app][config][docs]") {
    SECTION("default: where scripts/setup installs swagger-ui-dist") {
        auto const s = parse_ok({"serve"});
        CHECK(s.swagger_ui_dir == default_swagger_ui_dir());
        CHECK(s.swagger_ui_dir.filename() == "swagger-ui-dist");
        CHECK(settings{}.swagger_ui_dir == default_swagger_ui_dir());
    }
    SECTION("flag over environment over file") {
        toml_file const file("swagger_ui_dir = \"/from/file\"\n");
        CHECK(parse_ok({"serve", "--config", file.path()}).swagger_ui_dir == "/from/file");
        CHECK(parse_ok({"serve", "--config", file.path()}, {{"OFFERTRACKER_SWAGGER_UI_DIR", "/from/env"}})
                  .swagger_ui_dir == "/from/env");
        CHECK(parse_ok({"serve", "--config", file.path(), "--swagger-ui-dir", "/from/flag"},
                       {{"OFFERTRACKER_SWAGGER_UI_DIR", "/from/env"}})
                  .swagger_ui_dir == "/from/flag");
    }
    SECTION("an empty or non-string value is an error; serve only") {
        toml_file const empty("swagger_ui_dir = \"\"\n");
        CHECK(any_contains(parse_errors({"serve", "--config", empty.path()}), "key 'swagger_ui_dir': must not be empty"));
        toml_file const number("swagger_ui_dir = 3\n");
        CHECK(any_contains(parse_errors({"serve", "--config", number.path()}), "key 'swagger_ui_dir': must be a string"));
        CHECK(any_contains(parse_errors({"migrate", "--swagger-ui-dir", "/x"}), "unknown option '--swagger-ui-dir'"));
    }
    SECTION("listed in the help") {
        auto const result = parse({"serve", "--help"});
        CHECK(result.help_text.find("--swagger-ui-dir") != std::string::npos);
        CHECK(result.help_text.find("OFFERTRACKER_SWAGGER_UI_DIR") != std::string::npos);
    }
}

TEST_CASE("surfaces, their prefixes, the model provider and webhook targets: defaults and every source",
          "[app][config][recruiting]") {
    SECTION("defaults: both surfaces at their documented prefixes, no provider, public webhook targets only") {
        auto const s = parse_ok({"serve"});
        CHECK(s.serve_offertracker);
        CHECK(s.serve_recruiting);
        CHECK(s.offertracker_prefix == "/api/v1");
        CHECK(s.recruiting_prefix == "/recruiting/api/v1");
        CHECK(s.provider_url.empty());
        CHECK(s.provider_model == "text-embedding-3-small");
        CHECK(s.provider_timeout == std::chrono::milliseconds(10000));
        CHECK_FALSE(s.webhook_allow_private);
    }
    SECTION("the Recruiting API alone at the seed's /api/v1") {
        auto const s = parse_ok({"serve", "--surfaces", "recruiting", "--recruiting-prefix", "/api/v1"});
        CHECK_FALSE(s.serve_offertracker);
        CHECK(s.serve_recruiting);
        CHECK(s.recruiting_prefix == "/api/v1");
    }
    SECTION("both surfaces at one prefix is an error, as are unknown surfaces and malformed prefixes") {
        CHECK(any_contains(parse_errors({"serve", "--recruiting-prefix", "/api/v1"}), "must differ"));
        CHECK(any_contains(parse_errors({"serve", "--surfaces", "recruiting,jobs"}), "got \"jobs\""));
        CHECK(any_contains(parse_errors({"serve", "--surfaces", ""}), "at least one surface"));
        CHECK(any_contains(parse_errors({"serve", "--recruiting-prefix", "/api/"}), "no trailing slash"));
        CHECK(any_contains(parse_errors({"serve", "--recruiting-prefix", "api"}), "a leading slash"));
        CHECK(any_contains(parse_errors({"serve", "--recruiting-prefix", "/a b"}), "may hold only"));
    }
    SECTION("the provider from the environment, its key never echoed") {
        auto const s = parse_ok({"serve"}, {{"OFFERTRACKER_PROVIDER_URL", "https://models.example.com/v1/"},
                                            {"OFFERTRACKER_PROVIDER_API_KEY", "sk-secret-123"},
                                            {"OFFERTRACKER_PROVIDER_MODEL", "embed-small"},
                                            {"OFFERTRACKER_PROVIDER_TIMEOUT_MS", "2500"}});
        CHECK(s.provider_url == "https://models.example.com/v1");
        CHECK(s.provider_api_key == "sk-secret-123");
        CHECK(s.provider_model == "embed-small");
        CHECK(s.provider_timeout == std::chrono::milliseconds(2500));
        CHECK(any_contains(parse_errors({"serve", "--provider-url", "ftp://x"}), "--provider-url"));
        CHECK(any_contains(parse_errors({"serve", "--provider-timeout-ms", "5"}), "100 to 120000"));
    }
    SECTION("webhook_allow_private: a TOML boolean, or true/false text from a flag") {
        toml_file const file("webhook_allow_private = true\nsurfaces = [\"offertracker\", \"recruiting\"]\n");
        CHECK(parse_ok({"serve", "--config", file.path()}).webhook_allow_private);
        CHECK_FALSE(parse_ok({"serve", "--config", file.path(), "--webhook-allow-private", "false"})
                        .webhook_allow_private);
        toml_file const wrong("webhook_allow_private = \"yes\"\n");
        CHECK(any_contains(parse_errors({"serve", "--config", wrong.path()}), "must be true or false"));
        toml_file const number("webhook_allow_private = 1\n");
        CHECK(any_contains(parse_errors({"serve", "--config", number.path()}), "must be true or false"));
    }
}

TEST_CASE("the web surface: served by default, its cookie flag and session length, the chat model",
          "[app][config][web]") {
    SECTION("defaults: every surface, cookies not Secure on plain http, two-week sessions") {
        auto const s = parse_ok({"serve"});
        CHECK(s.serve_web);
        CHECK_FALSE(s.secure_cookies);
        CHECK(s.web_session_lifetime == std::chrono::hours(336));
        CHECK(s.provider_chat_model == "gpt-4o-mini");
    }
    SECTION("the web alone; an https public URL makes cookies Secure unless told otherwise") {
        auto const alone = parse_ok({"serve", "--surfaces", "web"});
        CHECK(alone.serve_web);
        CHECK_FALSE(alone.serve_offertracker);
        CHECK_FALSE(alone.serve_recruiting);
        CHECK(parse_ok({"serve", "--public-url", "https://prep.example.com"}).secure_cookies);
        CHECK_FALSE(parse_ok({"serve", "--public-url", "https://prep.example.com", "--secure-cookies", "false"})
                        .secure_cookies);
        CHECK(parse_ok({"serve", "--secure-cookies", "true"}).secure_cookies);
        CHECK_FALSE(parse_ok({"serve", "--surfaces", "offertracker,recruiting"}).serve_web);
    }
    SECTION("out-of-range and malformed values are errors") {
        CHECK(any_contains(parse_errors({"serve", "--web-session-hours", "0"}), "1 to 8760"));
        CHECK(any_contains(parse_errors({"serve", "--web-session-hours", "8761"}), "1 to 8760"));
        CHECK(any_contains(parse_errors({"serve", "--secure-cookies", "yes"}), "must be true or false"));
        CHECK(any_contains(parse_errors({"serve", "--provider-chat-model", ""}), "1 to 200 characters"));
    }
    SECTION("from the config file and the environment") {
        toml_file const file("web_session_hours = 12\nprovider_chat_model = \"local-chat\"\nsecure_cookies = true\n");
        auto const s = parse_ok({"serve", "--config", file.path()});
        CHECK(s.web_session_lifetime == std::chrono::hours(12));
        CHECK(s.provider_chat_model == "local-chat");
        CHECK(s.secure_cookies);
        CHECK(parse_ok({"serve"}, {{"OFFERTRACKER_WEB_SESSION_HOURS", "48"}}).web_session_lifetime ==
              std::chrono::hours(48));
    }
}

// The OfferTracker surface over real sockets: a started server wired like app/composition.cpp (real router,
// mount_api, sql_store, Argon2 with cheap parameters, JWT, HMAC link signer, local files), plus helpers.
#pragma once

#include <boost/json.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <offertracker/testing/test_client.hpp>

namespace offertracker::sql_test {
class temporary_store;
}
namespace offertracker::ports {
class message_signer;
class password_hasher;
}
namespace offertracker::adapters::http {
class router;
class server;
}

namespace offertracker::api_test {

namespace json = boost::json;
using testing::test_client;
using testing::test_headers;
using testing::test_response;

// The token secret and the settings every test server uses.
inline constexpr std::string_view token_secret = "api-test-secret-0123456789abcdef-0123456789abcdef";
inline constexpr std::string_view allowed_origin = "https://app.example.com";
inline constexpr std::string_view public_url = "http://api.test";
inline constexpr std::string_view prefix = "/api/v1";
inline constexpr std::size_t default_body_limit = 1024 * 1024;

// A database engine the surface runs on: a fresh migrated store per call.
struct engine {
    std::string name;
    std::function<std::unique_ptr<sql_test::temporary_store>()> make;
};

// SQLite always; PostgreSQL when OFFERTRACKER_TEST_POSTGRES_URL is set (required with OFFERTRACKER_REQUIRE_POSTGRES=1).
const std::vector<engine>& engines();

// One response, with the body parsed as JSON when it is JSON (null otherwise).
struct reply {
    unsigned status = 0;
    json::value body;
    std::string raw;
    test_response response;

    // body[key] for an object body; null when the body is not an object or has no such key.
    [[nodiscard]] const json::value& operator[](std::string_view key) const;
    [[nodiscard]] std::optional<std::string> header(std::string_view name) const { return response.header(name); }
};

// One request on the keep-alive client `c` (reconnected to `port` when the server closed it), with the bearer
// token (when not empty) and the extra headers; the reply's body parsed when it is JSON. Both surfaces' fixtures
// send through it.
reply exchange(test_client& c, unsigned short port, std::string_view method, std::string_view target,
               std::string_view body, const std::string& token, const test_headers& headers);

// A started server on 127.0.0.1 (a free port) routing through `router`, with the limits and timeouts every fixture
// uses; `worker_threads` as production sizes the pool (workers plus the hasher's places).
std::unique_ptr<adapters::http::server> start_server(adapters::http::router& router, unsigned worker_threads);
// A new connection to the test server on `port`, with the fixtures' read timeout.
test_client connect_to(unsigned short port);

// A registered seeker.
struct account {
    std::string token;
    std::string id;
    std::string email;
    std::string username;
    std::string password;
};

// What a test may change in the server's wiring; the defaults are the production ones (app/composition.cpp).
struct server_setup {
    // Replaces the Argon2 hasher (e.g. by a slow fake); it is still wrapped in the bounded hasher below.
    ports::password_hasher* hasher = nullptr;
    unsigned hash_concurrency = 2;
    unsigned hash_queue = 8;
    std::chrono::milliseconds hash_wait{1000};
    unsigned workers = 4;  // the pool gets hash_concurrency + hash_queue threads more, as in production
};

class api_server {
public:
    explicit api_server(const engine& e, const server_setup& setup = {});
    ~api_server();
    api_server(const api_server&) = delete;
    api_server& operator=(const api_server&) = delete;

    [[nodiscard]] unsigned short port() const;
    [[nodiscard]] const std::string& engine_name() const { return engine_name_; }
    // A new connection to the server.
    [[nodiscard]] test_client connect() const;

    // One request with a full target (e.g. "/" or "/api/v1/users/me"), on the fixture's keep-alive connection
    // (reopened when the server closed it). token: sent as "Authorization: Bearer <token>" when non-empty.
    reply raw(std::string_view method, std::string_view target, std::string_view body = {},
              const std::string& token = {}, const test_headers& headers = {});
    // The same for a path under /api/v1; bodies are sent as application/json.
    reply get(std::string_view path, const std::string& token = {});
    reply del(std::string_view path, const std::string& token = {});
    reply post(std::string_view path, std::string_view json_body, const std::string& token = {});
    reply put(std::string_view path, std::string_view json_body, const std::string& token = {});

    // Registers username (email <username>@example.com, password "secret-<username>"); requires a 201.
    account register_user(const std::string& username);
    // Creates an application with the given JSON body; requires a 201 and returns the body.
    json::value create_application(const account& who, std::string_view json_body = R"({"company_name":"Acme","role_title":"Engineer"})");
    // Creates a resume version; requires a 201 and returns its id.
    std::string create_resume(const account& who, std::string_view version_name = "v1");

    // A token for user_id signed with the right secret but already expired.
    [[nodiscard]] std::string expired_token(const std::string& user_id) const;
    // A token for user_id signed with another secret.
    [[nodiscard]] std::string foreign_token(const std::string& user_id) const;
    // The link signer the server uses (to forge expired but correctly signed links).
    [[nodiscard]] ports::message_signer& link_signer();

private:
    struct impl;
    std::unique_ptr<impl> impl_;
    std::string engine_name_;
};

// Runs body once per engine, each in its own DYNAMIC_SECTION with a fresh server and database.
void for_each_engine(const std::function<void(api_server&)>& body);
void for_each_engine(const server_setup& setup, const std::function<void(api_server&)>& body);

// --- JSON helpers ------------------------------------------------------------------------------------------

json::value parse_json(std::string_view text);
// The string value, or "<not a string: ...>" so that comparisons fail with a readable message.
std::string str(const json::value& v);
// The object's keys in order (empty when not an object).
std::vector<std::string> keys_of(const json::value& v);
// Today's UTC date as YYYY-MM-DD.
std::string today_utc();
// A string of n ASCII characters.
std::string chars(std::size_t n, char c = 'x');
// Escapes s as a JSON string literal (with the quotes).
std::string quoted(std::string_view s);

// --- assertions ---------------------------------------------------------------------------------------------

// status and {"detail": message} exactly.
void check_detail(const reply& r, unsigned status, std::string_view message);

// A loc element: a string or an index.
using loc_part = std::variant<std::string, long long>;
// A 422 in the seed's shape: {"detail": [{loc, msg, type}, ...]}, every entry well-formed, and one entry with
// this loc and type (and msg when given). Returns that entry (null when missing).
json::value check_422(const reply& r, std::vector<loc_part> loc, std::string_view type,
                      std::optional<std::string_view> msg = std::nullopt);

}  // namespace offertracker::api_test

namespace Catch {
template <>
struct StringMaker<boost::json::value> {
    static std::string convert(const boost::json::value& v) { return boost::json::serialize(v); }
};
}  // namespace Catch

// The web test server: the web surface and the OfferTracker API on one router, wired as the composition root wires
// them.
#include "web_fixture.hpp"

#include <cctype>
#include <filesystem>

#include <offertracker/adapters/crypto/argon2_password_hasher.hpp>
#include <offertracker/adapters/crypto/bounded_password_hasher.hpp>
#include <offertracker/adapters/crypto/hmac_message_signer.hpp>
#include <offertracker/adapters/crypto/hmac_session_keys.hpp>
#include <offertracker/adapters/crypto/jwt_token_service.hpp>
#include <offertracker/adapters/crypto/random_id_generator.hpp>
#include <offertracker/adapters/memory/in_memory_throttle.hpp>
#include <offertracker/adapters/memory/recording_event_log.hpp>
#include <offertracker/adapters/storage/local_file_storage.hpp>
#include <offertracker/adapters/system/system_clock.hpp>
#include <offertracker/extract/text_extractor.hpp>
#include <offertracker/http/filters.hpp>
#include <offertracker/http/form.hpp>
#include <offertracker/http/kit/api_docs.hpp>
#include <offertracker/http/offertracker_api.hpp>
#include <offertracker/http/router.hpp>
#include <offertracker/http/server.hpp>
#include <offertracker/http/web_app.hpp>
#include <offertracker/prep/services.hpp>
#include <offertracker/usecases/services.hpp>

#include "sql_test_databases.hpp"

namespace offertracker::web_test {
namespace http = adapters::http;
using namespace std::chrono_literals;

struct web_server::impl {
    std::unique_ptr<sql_test::temporary_store> store;
    std::string upload_dir;
    adapters::system::system_clock clock;
    adapters::crypto::random_id_generator ids;
    adapters::crypto::argon2_password_hasher argon2{adapters::crypto::argon2_cheap_test_params};
    adapters::crypto::bounded_password_hasher hasher{argon2, adapters::crypto::hashing_capacity{
                                                                 .concurrency = 2, .queue = 8, .wait = 1000ms}};
    adapters::memory::in_memory_throttle throttle{clock};
    adapters::crypto::jwt_token_service tokens{std::string(api_test::token_secret), "offertracker", 3600s, clock};
    adapters::crypto::hmac_message_signer signer{std::string(api_test::token_secret) + "/file-links"};
    adapters::crypto::hmac_session_keys keys{std::string(api_test::token_secret) + "/browser-sessions"};
    std::unique_ptr<adapters::storage::local_file_storage> files;
    adapters::memory::recording_event_log log;
    extract::file_text_extractor extractor;
    std::unique_ptr<usecases::services> seeker;
    std::unique_ptr<prep::services> prep;
    http::router router;
    std::unique_ptr<http::server> server;
    testing::test_client client;

    ~impl() {
        client.close();
        if (server) server->stop();
        server.reset();
        if (!upload_dir.empty()) {
            std::error_code ec;
            std::filesystem::remove_all(upload_dir, ec);
        }
    }
};

web_server::web_server(const engine& e, const web_setup& setup) : impl_(std::make_unique<impl>()) {
    auto& m = *impl_;
    m.store = e.make();
    m.upload_dir = sql_test::fresh_temp_dir();
    m.files = std::make_unique<adapters::storage::local_file_storage>(std::filesystem::path(m.upload_dir) / "uploads");
    m.seeker = std::make_unique<usecases::services>(
        usecases::services{*m.store, m.clock, m.ids, m.hasher, m.tokens, *m.files, m.log, m.throttle});
    m.prep = std::make_unique<prep::services>(prep::services{*m.seeker, m.extractor, m.keys});

    http::filters::add_standard_filters(m.router, {.cors_origins = {std::string(api_test::allowed_origin)}});
    // First: the root mount's errors take the web's shape.
    http::web::mount_web(m.router,
                         {.secure_cookies = setup.secure_cookies,
                          .trusted_origins = {std::string(trusted_origin)},
                          .api_root = http::offertracker_api::welcome},
                         *m.prep);
    http::offertracker_api::api_options api;
    api.public_url = std::string(api_test::public_url);
    api.mount_welcome = false;
    http::offertracker_api::mount_api(m.router, api, *m.seeker, m.signer);
    http::kit::mount_api_docs(m.router, {.token_url = api.prefix + "/auth/login"});

    m.server = api_test::start_server(m.router, 4 + 2 + 8);
}

web_server::~web_server() = default;

unsigned short web_server::port() const { return impl_->server->port(); }

testing::test_client web_server::connect() const { return api_test::connect_to(port()); }

std::string web_server::origin() const { return "http://127.0.0.1:" + std::to_string(port()); }

reply web_server::send(std::string_view method, std::string_view target, std::string_view body,
                       const test_headers& headers, const browser* who) {
    test_headers all = headers;
    if (who) all.emplace_back("Cookie", "session=" + who->cookie);
    return api_test::exchange(impl_->client, port(), method, target, body, {}, all);
}

reply web_server::page(std::string_view target, const browser* who) {
    return send("GET", target, {}, {{"Accept", std::string(html)}}, who);
}

reply web_server::get_json(std::string_view target, const browser* who) {
    return send("GET", target, {}, {{"Accept", std::string(json_type)}}, who);
}

reply web_server::form(std::string_view target, const std::vector<std::pair<std::string, std::string>>& fields,
                       const browser* who, std::string_view accept, const test_headers& extra) {
    std::string body;
    for (const auto& [name, value] : fields) {
        if (!body.empty()) body += '&';
        body += http::percent_encode(name) + "=" + http::percent_encode(value);
    }
    test_headers headers{{"Content-Type", "application/x-www-form-urlencoded"}};
    if (!accept.empty()) headers.emplace_back("Accept", std::string(accept));
    headers.insert(headers.end(), extra.begin(), extra.end());
    return send("POST", target, body, headers, who);
}

reply web_server::post_json(std::string_view target, std::string_view body, const browser* who) {
    return send("POST", target, body, {{"Content-Type", "application/json"}, {"Accept", std::string(json_type)}}, who);
}

reply web_server::upload(std::string_view target, const std::vector<multipart_field>& fields, const browser* who,
                         std::string_view accept) {
    const auto body = testing::make_multipart(fields);
    return send("POST", target, body.body, {{"Content-Type", body.content_type}, {"Accept", std::string(accept)}}, who);
}

browser web_server::sign_up(const std::string& name) {
    browser b;
    b.username = name;
    b.email = name + "@example.com";
    b.password = "secret-" + name;
    const auto r = post_json("/signup", json::serialize(json::object{
                                            {"email", b.email}, {"username", b.username}, {"password", b.password}}));
    INFO("sign up " << name << ": " << r.raw);
    REQUIRE(r.status == 200);
    b.cookie = session_cookie_of(r);
    REQUIRE_FALSE(b.cookie.empty());
    b.user_id = str(r.body.at_pointer("/user/id"));
    return b;
}

long long web_server::create_session(const browser& who, std::string_view title, std::string_view company) {
    const auto r = post_json("/session/create",
                             json::serialize(json::object{{"job_title", title}, {"company_name", company}}), &who);
    INFO("create session: " << r.raw);
    REQUIRE(r.status == 200);
    REQUIRE(r["session_id"].is_int64());
    return r["session_id"].as_int64();
}

std::string web_server::api_token(const browser& who) {
    const auto r = send("POST", "/api/v1/auth/login",
                        json::serialize(json::object{{"email", who.email}, {"password", who.password}}),
                        {{"Content-Type", "application/json"}});
    INFO("api login: " << r.raw);
    REQUIRE(r.status == 200);
    return str(r["access_token"]);
}

json::value web_server::api_post(std::string_view path, std::string_view body, const std::string& token,
                                 unsigned expected) {
    const auto r = api_test::exchange(impl_->client, port(), "POST", "/api/v1" + std::string(path), body, token,
                                      {{"Content-Type", "application/json"}});
    INFO("POST /api/v1" << path << ": " << r.raw);
    REQUIRE(r.status == expected);
    return r.body;
}

reply web_server::api_get(std::string_view path, const std::string& token) {
    return api_test::exchange(impl_->client, port(), "GET", "/api/v1" + std::string(path), {}, token, {});
}

void for_each_engine(const std::function<void(web_server&)>& body) { for_each_engine(web_setup{}, body); }

void for_each_engine(const web_setup& setup, const std::function<void(web_server&)>& body) {
    for (const auto& e : api_test::engines()) {
        DYNAMIC_SECTION(e.name) {
            web_server server(e, setup);
            body(server);
        }
    }
}

std::string set_cookie_of(const reply& r) { return r.header("Set-Cookie").value_or(""); }

std::string session_cookie_of(const reply& r) {
    const auto header = set_cookie_of(r);
    constexpr std::string_view prefix = "session=";
    if (header.rfind(prefix, 0) != 0) return {};
    return header.substr(prefix.size(), header.find(';') - prefix.size());
}

bool contains(std::string_view text, std::string_view needle) { return text.find(needle) != std::string_view::npos; }

void check_error(const reply& r, unsigned status, std::string_view message, std::string_view type) {
    INFO("body: " << r.raw);
    CHECK(r.status == status);
    CHECK(r.body == json::value(json::object{{"error", message}, {"type", type}}));
}

const std::vector<session_route>& session_routes() {
    static const std::vector<session_route> routes{
        {"GET", "/upload"},       {"POST", "/upload-cv"}, {"POST", "/upload-job"},     {"GET", "/interview"},
        {"POST", "/message"},     {"POST", "/complete"},  {"GET", "/feedback"},        {"POST", "/retry"},
        {"POST", "/save-questions"}, {"POST", "/delete"}, {"DELETE", ""},
    };
    return routes;
}

}  // namespace offertracker::web_test

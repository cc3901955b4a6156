// The API test server: the production adapters wired as app/composition.cpp does, on a fresh database.
#include "api_fixture.hpp"

#include <filesystem>
#include <mutex>

#include <offertracker/adapters/crypto/argon2_password_hasher.hpp>
#include <offertracker/adapters/crypto/bounded_password_hasher.hpp>
#include <offertracker/adapters/crypto/hmac_message_signer.hpp>
#include <offertracker/adapters/crypto/jwt_token_service.hpp>
#include <offertracker/adapters/crypto/random_id_generator.hpp>
#include <offertracker/http/filters.hpp>
#include <offertracker/http/kit/api_docs.hpp>
#include <offertracker/http/offertracker_api.hpp>
#include <offertracker/http/router.hpp>
#include <offertracker/http/server.hpp>
#include <offertracker/adapters/memory/recording_event_log.hpp>
#include <offertracker/adapters/memory/in_memory_throttle.hpp>
#include <offertracker/adapters/storage/local_file_storage.hpp>
#include <offertracker/adapters/system/system_clock.hpp>
#include <offertracker/domain/time.hpp>

#include "sql_test_databases.hpp"

namespace offertracker::api_test {
namespace http = adapters::http;
using namespace std::chrono_literals;

namespace {

// A clock stopped two hours ago: tokens it issues are expired by the time they are used.
class past_clock final : public ports::clock {
public:
    domain::timestamp now() const override {
        return std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now()) - 2h;
    }
};

}  // namespace

const std::vector<engine>& engines() {
    static const std::vector<engine> list = [] {
        std::vector<engine> out;
        out.push_back({"sqlite", [] { return sql_test::temporary_sqlite_store(true, 4); }});
        if (auto url = sql_test::postgres_url())
            out.push_back({"postgresql", [u = *url] { return sql_test::temporary_postgresql_store(u, true, 4); }});
        return out;
    }();
    return list;
}

const json::value& reply::operator[](std::string_view key) const {
    static const json::value null_value;
    if (const auto* o = body.if_object())
        if (const auto* v = o->if_contains(key)) return *v;
    return null_value;
}

struct api_server::impl {
    std::unique_ptr<sql_test::temporary_store> store;
    std::string upload_dir;
    adapters::system::system_clock clock;
    adapters::crypto::random_id_generator ids;
    adapters::crypto::argon2_password_hasher argon2{adapters::crypto::argon2_cheap_test_params};
    std::unique_ptr<adapters::crypto::bounded_password_hasher> hasher;
    adapters::memory::in_memory_throttle throttle{clock};
    adapters::crypto::jwt_token_service tokens{std::string(token_secret), "offertracker", 3600s, clock};
    adapters::crypto::hmac_message_signer signer{std::string(token_secret) + "/file-links"};
    std::unique_ptr<adapters::storage::local_file_storage> files;
    adapters::memory::recording_event_log log;
    std::unique_ptr<usecases::services> services;
    http::router router;
    std::unique_ptr<http::server> server;
    test_client client;

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

api_server::api_server(const engine& e, const server_setup& setup)
    : impl_(std::make_unique<impl>()), engine_name_(e.name) {
    auto& m = *impl_;
    m.store = e.make();
    m.upload_dir = sql_test::fresh_temp_dir();
    m.files = std::make_unique<adapters::storage::local_file_storage>(std::filesystem::path(m.upload_dir) / "uploads");
    m.hasher = std::make_unique<adapters::crypto::bounded_password_hasher>(
        setup.hasher ? *setup.hasher : m.argon2,
        adapters::crypto::hashing_capacity{
            .concurrency = setup.hash_concurrency, .queue = setup.hash_queue, .wait = setup.hash_wait});
    m.services = std::make_unique<usecases::services>(
        usecases::services{*m.store, m.clock, m.ids, *m.hasher, m.tokens, *m.files, m.log, m.throttle});

    http::filters::add_standard_filters(m.router, {.cors_origins = {std::string(allowed_origin)}});
    http::offertracker_api::api_options api;
    api.public_url = std::string(public_url);
    http::offertracker_api::mount_api(m.router, api, *m.services, m.signer);
    http::kit::mount_api_docs(m.router, {.token_url = api.prefix + "/auth/login"});  // last: it lists the routes above

    m.server = start_server(m.router, setup.workers + setup.hash_concurrency + setup.hash_queue);
}

std::unique_ptr<http::server> start_server(http::router& router, unsigned worker_threads) {
    http::server_options options;
    options.address = "127.0.0.1";
    options.port = 0;
    options.io_threads = 1;
    options.worker_threads = worker_threads;
    options.body_limit = default_body_limit;
    options.read_timeout = 10s;
    options.idle_timeout = 10s;
    options.shutdown_grace = 5s;
    auto server = std::make_unique<http::server>(options, router, http::server::log_sink{});
    server->start();
    return server;
}

test_client connect_to(unsigned short port) {
    test_client c(port);
    c.set_timeout(20s);
    return c;
}

api_server::~api_server() = default;

unsigned short api_server::port() const { return impl_->server->port(); }

test_client api_server::connect() const { return connect_to(port()); }

reply exchange(test_client& c, unsigned short port, std::string_view method, std::string_view target,
               std::string_view body, const std::string& token, const test_headers& headers) {
    if (!c.is_open()) {
        c.connect(port);
        c.set_timeout(20s);
    }
    test_headers all;
    if (!token.empty()) all.emplace_back("Authorization", "Bearer " + token);
    all.insert(all.end(), headers.begin(), headers.end());
    reply r;
    r.response = c.request(method, target, body, all);
    if (!r.response.keep_alive) c.close();
    r.status = r.response.status;
    r.raw = r.response.body;
    json::error_code ec;
    auto parsed = json::parse(r.raw, ec);
    if (!ec) r.body = std::move(parsed);
    return r;
}

reply api_server::raw(std::string_view method, std::string_view target, std::string_view body,
                      const std::string& token, const test_headers& headers) {
    return exchange(impl_->client, port(), method, target, body, token, headers);
}

reply api_server::get(std::string_view path, const std::string& token) {
    return raw("GET", std::string(prefix) + std::string(path), {}, token);
}

reply api_server::del(std::string_view path, const std::string& token) {
    return raw("DELETE", std::string(prefix) + std::string(path), {}, token);
}

reply api_server::post(std::string_view path, std::string_view json_body, const std::string& token) {
    return raw("POST", std::string(prefix) + std::string(path), json_body, token,
               {{"Content-Type", "application/json"}});
}

reply api_server::put(std::string_view path, std::string_view json_body, const std::string& token) {
    return raw("PUT", std::string(prefix) + std::string(path), json_body, token,
               {{"Content-Type", "application/json"}});
}

account api_server::register_user(const std::string& username) {
    account a;
    a.username = username;
    a.email = username + "@example.com";
    a.password = "secret-" + username;
    const auto r = post("/auth/register",
                        json::serialize(json::object{{"email", a.email}, {"username", a.username}, {"password", a.password}}));
    INFO(r.raw);
    REQUIRE(r.status == 201);
    a.token = str(r["access_token"]);
    a.id = str(r.body.at_pointer("/user/id"));
    return a;
}

json::value api_server::create_application(const account& who, std::string_view json_body) {
    const auto r = post("/applications/", json_body, who.token);
    INFO(r.raw);
    REQUIRE(r.status == 201);
    return r.body;
}

std::string api_server::create_resume(const account& who, std::string_view version_name) {
    const auto r = post("/resumes/", json::serialize(json::object{{"version_name", version_name}}), who.token);
    INFO(r.raw);
    REQUIRE(r.status == 201);
    return str(r["id"]);
}

std::string api_server::expired_token(const std::string& user_id) const {
    static past_clock clock;
    adapters::crypto::jwt_token_service old(std::string(token_secret), "offertracker", 60s, clock);
    return old.issue(user_id);
}

std::string api_server::foreign_token(const std::string& user_id) const {
    adapters::crypto::jwt_token_service other("another-secret-0123456789abcdef-0123456789abcdef", "offertracker", 3600s,
                                              impl_->clock);
    return other.issue(user_id);
}

ports::message_signer& api_server::link_signer() { return impl_->signer; }

void for_each_engine(const std::function<void(api_server&)>& body) { for_each_engine(server_setup{}, body); }

void for_each_engine(const server_setup& setup, const std::function<void(api_server&)>& body) {
    for (const auto& e : engines()) {
        DYNAMIC_SECTION(e.name) {
            api_server server(e, setup);
            body(server);
        }
    }
}

json::value parse_json(std::string_view text) {
    json::error_code ec;
    auto v = json::parse(text, ec);
    INFO(text);
    REQUIRE_FALSE(ec);
    return v;
}

std::string str(const json::value& v) {
    if (const auto* s = v.if_string()) return std::string(*s);
    return "<not a string: " + json::serialize(v) + ">";
}

std::vector<std::string> keys_of(const json::value& v) {
    std::vector<std::string> out;
    if (const auto* o = v.if_object())
        for (const auto& kv : *o) out.emplace_back(kv.key());
    return out;
}

std::string today_utc() {
    return domain::format_date(
        domain::to_date(std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now())));
}

std::string chars(std::size_t n, char c) { return std::string(n, c); }

std::string quoted(std::string_view s) { return json::serialize(json::value(json::string(s))); }

void check_detail(const reply& r, unsigned status, std::string_view message) {
    INFO("body: " << r.raw);
    CHECK(r.status == status);
    CHECK(keys_of(r.body) == std::vector<std::string>{"detail"});
    CHECK(str(r["detail"]) == message);
}

json::value check_422(const reply& r, std::vector<loc_part> loc, std::string_view type,
                      std::optional<std::string_view> msg) {
    INFO("body: " << r.raw);
    CHECK(r.status == 422);
    CHECK(keys_of(r.body) == std::vector<std::string>{"detail"});
    const auto* details = r["detail"].if_array();
    REQUIRE(details);
    CHECK_FALSE(details->empty());
    json::array want_loc;
    for (const auto& part : loc) {
        if (const auto* s = std::get_if<std::string>(&part))
            want_loc.emplace_back(json::string(*s));
        else
            want_loc.emplace_back(std::get<long long>(part));
    }
    json::value found;
    for (const auto& d : *details) {
        const auto* o = d.if_object();
        REQUIRE(o);
        REQUIRE(o->contains("loc"));
        REQUIRE(o->contains("msg"));
        REQUIRE(o->contains("type"));
        CHECK(o->at("loc").is_array());
        CHECK(o->at("msg").is_string());
        CHECK(o->at("type").is_string());
        if (found.is_null() && o->at("loc") == json::value(want_loc) && str(o->at("type")) == type) found = d;
    }
    INFO("wanted loc " << json::serialize(want_loc) << " type " << type);
    CHECK_FALSE(found.is_null());
    if (msg && !found.is_null()) CHECK(str(found.at("msg")) == *msg);
    return found;
}

}  // namespace offertracker::api_test

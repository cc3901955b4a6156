// The Recruiting test server: both surfaces on one router, wired as the composition root will wire them.
#include "recruiting_fixture.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "../support/documents.hpp"

#include <offertracker/adapters/crypto/argon2_password_hasher.hpp>
#include <offertracker/adapters/crypto/bounded_password_hasher.hpp>
#include <offertracker/adapters/crypto/hmac_message_signer.hpp>
#include <offertracker/adapters/crypto/jwt_token_service.hpp>
#include <offertracker/adapters/crypto/random_id_generator.hpp>
#include <offertracker/adapters/memory/in_memory_throttle.hpp>
#include <offertracker/adapters/memory/recording_event_log.hpp>
#include <offertracker/adapters/storage/local_file_storage.hpp>
#include <offertracker/adapters/system/system_clock.hpp>
#include <offertracker/extract/text_extractor.hpp>
#include <offertracker/http/filters.hpp>
#include <offertracker/http/kit/api_docs.hpp>
#include <offertracker/http/offertracker_api.hpp>
#include <offertracker/http/recruiting_api.hpp>
#include <offertracker/http/router.hpp>
#include <offertracker/http/server.hpp>
#include <offertracker/ports/recruiting_store.hpp>
#include <offertracker/recruiting/services.hpp>
#include <offertracker/usecases/services.hpp>

#include "sql_test_databases.hpp"

namespace offertracker::recruiting_test {
namespace http = adapters::http;
using namespace std::chrono_literals;

namespace {

// A clock stopped two hours ago: a token it issues for an hour is expired by the time it is used.
class past_clock final : public ports::clock {
public:
    domain::timestamp now() const override {
        return std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now()) - 2h;
    }
};

std::string percent_encoded(std::string_view s) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

}  // namespace

struct recruiting_server::impl {
    std::unique_ptr<sql_test::temporary_store> store;
    std::string upload_dir;
    adapters::system::system_clock clock;
    adapters::crypto::random_id_generator ids;
    adapters::crypto::argon2_password_hasher argon2{adapters::crypto::argon2_cheap_test_params};
    adapters::crypto::bounded_password_hasher hasher{argon2, adapters::crypto::hashing_capacity{
                                                                 .concurrency = 2, .queue = 8, .wait = 1000ms}};
    adapters::memory::in_memory_throttle throttle{clock};  // one for both surfaces, as in app/composition.cpp
    // One secret, one audience per surface: neither surface's tokens verify on the other.
    adapters::crypto::jwt_token_service seeker_tokens{std::string(api_test::token_secret), "offertracker", 3600s, clock};
    adapters::crypto::jwt_token_service recruiting_tokens{std::string(api_test::token_secret), "recruiting", 3600s,
                                                          clock};
    adapters::crypto::hmac_message_signer signer{std::string(api_test::token_secret) + "/file-links"};
    std::unique_ptr<adapters::storage::local_file_storage> files;
    adapters::memory::recording_event_log log;
    extract::file_text_extractor extractor;
    std::unique_ptr<usecases::services> seeker;
    std::unique_ptr<recruiting::services> recruiting;
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

recruiting_server::recruiting_server(const engine& e, const surface_setup& setup)
    : impl_(std::make_unique<impl>()),
      engine_name_(e.name),
      prefix_(setup.recruiting_alone ? std::string(seeker_prefix) : std::string(prefix)) {
    auto& m = *impl_;
    m.store = e.make();
    m.upload_dir = sql_test::fresh_temp_dir();
    m.files = std::make_unique<adapters::storage::local_file_storage>(std::filesystem::path(m.upload_dir) / "uploads");
    m.seeker = std::make_unique<usecases::services>(usecases::services{
        *m.store, m.clock, m.ids, m.hasher, m.seeker_tokens, *m.files, m.log, m.throttle});
    m.recruiting = std::make_unique<recruiting::services>(
        recruiting::services{.store = m.store->sql().recruiting(),
                             .clock = m.clock,
                             .ids = m.ids,
                             .hasher = m.hasher,
                             .tokens = m.recruiting_tokens,
                             .log = m.log,
                             .throttle = m.throttle,
                             .extractor = m.extractor});

    http::filters::add_standard_filters(m.router, {.cors_origins = {std::string(api_test::allowed_origin)}});
    http::offertracker_api::api_options seeker_api;
    seeker_api.public_url = std::string(api_test::public_url);
    if (!setup.recruiting_alone) http::offertracker_api::mount_api(m.router, seeker_api, *m.seeker, m.signer);
    http::recruiting_api::api_options recruiting_api;
    recruiting_api.prefix = prefix_;
    http::recruiting_api::mount_api(m.router, recruiting_api, *m.recruiting);
    http::kit::mount_api_docs(m.router, {.token_url = seeker_api.prefix + "/auth/login"});  // last: lists the above

    m.server = api_test::start_server(m.router, 4 + 2 + 8);
}

recruiting_server::~recruiting_server() = default;

unsigned short recruiting_server::port() const { return impl_->server->port(); }

testing::test_client recruiting_server::connect() const { return api_test::connect_to(port()); }

reply recruiting_server::raw(std::string_view method, std::string_view target, std::string_view body,
                             const std::string& token, const test_headers& headers) {
    return api_test::exchange(impl_->client, port(), method, target, body, token, headers);
}

reply recruiting_server::get(std::string_view path, const std::string& token) {
    return raw("GET", prefix_ + std::string(path), {}, token);
}

reply recruiting_server::del(std::string_view path, const std::string& token) {
    return raw("DELETE", prefix_ + std::string(path), {}, token);
}

reply recruiting_server::post(std::string_view path, std::string_view json_body, const std::string& token) {
    return raw("POST", prefix_ + std::string(path), json_body, token, {{"Content-Type", "application/json"}});
}

reply recruiting_server::patch(std::string_view path, std::string_view json_body, const std::string& token) {
    return raw("PATCH", prefix_ + std::string(path), json_body, token,
               {{"Content-Type", "application/json"}});
}

reply recruiting_server::call(std::string_view method, std::string_view path, std::string_view json_body,
                              const std::string& token) {
    if (method == "GET" || method == "DELETE") return raw(method, prefix_ + std::string(path), {}, token);
    return raw(method, prefix_ + std::string(path), json_body, token,
               {{"Content-Type", "application/json"}});
}

reply recruiting_server::form(std::string_view path, const std::vector<std::pair<std::string, std::string>>& fields,
                              const std::string& token) {
    std::string body;
    for (const auto& [name, value] : fields) {
        if (!body.empty()) body += '&';
        body += percent_encoded(name) + "=" + percent_encoded(value);
    }
    return raw("POST", prefix_ + std::string(path), body, token,
               {{"Content-Type", "application/x-www-form-urlencoded"}});
}

reply recruiting_server::upload(std::string_view path, const std::vector<multipart_field>& fields,
                                const std::string& token) {
    const auto body = testing::make_multipart(fields);
    return raw("POST", prefix_ + std::string(path), body.body, token, {{"Content-Type", body.content_type}});
}

reply recruiting_server::seeker_get(std::string_view path, const std::string& token) {
    return raw("GET", std::string(seeker_prefix) + std::string(path), {}, token);
}

reply recruiting_server::seeker_post(std::string_view path, std::string_view json_body, const std::string& token) {
    return raw("POST", std::string(seeker_prefix) + std::string(path), json_body, token,
               {{"Content-Type", "application/json"}});
}

member recruiting_server::register_org(const std::string& local, const std::optional<std::string>& org_name,
                                       const std::string& domain) {
    member m;
    m.email = local + "@" + domain;
    m.password = "secret-" + local;
    m.role = "org_admin";
    json::object body{{"email", m.email}, {"password", m.password}};
    if (org_name) body["org_name"] = *org_name;
    const auto r = post("/auth/register", json::serialize(body));
    INFO("register " << m.email << ": " << r.raw);
    REQUIRE(r.status == 200);
    m.id = int_of(r["id"]);
    m.org_id = int_of(r["org_id"]);
    m.token = login(m.email, m.password);
    return m;
}

std::string recruiting_server::login(const std::string& email, const std::string& password) {
    const auto r = form("/auth/login", {{"username", email}, {"password", password}});
    INFO("login " << email << ": " << r.raw);
    REQUIRE(r.status == 200);
    REQUIRE(r["access_token"].is_string());
    return str(r["access_token"]);
}

member recruiting_server::invite(const member& admin, const std::string& local, const std::string& role) {
    member m;
    m.email = local + "@example.com";
    m.password = "secret-" + local;
    m.role = role;
    const auto r = post("/users",
                        json::serialize(json::object{{"email", m.email}, {"role", role}, {"password", m.password}}),
                        admin.token);
    INFO("invite " << m.email << " as " << role << ": " << r.raw);
    REQUIRE(r.status == 201);
    m.id = int_of(r["id"]);
    m.org_id = int_of(r["org_id"]);
    m.token = login(m.email, m.password);
    return m;
}

void recruiting_server::deactivate(const member& admin, const member& who) {
    const auto r = patch("/users/" + std::to_string(who.id), R"({"is_active":false})", admin.token);
    INFO("deactivate " << who.email << ": " << r.raw);
    REQUIRE(r.status == 200);
}

json::value recruiting_server::create_job(const member& who, std::string_view body) {
    const auto r = post("/jobs", body, who.token);
    INFO("create job " << body << ": " << r.raw);
    REQUIRE(r.status == 201);
    return r.body;
}

json::value recruiting_server::create_candidate(const member& who, std::string_view body) {
    const auto r = post("/candidates", body, who.token);
    INFO("create candidate " << body << ": " << r.raw);
    REQUIRE(r.status == 201);
    return r.body;
}

json::value recruiting_server::create_application(const member& who, long long job_id, long long candidate_id,
                                                  std::string_view extra_fields) {
    std::string body = R"({"job_id":)" + std::to_string(job_id) + R"(,"candidate_id":)" + std::to_string(candidate_id);
    if (!extra_fields.empty()) body += "," + std::string(extra_fields);
    body += "}";
    const auto r = post("/applications", body, who.token);
    INFO("create application " << body << ": " << r.raw);
    REQUIRE(r.status == 201);
    return r.body;
}

json::value recruiting_server::create_webhook(const member& admin, std::string_view url) {
    const auto body = json::serialize(json::object{{"url", url}, {"events", json::array{"job.created"}}});
    const auto r = post("/webhooks", body, admin.token);
    INFO("create webhook " << body << ": " << r.raw);
    REQUIRE(r.status == 201);
    return r.body;
}

std::string recruiting_server::token_for(std::string_view audience, const std::string& subject) const {
    adapters::crypto::jwt_token_service tokens(std::string(api_test::token_secret), std::string(audience), 3600s,
                                               impl_->clock);
    return tokens.issue(subject);
}

std::string recruiting_server::expired_token(const std::string& subject) const {
    static const past_clock clock;
    adapters::crypto::jwt_token_service old(std::string(api_test::token_secret), "recruiting", 3600s, clock);
    return old.issue(subject);
}

std::string recruiting_server::foreign_token(const std::string& subject) const {
    adapters::crypto::jwt_token_service other("another-secret-0123456789abcdef-0123456789abcdef", "recruiting", 3600s,
                                              impl_->clock);
    return other.issue(subject);
}

ports::recruiting_store& recruiting_server::store() { return impl_->recruiting->store; }

void for_each_engine(const std::function<void(recruiting_server&)>& body) { for_each_engine(surface_setup{}, body); }

void for_each_engine(const surface_setup& setup, const std::function<void(recruiting_server&)>& body) {
    for (const auto& e : engines()) {
        DYNAMIC_SECTION(e.name) {
            recruiting_server server(e, setup);
            body(server);
        }
    }
}

// --- JSON -----------------------------------------------------------------------------------------------------

long long int_of(const json::value& v) {
    if (const auto* i = v.if_int64()) return *i;
    if (const auto* u = v.if_uint64()) return static_cast<long long>(*u);
    return -1;
}

long long id_of(const reply& r) { return int_of(r["id"]); }

long long id_of(const json::value& record) {
    if (const auto* o = record.if_object())
        if (const auto* v = o->if_contains("id")) return int_of(*v);
    return -1;
}

const json::array& items_of(const reply& r) {
    static const json::array empty;
    if (const auto* a = r["items"].if_array()) return *a;
    return empty;
}

std::vector<long long> ids_of(const json::array& items) {
    std::vector<long long> out;
    for (const auto& v : items) out.push_back(id_of(v));
    return out;
}

std::vector<long long> ids_of(const reply& list) { return ids_of(items_of(list)); }

std::vector<std::string> sorted(std::vector<std::string> keys) {
    std::sort(keys.begin(), keys.end());
    return keys;
}

std::vector<std::string> sorted_keys(const json::value& v) { return sorted(keys_of(v)); }

std::vector<std::string> strings_of(const json::value& v) {
    std::vector<std::string> out;
    if (const auto* a = v.if_array())
        for (const auto& s : *a) out.push_back(str(s));
    return out;
}

json::value check_422_at(const reply& r, const std::vector<loc_part>& loc) {
    INFO("body: " << r.raw);
    CHECK(r.status == 422);
    json::array want;
    for (const auto& part : loc) {
        if (const auto* s = std::get_if<std::string>(&part))
            want.emplace_back(json::string(*s));
        else
            want.emplace_back(std::get<long long>(part));
    }
    INFO("wanted an entry at " << json::serialize(want));
    if (const auto* details = r["detail"].if_array())
        for (const auto& d : *details)
            if (const auto* o = d.if_object(); o && o->contains("loc") && o->at("loc") == json::value(want)) return d;
    FAIL_CHECK("no 422 entry at that loc");
    return {};
}

bool contains(std::string_view text, std::string_view needle) { return text.find(needle) != std::string_view::npos; }

const std::vector<std::string> user_keys = sorted({"id", "email", "full_name", "role", "org_id", "is_active"});
const std::vector<std::string> job_keys =
    sorted({"id", "org_id", "created_by_user_id", "title", "department", "location", "employment_type",
            "remote_option", "salary_min", "salary_max", "currency", "description", "required_skills",
            "nice_to_have_skills", "status", "is_public", "min_years"});
const std::vector<std::string> candidate_keys =
    sorted({"id", "org_id", "full_name", "headline", "location", "experience_years", "current_title",
            "current_company", "linkedin_url", "github_url", "website_url", "notes", "email", "phone", "skills"});
const std::vector<std::string> application_keys =
    sorted({"id", "org_id", "job_id", "candidate_id", "status", "source", "fit_score"});
const std::vector<std::string> history_keys =
    sorted({"id", "application_id", "from_status", "to_status", "changed_by_user_id", "changed_at"});
const std::vector<std::string> webhook_keys = sorted({"id", "org_id", "url", "events", "is_active", "created_at"});
const std::vector<std::string> delivery_keys =
    sorted({"id", "webhook_id", "event", "state", "attempts", "next_attempt_at", "created_at", "delivered_at",
            "payload", "attempt_log"});
const std::vector<std::string> candidate_match_keys = sorted(
    {"candidate_id", "full_name", "current_title", "current_company", "location", "score", "reason", "strategy"});
const std::vector<std::string> job_match_keys =
    sorted({"job_id", "title", "location", "status", "score", "reason", "strategy"});

// --- files ----------------------------------------------------------------------------------------------------

std::string docx_of(const std::vector<std::string>& paragraphs) { return testing::docx_of(paragraphs); }

std::string pdf_of(const std::vector<std::string>& lines) { return testing::pdf_of(lines); }

std::string text_of(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& line : lines) out += line + "\n";
    return out;
}

}  // namespace offertracker::recruiting_test

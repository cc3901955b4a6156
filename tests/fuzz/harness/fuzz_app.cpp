// The fuzzing harness: the real router with the OfferTracker, web and Pipeline surfaces over a fresh store per
// input, fed by Beast's parser. The Pipeline's fetcher never connects (every fetch fails) and its background tasks
// run at once on the request's thread, so an input's whole effect happens while it is handled.
#include "fuzz_app.hpp"

#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include <offertracker/extract/gumbo_posting_parser.hpp>
#include <offertracker/extract/text_extractor.hpp>
#include <offertracker/http/offertracker_api.hpp>
#include <offertracker/http/pipeline_api.hpp>
#include <offertracker/http/router.hpp>
#include <offertracker/http/web_app.hpp>
#include <offertracker/adapters/memory/fake_message_signer.hpp>
#include <offertracker/adapters/memory/fake_password_hasher.hpp>
#include <offertracker/adapters/memory/fake_session_keys.hpp>
#include <offertracker/adapters/memory/fake_token_service.hpp>
#include <offertracker/adapters/memory/in_memory_file_storage.hpp>
#include <offertracker/adapters/memory/in_memory_store.hpp>
#include <offertracker/adapters/memory/in_memory_throttle.hpp>
#include <offertracker/adapters/memory/manual_clock.hpp>
#include <offertracker/adapters/memory/sequential_id_generator.hpp>
#include <offertracker/usecases/accounts.hpp>
#include <offertracker/usecases/applications.hpp>
#include <offertracker/prep/browser_sessions.hpp>
#include <offertracker/prep/sessions.hpp>
#include <offertracker/usecases/stages.hpp>

#include "sql_test_databases.hpp"

namespace offertracker::fuzz {
namespace {

namespace bhttp = boost::beast::http;
namespace mem = adapters::memory;
using adapters::http::request;
using adapters::http::response;

// The server's defaults (server_options): what Beast is configured with in connection.cpp.
constexpr std::size_t header_limit = 16 * 1024;
constexpr std::size_t body_limit = 1024 * 1024;

// The router's handlers hold references to the ports; these forward to objects reset() replaces.
struct forwarding_store final : ports::store {
    std::unique_ptr<ports::store> target;
    std::unique_ptr<ports::unit_of_work> begin(ports::access mode) override { return target->begin(mode); }
};
struct forwarding_ids final : ports::id_generator {
    std::unique_ptr<mem::sequential_id_generator> target;
    domain::id new_id() override { return target->new_id(); }
};
struct forwarding_files final : ports::file_storage {
    std::unique_ptr<mem::in_memory_file_storage> target;
    void put(std::string_view key, std::string_view content, std::string_view content_type) override {
        target->put(key, content, content_type);
    }
    std::optional<ports::stored_file> get(std::string_view key) override { return target->get(key); }
    void remove(std::string_view key) override { target->remove(key); }
};
struct forwarding_throttle final : ports::throttle {
    std::unique_ptr<mem::in_memory_throttle> target;
    ports::throttle_verdict check(std::string_view key, ports::throttle_limit limit) override {
        return target->check(key, limit);
    }
    ports::throttle_verdict hit(std::string_view key, ports::throttle_limit limit) override {
        return target->hit(key, limit);
    }
    void reset(std::string_view key) override { target->reset(key); }
};
struct forwarding_keys final : ports::session_keys {
    std::unique_ptr<mem::fake_session_keys> target;
    ports::issued_session_key issue() override { return target->issue(); }
    std::optional<std::string> digest_of(std::string_view cookie_value) const override {
        return target->digest_of(cookie_value);
    }
};

// No packet leaves the process: every fetch is refused as a connection that failed.
struct unreachable_fetcher final : ports::http_fetcher {
    ports::fetch_result fetch(const ports::fetch_request&, const ports::fetch_options&) override {
        return ports::fetch_error{ports::fetch_error_kind::connect_failed, {}, "fuzz: no network"};
    }
};
struct inline_queue final : ports::task_queue {
    bool post(std::function<void()> task) override {
        task();
        return true;
    }
};

[[noreturn]] void finding(const std::string& what) {
    std::fprintf(stderr, "FUZZ FINDING: %s\n", what.c_str());
    std::fflush(stderr);
    std::abort();
}

// OFFERTRACKER_FUZZ_STORE picks the store every input starts on: memory (the default, fast enough to fuzz),
// sqlite or postgresql (OFFERTRACKER_TEST_POSTGRES_URL). The replays run on all three, because some inputs only
// fail on an engine (PostgreSQL refuses invalid UTF-8 that memory keeps).
std::unique_ptr<ports::store> fresh_store() {
    const char* chosen = std::getenv("OFFERTRACKER_FUZZ_STORE");
    const std::string_view kind = chosen ? chosen : "memory";
    if (kind == "memory") return std::make_unique<mem::in_memory_store>();
    if (kind == "sqlite") return sql_test::temporary_sqlite_store(true, 1);
    if (kind == "postgresql") {
        const auto url = sql_test::postgres_url();
        if (!url) finding("harness: OFFERTRACKER_FUZZ_STORE=postgresql needs OFFERTRACKER_TEST_POSTGRES_URL");
        return sql_test::temporary_postgresql_store(*url, true, 1);
    }
    finding("harness: OFFERTRACKER_FUZZ_STORE must be memory, sqlite or postgresql");
}

// The in-memory files never fail, so a warning (a recovered storage failure) means a use case went wrong.
struct finding_log final : ports::event_log {
    void warning(std::string_view message) noexcept override { finding("event log warning: " + std::string(message)); }
};

// The request without its body, as the session builds it once the headers are read.
request head_of(const bhttp::request<bhttp::string_body>& message) {
    request head;
    head.method = std::string{message.method_string()};
    head.set_target(std::string{message.target()});
    for (const auto& field : message) head.headers.emplace_back(field.name_string(), field.value());
    head.remote_address = "127.0.0.1";
    head.request_id = "fuzz";
    return head;
}

}  // namespace

struct fuzz_app::impl {
    mem::manual_clock clock{domain::timestamp{std::chrono::sys_days{std::chrono::year{2024} / 6 / 3}}};
    forwarding_ids ids;
    mem::fake_password_hasher hasher;
    mem::fake_token_service tokens;
    forwarding_files files;
    forwarding_store store;
    forwarding_throttle throttle;
    mem::fake_message_signer signer{"fuzz-link-key"};
    finding_log log;
    usecases::services services{store, clock, ids, hasher, tokens, files, log, throttle};
    extract::file_text_extractor extractor;
    forwarding_keys keys;
    prep::services prep_services{.seeker = services, .extractor = extractor, .keys = keys};
    extract::gumbo_posting_parser parser;
    unreachable_fetcher fetcher;
    inline_queue background;
    pipeline::services pipeline_services{.seeker = services,
                                         .extractor = extractor,
                                         .parser = parser,
                                         .fetcher = fetcher,
                                         .background = background};
    adapters::http::offertracker_api::api_options api;
    adapters::http::router router;
    std::string token, application_id, stage_id, cookie, session_id;

    // As app/composition.cpp mounts them: the web first at the root, the API's welcome through it.
    impl() {
        api.public_url = "http://fuzz.test";
        api.mount_welcome = false;
        adapters::http::web::mount_web(router, {.trusted_origins = {api.public_url},
                                                .api_root = adapters::http::offertracker_api::welcome},
                                       prep_services);
        adapters::http::offertracker_api::mount_api(router, api, services, signer);
        adapters::http::pipeline_api::mount_api(router, {}, pipeline_services);
    }
};

fuzz_app::fuzz_app() : impl_(std::make_unique<impl>()) { reset(); }
fuzz_app::~fuzz_app() = default;

void fuzz_app::reset() {
    auto& s = *impl_;
    s.store.target.reset();  // the previous database is dropped before the next one is made
    s.store.target = fresh_store();
    s.ids.target = std::make_unique<mem::sequential_id_generator>();
    s.files.target = std::make_unique<mem::in_memory_file_storage>();
    s.throttle.target = std::make_unique<mem::in_memory_throttle>(s.clock);
    s.keys.target = std::make_unique<mem::fake_session_keys>();
    auto registered = usecases::register_user(s.services, {"fuzz@example.com", "fuzzer", "fuzz-password", std::nullopt});
    if (!registered) finding("harness: could not register the seeded user");
    s.token = registered->access_token;
    const usecases::actor who{registered->user.id};
    usecases::create_application_command app;
    app.company_name = "Acme";
    app.role_title = "Engineer";
    app.status = domain::application_status::applied;
    auto created = usecases::create_application(s.services, who, app);
    if (!created) finding("harness: could not create the seeded application");
    s.application_id = created->application.id;
    usecases::create_stage_command stage;
    stage.stage_name = "Phone screen";
    auto added = usecases::add_stage(s.services, who, s.application_id, stage);
    if (!added) finding("harness: could not add the seeded stage");
    s.stage_id = added->id;
    auto signed_in = prep::sign_in(s.prep_services, {"fuzz@example.com", "fuzz-password", ""});
    if (!signed_in) finding("harness: could not sign the seeded user in to the web");
    s.cookie = signed_in->cookie_value;
    auto practice = prep::create_session(s.prep_services, who, {"Engineer", "Acme", s.application_id, std::nullopt});
    if (!practice) finding("harness: could not create the seeded practice session");
    s.session_id = std::to_string(practice->id);
}

const std::string& fuzz_app::token() const { return impl_->token; }
const std::string& fuzz_app::application_id() const { return impl_->application_id; }
const std::string& fuzz_app::stage_id() const { return impl_->stage_id; }
const std::string& fuzz_app::cookie() const { return impl_->cookie; }
const std::string& fuzz_app::session_id() const { return impl_->session_id; }

response fuzz_app::handle(const request& req) const {
    return impl_->router.dispatch(req);
}

std::size_t fuzz_app::handle_bytes(std::string_view bytes,
                                   const std::function<void(const request&, const response&)>& on_response) const {
    std::size_t handled = 0;
    while (!bytes.empty()) {
        bhttp::request_parser<bhttp::string_body> parser;
        parser.header_limit(header_limit);
        parser.body_limit(boost::none);
        parser.eager(true);
        bool limit_set = false;
        while (!parser.is_done()) {
            boost::system::error_code ec;
            const auto used = parser.put(boost::asio::buffer(bytes.data(), bytes.size()), ec);
            bytes.remove_prefix(used);
            if (ec == bhttp::error::need_more && used > 0 && !bytes.empty()) continue;
            if (ec) return handled;  // incomplete (the server would wait, then time out) or 400/413/431
            if (parser.is_header_done() && !limit_set) {
                // The per-route limit, asked once the head is in, exactly as the session does.
                limit_set = true;
                const auto limit = impl_->router.body_limit(head_of(parser.get()), body_limit);
                if (const auto length = parser.content_length(); length && *length > limit) return handled;
                parser.body_limit(static_cast<std::uint64_t>(limit));
            }
            if (used == 0) return handled;
        }
        auto message = parser.release();
        request req = head_of(message);
        req.body = std::move(message.body());
        response res = handle(req);
        check_response(req, res);
        if (on_response) on_response(req, res);
        ++handled;
        if (!message.keep_alive()) break;
    }
    return handled;
}

void check_response(const request& req, const response& res) {
    const std::string where = req.method + " " + req.target;
    // OFFERTRACKER_FUZZ_VERBOSE=1: print every exchange (to see what a corpus reaches when replaying it).
    static const bool verbose = std::getenv("OFFERTRACKER_FUZZ_VERBOSE") != nullptr;
    if (verbose) std::fprintf(stderr, "  %s -> %u %.200s\n", where.c_str(), res.status, res.body.c_str());
    if (res.status < 200 || res.status > 599) finding("status " + std::to_string(res.status) + " for " + where);
    if (res.status >= 500) finding("status " + std::to_string(res.status) + " for " + where + ": " + res.body);
    const auto type = res.header("Content-Type");
    if (type && type->find("application/json") != std::string_view::npos) {
        boost::system::error_code ec;
        // Responses nest stored JSON (up to the body limit) inside their own objects, so only validity counts.
        boost::json::parse_options options;
        options.max_depth = 1024;
        (void)boost::json::parse(res.body, ec, {}, options);
        if (ec) finding("invalid JSON body for " + where + ": " + res.body);
    }
}

}  // namespace offertracker::fuzz

// The composition root: settings -> adapters -> use case services -> surfaces -> server, in that order.
#include "composition.hpp"

#include <filesystem>
#include <iostream>

#include <offertracker/adapters/crypto/argon2_password_hasher.hpp>
#include <offertracker/adapters/crypto/bounded_password_hasher.hpp>
#include <offertracker/adapters/crypto/hmac_keyed_hasher.hpp>
#include <offertracker/adapters/crypto/hmac_message_signer.hpp>
#include <offertracker/adapters/crypto/hmac_session_keys.hpp>
#include <offertracker/adapters/crypto/jwt_token_service.hpp>
#include <offertracker/adapters/crypto/random_id_generator.hpp>
#include <offertracker/adapters/crypto/random_secret.hpp>
#include <offertracker/http/filters.hpp>
#include <offertracker/http/kit/api_docs.hpp>
#include <offertracker/http/offertracker_api.hpp>
#include <offertracker/http/pipeline_api.hpp>
#include <offertracker/http/recruiting_api.hpp>
#include <offertracker/http/router.hpp>
#include <offertracker/http/server.hpp>
#include <offertracker/http/web_app.hpp>
#include <offertracker/adapters/memory/in_memory_throttle.hpp>
#include <offertracker/adapters/provider/openai_embeddings.hpp>
#include <offertracker/adapters/provider/openai_interviewer.hpp>
#include <offertracker/adapters/sql/sql_store.hpp>
#include <offertracker/adapters/storage/local_file_storage.hpp>
#include <offertracker/adapters/system/owner_only_paths.hpp>
#include <offertracker/adapters/system/system_clock.hpp>
#include <offertracker/adapters/system/thread_task_queue.hpp>
#include <offertracker/extract/gumbo_posting_parser.hpp>
#include <offertracker/extract/text_extractor.hpp>
#include <offertracker/net/guarded_fetcher.hpp>
#include <offertracker/net/system_resolver.hpp>
#include <offertracker/pipeline/imports.hpp>
#include <offertracker/pipeline/jobs.hpp>

#include "log_sink.hpp"
#include "secret_file.hpp"
#include "webhook_dispatcher.hpp"

namespace offertracker::app {
namespace {

void apply_migrations(adapters::sql::sql_store& store, log_sink& log) {
    const auto applied = store.migrate();
    for (const auto& m : applied) log("migrate: applied " + std::to_string(m.version) + " " + m.name);
    if (applied.empty()) log("migrate: schema is up to date");
}

// The configured secret, or the one kept in the data dir (generated on first start).
std::string token_secret(const settings& config, log_sink& log) {
    if (!config.token_secret.empty()) return config.token_secret;
    auto loaded = load_or_create_secret(config.data_dir, [] { return adapters::crypto::random_secret(48); });
    if (loaded.created)
        log("generated a new token secret in " + loaded.path.string() + " (keep it: tokens die with it)");
    else
        log("using the token secret in " + loaded.path.string());
    return loaded.secret;
}

// "https://host:port" of a public URL (its path dropped): the origin browsers send from pages served under it.
std::string public_origin(const std::string& public_url) {
    const auto authority = public_url.find("://");
    const auto path = public_url.find('/', authority == std::string::npos ? 0 : authority + 3);
    return public_url.substr(0, path);
}

}  // namespace

int serve(const settings& config) {
    log_sink log;
    // Owner-only: it holds the token secret, the SQLite file (password hashes) and private uploads.
    adapters::system::create_owner_only_directories(config.data_dir);
    const std::string secret = token_secret(config, log);

    adapters::system::system_clock clock;
    adapters::crypto::random_id_generator ids;
    adapters::crypto::argon2_password_hasher argon2;
    adapters::crypto::bounded_password_hasher hasher(
        argon2, {.concurrency = config.hash_concurrency, .queue = config.hash_queue, .wait = config.hash_wait});
    // Failed-login counters live in this process: a restart forgets them, and each node counts its own.
    adapters::memory::in_memory_throttle throttle(clock, config.throttle_keys);
    adapters::crypto::jwt_token_service tokens(secret, "offertracker", config.token_lifetime, clock);
    // A key of its own for file links, derived from the secret, so a token signature never signs a link.
    adapters::crypto::hmac_message_signer link_signer(secret + "/file-links");
    adapters::storage::local_file_storage files(config.data_dir / "uploads");
    adapters::sql::sql_store store(config.database_url, config.db_pool);
    apply_migrations(store, log);

    usecases::services services{store, clock, ids, hasher, tokens, files, log, throttle,
                                {.per_account = {config.login_account_failures, config.login_failure_window},
                                 .per_address = {config.login_address_failures, config.login_failure_window}}};

    // The Recruiting aggregate: its own store on the same database, its own token audience (a seeker token is
    // refused there and a recruiting token here), the shared extractor, and the optional model provider.
    adapters::crypto::jwt_token_service recruiting_tokens(secret, "recruiting", config.token_lifetime, clock);
    extract::file_text_extractor extractor;
    net::system_resolver resolver;
    // The provider's URL is the operator's choice, not a user's: its fetcher may reach a local or in-cluster
    // server. Webhook URLs are chosen by users: public addresses only unless the operator allows private ones.
    net::guarded_fetcher provider_fetcher(resolver, net::fetcher_config::allowing_private());
    net::guarded_fetcher webhook_fetcher(resolver, config.webhook_allow_private ? net::fetcher_config::allowing_private()
                                                                                : net::fetcher_config{});
    std::optional<adapters::provider::openai_embeddings> embeddings;
    if (!config.provider_url.empty())
        embeddings.emplace(provider_fetcher, adapters::provider::openai_embeddings_config{
                                                 .base_url = config.provider_url,
                                                 .api_key = config.provider_api_key,
                                                 .model = config.provider_model,
                                                 .timeout = config.provider_timeout});
    recruiting::services recruiting_services{
        .store = store.recruiting(), .clock = clock, .ids = ids, .hasher = hasher, .tokens = recruiting_tokens,
        .log = log, .throttle = throttle, .extractor = extractor, .embeddings = embeddings ? &*embeddings : nullptr,
        .login = {.per_account = {config.login_account_failures, config.login_failure_window},
                  .per_address = {config.login_address_failures, config.login_failure_window}}};

    // The interview-prep web: the seeker accounts behind browser sessions (their cookies' MACs under a key of their
    // own, derived from the secret), the shared extractor, and the provider's chat model when one is configured.
    adapters::crypto::hmac_session_keys session_keys(secret + "/browser-sessions");
    std::optional<adapters::provider::openai_interviewer> interviewer;
    if (!config.provider_url.empty())
        interviewer.emplace(provider_fetcher, adapters::provider::openai_chat_config{
                                                  .base_url = config.provider_url,
                                                  .api_key = config.provider_api_key,
                                                  .model = config.provider_chat_model,
                                                  .timeout = config.provider_timeout});
    prep::services prep_services{.seeker = services, .extractor = extractor, .keys = session_keys,
                                 .model = interviewer ? &*interviewer : nullptr,
                                 .browser_session_lifetime = config.web_session_lifetime};

    // The Pipeline dialect over the seeker's services: posting URLs are chosen by users, so their fetcher reaches
    // public addresses only unless the operator allows private ones; imports and purges run on a small queue of
    // their own (declared after everything its tasks use, so it is joined first).
    extract::gumbo_posting_parser posting_parser;
    net::guarded_fetcher scraper_fetcher(resolver, config.scraper_allow_private ? net::fetcher_config::allowing_private()
                                                                                : net::fetcher_config{});
    adapters::system::thread_task_queue background(2, 256);
    pipeline::services pipeline_services{.seeker = services,
                                         .extractor = extractor,
                                         .parser = posting_parser,
                                         .fetcher = scraper_fetcher,
                                         .background = background,
                                         .allow_plain_http = config.scraper_allow_private,
                                         .purge_after = std::chrono::hours{24 * config.pipeline_purge_days}};
    if (config.serve_pipeline) {
        pipeline::resume_imports(pipeline_services);
        background.post([&pipeline_services] { (void)pipeline::purge_deleted_jobs(pipeline_services); });
    }

    adapters::http::router router;
    adapters::http::filters::add_standard_filters(
        router, {.cors_origins = config.cors_origins, .access_log = [&log](std::string_view line) { log(line); }});
    // First: the web owns the server root, so the root's own errors take its shape.
    if (config.serve_web)
        adapters::http::web::mount_web(
            router,
            {.secure_cookies = config.secure_cookies,
             .trusted_origins = {public_origin(config.public_url)},
             .api_root = config.serve_offertracker ? adapters::http::handler(adapters::http::offertracker_api::welcome)
                                                   : adapters::http::handler{}},
            prep_services);
    adapters::http::offertracker_api::api_options api;
    api.prefix = config.offertracker_prefix;
    api.public_url = config.public_url;
    api.mount_welcome = !config.serve_web;
    if (config.serve_offertracker) adapters::http::offertracker_api::mount_api(router, api, services, link_signer);
    if (config.serve_recruiting)
        adapters::http::recruiting_api::mount_api(router, {.prefix = config.recruiting_prefix}, recruiting_services);
    const auto limit = [](const settings::rate_limit& l) { return ports::throttle_limit{l.count, l.window}; };
    if (config.serve_pipeline)
        adapters::http::pipeline_api::mount_api(router,
                                                {.prefix = config.pipeline_prefix,
                                                 .secure_cookies = config.secure_cookies,
                                                 .token_lifetime = config.token_lifetime,
                                                 .limits = {.standard = limit(config.pipeline_limit_standard),
                                                            .auth = limit(config.pipeline_limit_auth),
                                                            .scraper = limit(config.pipeline_limit_scraper),
                                                            .ai = limit(config.pipeline_limit_ai)}},
                                                pipeline_services);
    // Last: the document lists every route mounted before it.
    adapters::http::kit::mount_api_docs(
        router, {.description = "Every surface this server mounts, generated from its route table.",
                 .token_url = (config.serve_offertracker ? api.prefix : config.recruiting_prefix) + "/auth/login",
                 .swagger_ui_dir = config.swagger_ui_dir});

    // Webhook deliveries run on their own thread from the durable outbox; stopped (after the delivery in
    // progress) before the stores go away.
    adapters::crypto::hmac_keyed_hasher webhook_signer;
    std::optional<webhook_dispatcher> dispatcher;
    if (config.serve_recruiting) dispatcher.emplace(recruiting_services, webhook_fetcher, webhook_signer, log);

    adapters::http::server_options options;
    options.address = config.listen_host;
    options.port = config.listen_port;
    options.io_threads = config.io_threads;
    // One extra thread per place the hasher may hold (running or waiting): hashing can then never occupy the
    // `workers` threads every other request needs.
    options.worker_threads = config.workers + config.hash_concurrency + config.hash_queue;
    options.max_connections = config.max_connections;
    options.max_queued_requests = config.max_queued_requests;
    options.body_limit = config.max_body_bytes;

    adapters::http::server server(options, router, [&log](std::string_view line) { log(line); });
    server.start();
    log("offertracker listening on http://" + listen_address(config) + " (database " +
        (store.kind() == adapters::sql::engine::sqlite ? "SQLite" : "PostgreSQL") + ", " +
        std::to_string(config.workers) + " workers)");
    server.run_until_signal();
    log("offertracker stopped");
    return 0;
}

int migrate(const settings& config) {
    log_sink log;
    if (config.database_url.rfind("sqlite://", 0) == 0) adapters::system::create_owner_only_directories(config.data_dir);
    adapters::sql::sql_store store(config.database_url, 1);
    apply_migrations(store, log);
    return 0;
}

}  // namespace offertracker::app

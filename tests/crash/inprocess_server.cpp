// In-process server for the slow-client tests: production router, surface and Beast server; in-memory ports.
#include "inprocess_server.hpp"

#include <offertracker/http/filters.hpp>
#include <offertracker/http/offertracker_api.hpp>
#include <offertracker/http/router.hpp>
#include <offertracker/http/server.hpp>
#include <offertracker/adapters/memory/fake_message_signer.hpp>
#include <offertracker/adapters/memory/fake_password_hasher.hpp>
#include <offertracker/adapters/memory/fake_token_service.hpp>
#include <offertracker/adapters/memory/in_memory_file_storage.hpp>
#include <offertracker/adapters/memory/in_memory_store.hpp>
#include <offertracker/adapters/memory/in_memory_throttle.hpp>
#include <offertracker/adapters/memory/manual_clock.hpp>
#include <offertracker/adapters/memory/recording_event_log.hpp>
#include <offertracker/adapters/memory/sequential_id_generator.hpp>

namespace offertracker::crash_test {

namespace mem = adapters::memory;
namespace http = adapters::http;

struct inprocess_server::impl {
    mem::manual_clock clock;
    mem::sequential_id_generator ids;
    mem::fake_password_hasher hasher;
    mem::fake_token_service tokens;
    mem::in_memory_file_storage files;
    mem::in_memory_store store;
    mem::fake_message_signer signer;
    mem::in_memory_throttle throttle{clock};
    mem::recording_event_log log;
    usecases::services services{store, clock, ids, hasher, tokens, files, log, throttle};
    http::router router;
    std::unique_ptr<http::server> server;
};

inprocess_server::inprocess_server(std::chrono::seconds read_timeout, std::chrono::seconds idle_timeout,
                                   unsigned workers)
    : impl_(std::make_unique<impl>()) {
    http::filters::add_standard_filters(impl_->router, {});
    http::offertracker_api::api_options api;
    http::offertracker_api::mount_api(impl_->router, api, impl_->services, impl_->signer);
    http::server_options options;
    options.port = 0;
    options.worker_threads = workers;
    options.read_timeout = read_timeout;
    options.idle_timeout = idle_timeout;
    options.shutdown_grace = std::chrono::seconds{2};
    auto& router = impl_->router;
    impl_->server = std::make_unique<http::server>(options, router, http::server::log_sink{});
    impl_->server->start();
}

inprocess_server::~inprocess_server() { impl_->server->stop(); }

unsigned short inprocess_server::port() const { return impl_->server->port(); }

}  // namespace offertracker::crash_test

// server::impl: owns the shared state, the I/O threads and the listener; implements start/stop and signals.
#include <offertracker/http/server.hpp>

#include "listener.hpp"
#include "connection.hpp"

#include <algorithm>
#include <csignal>
#include <optional>
#include <stdexcept>
#include <system_error>
#include <thread>
#include <vector>

namespace offertracker::adapters::http {

namespace detail {

server_state::server_state(server_options opts, const service& s, server::log_sink l)
    : options(std::move(opts)),
      answers(s),
      log(std::move(l)),
      io(static_cast<int>(std::max(1u, options.io_threads))),
      workers(std::max(1u, options.worker_threads)) {}

void server_state::write_log(std::string_view line) const noexcept {
    if (!log) return;
    try {
        log(line);
    } catch (...) {
        // Logging is best effort; a broken sink must not end a connection.
    }
}

response server_state::render_error(request& req, unsigned status, std::string_view message) const {
    try {
        return answers.handle_error(req, status, message);
    } catch (...) {
        write_log("http error renderer threw; answering in plain text");
    }
    return response::text(status, std::string{message} + "\n");
}

response server_state::overloaded(request& req) const {
    auto res = render_error(req, 503, "Service Unavailable");
    res.set_header("Retry-After", std::to_string(std::max<long long>(1, options.overload_retry_after.count())));
    return res;
}

void server_state::register_connection(const connection* s, std::weak_ptr<connection> w) {
    const std::lock_guard lock{connections_mutex};
    connections.emplace(s, std::move(w));
}

void server_state::unregister_connection(const connection* s) {
    const std::lock_guard lock{connections_mutex};
    connections.erase(s);
    if (connections.empty()) connections_drained.notify_all();
}

std::size_t server_state::connection_count() {
    const std::lock_guard lock{connections_mutex};
    return connections.size();
}

}  // namespace detail

namespace net = boost::asio;

struct server::impl {
    impl(server_options options, const service& answers, log_sink log)
        : state(std::move(options), answers, std::move(log)) {}

    detail::server_state state;
    std::shared_ptr<detail::listener> listener;
    std::optional<net::executor_work_guard<net::io_context::executor_type>> work;
    std::vector<std::thread> io_threads;
    net::io_context signals_io;  // only for run_until_signal; stop() stops it to release a blocked caller
    std::mutex lifecycle_mutex;
    bool started = false;
    bool stopped = false;
};

server::server(server_options options, const service& answers, log_sink log)
    : impl_(std::make_unique<impl>(std::move(options), answers, std::move(log))) {}

server::~server() { stop(); }

void server::start() {
    const std::lock_guard lock{impl_->lifecycle_mutex};
    if (impl_->started) throw std::logic_error("server::start called twice");
    auto& state = impl_->state;
    boost::system::error_code ec;
    const auto address = net::ip::make_address(state.options.address, ec);
    if (ec) throw std::system_error(ec.value(), std::system_category(), "invalid listen address " + state.options.address);
    impl_->listener = std::make_shared<detail::listener>(state, net::ip::tcp::endpoint{address, state.options.port});
    impl_->started = true;
    // The guard keeps the I/O threads alive while workers may still post responses back, even with no socket open.
    impl_->work.emplace(net::make_work_guard(state.io));
    impl_->listener->start();
    const unsigned threads = std::max(1u, state.options.io_threads);
    for (unsigned i = 0; i < threads; ++i) impl_->io_threads.emplace_back([&state] { state.io.run(); });
    state.write_log("http listening on " + state.options.address + ":" + std::to_string(impl_->listener->port()));
}

unsigned short server::port() const noexcept { return impl_->listener ? impl_->listener->port() : 0; }

void server::run_until_signal() {
    net::signal_set signals{impl_->signals_io, SIGINT, SIGTERM};
    signals.async_wait([this](const boost::system::error_code& ec, int signal) {
        if (!ec) impl_->state.write_log("http received signal " + std::to_string(signal) + ", stopping");
    });
    impl_->signals_io.run();
    stop();
}

void server::stop() {
    const std::lock_guard lock{impl_->lifecycle_mutex};
    impl_->signals_io.stop();
    if (!impl_->started || impl_->stopped) return;
    impl_->stopped = true;
    auto& state = impl_->state;

    state.stopping.store(true);
    impl_->listener->stop();

    std::vector<std::shared_ptr<detail::connection>> live;
    {
        const std::lock_guard registry_lock{state.connections_mutex};
        for (const auto& [key, weak] : state.connections) {
            if (auto s = weak.lock()) live.push_back(std::move(s));
        }
    }
    for (const auto& s : live) s->close_if_idle();
    live.clear();  // holding them would keep the registry from draining

    {
        std::unique_lock registry_lock{state.connections_mutex};
        const bool drained = state.connections_drained.wait_for(registry_lock, state.options.shutdown_grace,
                                                             [&] { return state.connections.empty(); });
        if (!drained)
            state.write_log("http shutdown grace expired with " + std::to_string(state.connections.size()) +
                            " connection(s) open");
    }

    impl_->work.reset();
    state.io.stop();
    for (auto& t : impl_->io_threads) t.join();
    impl_->io_threads.clear();
    // Handlers already running finish; queued ones are dropped (their connections are gone).
    state.workers.stop();
    state.workers.join();
    state.write_log("http stopped");
}

}  // namespace offertracker::adapters::http

// Private: the state shared by the server, its listener and its connections (options, callbacks, executors).
#pragma once

#include "beast_pch.hpp"

#include <offertracker/http/server.hpp>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace offertracker::adapters::http::detail {

namespace net = boost::asio;

class connection;

// Owned by server::impl; outlives every connection and the listener. Member order matters: the I/O context is
// destroyed after the worker pool (queued work may hold connections whose sockets belong to the context), and both
// after the connection registry (a connection's destructor unregisters itself).
struct server_state {
    server_state(server_options opts, const service& s, server::log_sink l);

    const server_options options;
    const service& answers;
    const server::log_sink log;
    std::atomic<bool> stopping{false};
    std::atomic<std::size_t> queued{0};  // requests posted to the workers that no worker has started yet

    std::mutex connections_mutex;
    std::condition_variable connections_drained;
    std::unordered_map<const connection*, std::weak_ptr<connection>> connections;

    net::io_context io;
    net::thread_pool workers;

    // Never throws: a failing log sink must not take a connection down.
    void write_log(std::string_view line) const noexcept;
    // The service's rendering of an error the server answers, falling back to plain text if it throws.
    [[nodiscard]] response render_error(request& req, unsigned status, std::string_view message) const;
    // The 503 with Retry-After for a request or connection past a bound.
    [[nodiscard]] response overloaded(request& req) const;

    void register_connection(const connection* s, std::weak_ptr<connection> w);
    void unregister_connection(const connection* s);
    [[nodiscard]] std::size_t connection_count();
};

}  // namespace offertracker::adapters::http::detail

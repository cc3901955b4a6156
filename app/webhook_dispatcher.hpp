// The background thread that works the webhook outbox: a deliver_due_webhooks pass every interval, or soon after
// a wake(), until stopped. The only place deliveries are made, so no request ever waits for a receiver.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <stop_token>
#include <thread>

#include <offertracker/ports/event_log.hpp>
#include <offertracker/ports/http_fetcher.hpp>
#include <offertracker/ports/keyed_hasher.hpp>
#include <offertracker/recruiting/services.hpp>

namespace offertracker::app {

struct webhook_dispatcher_options {
    // The pause between passes that found nothing more to do. A pass that claimed a full batch is followed by
    // the next one at once, so a backlog drains without waiting out intervals.
    std::chrono::milliseconds interval{2000};
    // Deliveries one pass claims. stop() waits for the pass in progress, and each delivery may take up to the
    // policy's timeout (10 s), so this bounds how long a shutdown can wait: batch x timeout.
    std::size_t batch = 1;
};

// Starts its thread in the constructor. A pass that throws (a store failure) is logged through `log` and the
// next one runs after the interval: nothing here ends the process. The destructor stops the thread and waits
// for it (graceful shutdown: the delivery in progress is finished and recorded; the next ones stay in the
// outbox for the next start). services, fetcher, signer and log must outlive the dispatcher.
//
// Thread-safe: wake() and stop() may be called from any thread (a request handler calls wake()).
class webhook_dispatcher {
public:
    webhook_dispatcher(recruiting::services& services, ports::http_fetcher& fetcher,
                       const ports::keyed_hasher& signer, ports::event_log& log,
                       webhook_dispatcher_options options = {});
    ~webhook_dispatcher();
    webhook_dispatcher(const webhook_dispatcher&) = delete;
    webhook_dispatcher& operator=(const webhook_dispatcher&) = delete;

    // Runs a pass soon (after something was enqueued) instead of at the end of the interval. Never blocks for
    // longer than a lock; never throws.
    void wake() noexcept;
    // Asks the thread to end after the pass in progress and waits for it. Idempotent.
    void stop() noexcept;

    // Passes finished so far, failed ones included (for tests and diagnostics).
    std::size_t passes() const;

private:
    void run(std::stop_token stop);

    recruiting::services& services_;
    ports::http_fetcher& fetcher_;
    const ports::keyed_hasher& signer_;
    ports::event_log& log_;
    const webhook_dispatcher_options options_;

    mutable std::mutex mutex_;
    std::condition_variable_any woken_;
    bool wake_requested_ = false;
    std::size_t passes_ = 0;
    std::jthread thread_;  // last: it starts once everything above exists and is joined before any of it goes
};

}  // namespace offertracker::app

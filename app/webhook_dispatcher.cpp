// The webhook dispatcher's loop: passes, waits that a wake() or a stop cuts short, and a catch-all per pass.
#include "webhook_dispatcher.hpp"

#include <exception>
#include <string>

#include <offertracker/recruiting/webhooks.hpp>

namespace offertracker::app {

webhook_dispatcher::webhook_dispatcher(recruiting::services& services, ports::http_fetcher& fetcher,
                                       const ports::keyed_hasher& signer, ports::event_log& log,
                                       webhook_dispatcher_options options)
    : services_(services),
      fetcher_(fetcher),
      signer_(signer),
      log_(log),
      options_(options),
      thread_([this](std::stop_token stop) { run(stop); }) {}

webhook_dispatcher::~webhook_dispatcher() { stop(); }

void webhook_dispatcher::wake() noexcept {
    {
        std::lock_guard lock(mutex_);
        wake_requested_ = true;
    }
    woken_.notify_one();
}

void webhook_dispatcher::stop() noexcept {
    thread_.request_stop();  // also wakes the wait below: condition_variable_any waits on the stop token
    if (thread_.joinable() && thread_.get_id() != std::this_thread::get_id()) thread_.join();
}

std::size_t webhook_dispatcher::passes() const {
    std::lock_guard lock(mutex_);
    return passes_;
}

void webhook_dispatcher::run(std::stop_token stop) {
    while (!stop.stop_requested()) {
        bool full_batch = false;
        try {
            const auto tried =
                recruiting::deliver_due_webhooks(services_, fetcher_, signer_, options_.batch);
            full_batch = tried == options_.batch;
        } catch (const std::exception& e) {
            // Whatever was claimed stays in the outbox and is claimed again when its lease ends.
            log_.warning(std::string("webhook dispatcher: a delivery pass failed: ") + e.what());
        } catch (...) {
            log_.warning("webhook dispatcher: a delivery pass failed with an unknown exception");
        }
        std::unique_lock lock(mutex_);
        ++passes_;
        if (full_batch) continue;  // more may be due: no pause while a backlog drains
        woken_.wait_for(lock, stop, options_.interval, [this] { return wake_requested_; });
        wake_requested_ = false;
    }
}

}  // namespace offertracker::app

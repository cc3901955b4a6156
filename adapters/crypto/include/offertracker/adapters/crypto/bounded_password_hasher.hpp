// A password_hasher decorator with a capacity of its own: a few hashes at once, a short line of callers waiting
// for a slot, and ports::overloaded for everyone else, at once. Cheap requests never queue behind hashes.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <set>

#include <offertracker/ports/password_hasher.hpp>

namespace offertracker::adapters::crypto {

struct hashing_capacity {
    unsigned concurrency = 2;               // hashes running at once (each holds a thread and ~19 MiB)
    unsigned queue = 8;                     // callers that may wait for a slot; past that, refused at once
    std::chrono::milliseconds wait{1000};   // the longest one caller waits for a slot before it is refused
    std::chrono::seconds retry_after{1};    // what a refusal tells the client
};

// Thread-safe. hash() and verify() run the inner hasher's within a slot, waiting first-come first-served; when
// every slot is busy and the line is full, or the wait runs out, they throw ports::overloaded (nothing was
// hashed). At most concurrency + queue threads are ever inside, which lets the composition root size the worker
// pool so that hashing can never take the threads other requests need.
class bounded_password_hasher final : public ports::password_hasher {
public:
    // `inner` must outlive this. concurrency is at least 1.
    bounded_password_hasher(ports::password_hasher& inner, hashing_capacity capacity);

    std::string hash(std::string_view password) override;
    bool verify(std::string_view password, std::string_view encoded) override;

    // Callers waiting for a slot now (for tests and diagnostics).
    [[nodiscard]] std::size_t in_line() const;

private:
    class slot;  // holds one running place for its lifetime

    ports::password_hasher& inner_;
    const hashing_capacity capacity_;
    mutable std::mutex mutex_;
    std::condition_variable freed_;
    unsigned running_ = 0;
    std::uint64_t next_ticket_ = 0;
    std::set<std::uint64_t> waiting_;  // tickets in arrival order: the smallest takes the next free slot
};

}  // namespace offertracker::adapters::crypto

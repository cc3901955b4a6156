// A password_hasher decorator with a capacity of its own: a few threads that do nothing but hash, a short line of
// callers waiting for one, and ports::overloaded for everyone else, at once. Cheap requests never queue behind it.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <offertracker/ports/password_hasher.hpp>

namespace offertracker::adapters::crypto {

struct hashing_capacity {
    unsigned concurrency = 2;               // hashing threads (each hash holds one, and ~19 MiB while it runs)
    unsigned queue = 8;                     // callers that may wait for a free thread; past that, refused at once
    std::chrono::milliseconds wait{1000};   // the longest one caller waits for a thread before it is refused
    std::chrono::seconds retry_after{1};    // what a refusal tells the client
    // The hashing threads' nice value (Linux): above 0, request threads win the CPU whenever both want it, so a
    // hash never delays a cheap request even on one core; hashes still get the CPU whenever requests leave it.
    int niceness = 10;
};

// Thread-safe. hash() and verify() hand the inner hasher's work to one of `concurrency` threads of its own, first
// come first served, and block until it is done. When every thread is busy and the line is full, or the wait for
// a thread runs out, they throw ports::overloaded (nothing was hashed). Hashing on its own threads keeps Argon2's
// memory in as many malloc arenas as there are hashing threads, and at most concurrency + queue callers are ever
// blocked here, which lets the composition root size the worker pool so hashing never takes the threads other
// requests need. The destructor joins the threads; no caller may still be inside.
class bounded_password_hasher final : public ports::password_hasher {
public:
    // `inner` must outlive this. concurrency is at least 1.
    bounded_password_hasher(ports::password_hasher& inner, hashing_capacity capacity);
    ~bounded_password_hasher() override;
    bounded_password_hasher(const bounded_password_hasher&) = delete;
    bounded_password_hasher& operator=(const bounded_password_hasher&) = delete;

    std::string hash(std::string_view password) override;
    bool verify(std::string_view password, std::string_view encoded) override;

    // Callers waiting for a hashing thread now (for tests and diagnostics).
    [[nodiscard]] std::size_t in_line() const;

private:
    struct job;
    // Runs work on a hashing thread and waits for it, or throws ports::overloaded.
    void run(const std::function<void()>& work);
    void serve();

    ports::password_hasher& inner_;
    const hashing_capacity capacity_;
    mutable std::mutex mutex_;
    std::condition_variable work_ready_;
    std::deque<std::shared_ptr<job>> line_;  // admitted, not yet picked up; served from the front
    unsigned idle_ = 0;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace offertracker::adapters::crypto

// Admission to the hashing threads: a line served in order, a deadline per caller for being picked up, and the
// job's own condition for its result. A job that was picked up always finishes; only waiting ones are refused.
#include <offertracker/adapters/crypto/bounded_password_hasher.hpp>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <exception>

#include <offertracker/ports/overloaded.hpp>

namespace offertracker::adapters::crypto {

struct bounded_password_hasher::job {
    const std::function<void()>* work = nullptr;
    bool started = false;
    bool done = false;
    std::exception_ptr failure;
    std::condition_variable changed;
};

bounded_password_hasher::bounded_password_hasher(ports::password_hasher& inner, hashing_capacity capacity)
    : inner_(inner), capacity_([&] {
          capacity.concurrency = std::max(1u, capacity.concurrency);
          return capacity;
      }()) {
    idle_ = capacity_.concurrency;  // counted before the threads run, so the first callers are admitted
    threads_.reserve(capacity_.concurrency);
    for (unsigned i = 0; i < capacity_.concurrency; ++i) threads_.emplace_back([this] { serve(); });
}

bounded_password_hasher::~bounded_password_hasher() {
    {
        const std::lock_guard lock{mutex_};
        stopping_ = true;
    }
    work_ready_.notify_all();
    for (auto& t : threads_) t.join();
}

void bounded_password_hasher::serve() {
    // Best effort: without the permission or on another system the threads keep the default priority.
    if (capacity_.niceness > 0) (void)::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), capacity_.niceness);
    std::unique_lock lock{mutex_};
    for (;;) {
        work_ready_.wait(lock, [&] { return stopping_ || !line_.empty(); });
        if (line_.empty()) return;  // stopping, and nothing left to do
        const auto j = line_.front();
        line_.pop_front();
        j->started = true;
        j->changed.notify_all();
        --idle_;
        lock.unlock();
        try {
            (*j->work)();
        } catch (...) {
            j->failure = std::current_exception();
        }
        lock.lock();
        ++idle_;
        j->done = true;
        j->changed.notify_all();
    }
}

void bounded_password_hasher::run(const std::function<void()>& work) {
    const auto refused = [this] { return ports::overloaded("password hashing is at capacity", capacity_.retry_after); };
    auto j = std::make_shared<job>();
    j->work = &work;
    std::unique_lock lock{mutex_};
    // Idle threads take the first callers in line at once; only those beyond them wait, and at most `queue` may.
    if (line_.size() >= idle_ + capacity_.queue) throw refused();
    const bool thread_free = line_.size() < idle_;  // an idle thread is bound to pick this one up
    line_.push_back(j);
    work_ready_.notify_one();
    if (thread_free) {
        j->changed.wait(lock, [&] { return j->started; });
    } else if (!j->changed.wait_for(lock, capacity_.wait, [&] { return j->started; })) {
        line_.erase(std::find(line_.begin(), line_.end(), j));
        throw refused();
    }
    j->changed.wait(lock, [&] { return j->done; });
    if (j->failure) std::rethrow_exception(j->failure);
}

std::string bounded_password_hasher::hash(std::string_view password) {
    std::string out;
    run([&] { out = inner_.hash(password); });
    return out;
}

bool bounded_password_hasher::verify(std::string_view password, std::string_view encoded) {
    bool out = false;
    run([&] { out = inner_.verify(password, encoded); });
    return out;
}

std::size_t bounded_password_hasher::in_line() const {
    const std::lock_guard lock{mutex_};
    return line_.size();
}

}  // namespace offertracker::adapters::crypto

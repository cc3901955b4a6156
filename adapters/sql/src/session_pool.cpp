// Own pool rather than soci::connection_pool: it must check each session on return and replace broken ones.
#include "session_pool.hpp"

#include <soci/soci.h>

#include <offertracker/ports/storage_error.hpp>

#include "errors.hpp"

namespace offertracker::adapters::sql {

session_pool::lease::~lease() {
    if (pool_) pool_->give_back(slot_);
}

soci::session& session_pool::lease::session() const { return *pool_->slots_[slot_].session; }

session_pool::session_pool(sql::dialect d, std::string target, std::size_t size, std::chrono::milliseconds wait_limit)
    : dialect_(d), target_(std::move(target)), wait_limit_(wait_limit), slots_(size) {
    for (auto& s : slots_) s.session = connect();
}

session_pool::~session_pool() = default;

std::unique_ptr<soci::session> session_pool::connect() const {
    return guarded("connecting to the database", [&] {
        auto s = std::make_unique<soci::session>();
        dialect_.open(*s, target_);
        return s;
    });
}

session_pool::lease session_pool::acquire() {
    std::unique_lock lock(mutex_);
    std::size_t index = slots_.size();
    const auto free_slot = [&] {
        // Prefer a healthy session, so one dead connection does not delay everyone behind a reconnect.
        for (std::size_t i = 0; i < slots_.size(); ++i)
            if (!slots_[i].in_use && !slots_[i].broken) return index = i, true;
        for (std::size_t i = 0; i < slots_.size(); ++i)
            if (!slots_[i].in_use) return index = i, true;
        return false;
    };
    if (!available_.wait_for(lock, wait_limit_, free_slot))
        throw ports::storage_error("timed out waiting for a free database session");
    slot& s = slots_[index];
    s.in_use = true;
    if (s.broken) {
        lock.unlock();  // reconnecting can take a while; others may use the rest of the pool meanwhile
        try {
            auto fresh = connect();
            lock.lock();
            s.session = std::move(fresh);
            s.broken = false;
        } catch (...) {
            if (!lock.owns_lock()) lock.lock();
            s.in_use = false;
            available_.notify_one();
            throw;
        }
    }
    return lease(*this, index);
}

void session_pool::give_back(std::size_t index) {
    slot& s = slots_[index];
    // Checked outside the lock: the session is still exclusively ours until in_use is cleared.
    const bool ok = s.session && dialect_.healthy(*s.session);
    {
        std::lock_guard lock(mutex_);
        if (!ok) s.broken = true;
        s.in_use = false;
    }
    available_.notify_one();
}

}  // namespace offertracker::adapters::sql

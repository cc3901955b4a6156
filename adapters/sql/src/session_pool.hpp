// A fixed set of database sessions handed out one at a time; broken ones are replaced on the next lease.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dialect.hpp"

namespace soci {
class session;
}

namespace offertracker::adapters::sql {

class session_pool {
public:
    // Exclusive use of one session until destroyed. On return the pool checks the session's health
    // (connection up, no transaction left open) and marks it for replacement if it fails the check.
    class lease {
    public:
        lease(session_pool& pool, std::size_t slot) : pool_(&pool), slot_(slot) {}
        lease(lease&& other) noexcept : pool_(other.pool_), slot_(other.slot_) { other.pool_ = nullptr; }
        lease& operator=(lease&&) = delete;
        ~lease();

        soci::session& session() const;
        const sql::dialect& dialect() const { return pool_->dialect_; }

    private:
        session_pool* pool_;
        std::size_t slot_;
    };

    // Opens size sessions now, so a wrong URL or an unreachable server fails at startup.
    // Throws ports::storage_error.
    session_pool(sql::dialect d, std::string target, std::size_t size,
                 std::chrono::milliseconds wait_limit = std::chrono::seconds{30});
    ~session_pool();

    // Waits for a free session (up to wait_limit, then throws ports::storage_error); reconnects it first if
    // it was marked broken (throws ports::storage_error if that fails, leaving it marked).
    lease acquire();
    const sql::dialect& dialect() const { return dialect_; }

private:
    struct slot {
        std::unique_ptr<soci::session> session;
        bool in_use = false;
        bool broken = false;
    };
    std::unique_ptr<soci::session> connect() const;
    void give_back(std::size_t index);

    sql::dialect dialect_;
    std::string target_;
    std::chrono::milliseconds wait_limit_;
    std::mutex mutex_;
    std::condition_variable available_;
    std::vector<slot> slots_;
};

}  // namespace offertracker::adapters::sql

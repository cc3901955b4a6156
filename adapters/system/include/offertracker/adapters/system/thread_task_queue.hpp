// ports::task_queue on a few threads of its own with a bounded queue: background work (the Pipeline importer's
// fetches) never takes a worker of the HTTP pool or an I/O thread, and a flood of requests cannot queue unbounded
// work. The destructor stops taking tasks, lets the running ones finish, drops the queued ones and joins.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <offertracker/ports/task_queue.hpp>

namespace offertracker::adapters::system {

class thread_task_queue final : public ports::task_queue {
public:
    thread_task_queue(std::size_t threads, std::size_t capacity);
    ~thread_task_queue() override;
    thread_task_queue(const thread_task_queue&) = delete;
    thread_task_queue& operator=(const thread_task_queue&) = delete;

    bool post(std::function<void()> task) override;
    // Blocks until nothing is queued or running (for tests and orderly shutdowns).
    void wait_idle();

private:
    void work();

    const std::size_t capacity_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable idle_;
    std::deque<std::function<void()>> queue_;
    std::size_t running_ = 0;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace offertracker::adapters::system

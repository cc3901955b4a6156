// Background work: a task runs later, on a thread that is neither an I/O thread nor the caller's (the Pipeline
// importer's fetches). Implemented by the composition root (a small bounded pool); tests may run tasks inline or
// hold them to run by hand.
#pragma once

#include <functional>

namespace offertracker::ports {

class task_queue {
public:
    virtual ~task_queue() = default;
    // Queues `task`; false when the queue is full or shutting down (the task will not run). Thread-safe. A task
    // must not throw.
    virtual bool post(std::function<void()> task) = 0;
};

}  // namespace offertracker::ports

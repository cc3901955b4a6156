// A settable clock; the count is atomic so tests may move time while worker threads read it.
#include <offertracker/adapters/memory/manual_clock.hpp>

namespace offertracker::adapters::memory {

domain::timestamp manual_clock::now() const {
    return domain::timestamp{std::chrono::microseconds{now_.load()}};
}

void manual_clock::set(domain::timestamp t) {
    now_.store(t.time_since_epoch().count());
}

void manual_clock::advance(std::chrono::microseconds by) {
    now_.fetch_add(by.count());
}

}  // namespace offertracker::adapters::memory

// A random pause, its range doubling per rerun, so the racing transactions do not collide again in lockstep.
#include "rerun_pause.hpp"

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

namespace offertracker::adapters::sql {

void pause_after_conflict(int rerun) {
    // On PostgreSQL the winner usually commits within milliseconds; SQLite's busy timeout has already waited for
    // the lock, so this only spreads the retries.
    thread_local std::minstd_rand jitter{std::random_device{}()};
    std::uniform_int_distribution<int> pause_us(100, 2000 << std::clamp(rerun, 1, 8));
    std::this_thread::sleep_for(std::chrono::microseconds(pause_us(jitter)));
}

}  // namespace offertracker::adapters::sql

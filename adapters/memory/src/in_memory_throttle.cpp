// Fixed windows per key, opened by the first hit. Expiry and eviction walk by_close_ from its front, so every
// call costs O(log n) plus the windows it drops.
#include <offertracker/adapters/memory/in_memory_throttle.hpp>

#include <algorithm>

namespace offertracker::adapters::memory {

in_memory_throttle::in_memory_throttle(const ports::clock& clock, std::size_t max_keys)
    : clock_(clock), max_keys_(std::max<std::size_t>(1, max_keys)) {}

ports::throttle_verdict in_memory_throttle::verdict(const window* w, ports::throttle_limit limit,
                                                    domain::timestamp now, bool allowed) {
    if (!w) return {allowed, limit.limit, std::chrono::seconds{0}};
    const auto left = std::chrono::ceil<std::chrono::seconds>(w->closes - now);
    return {allowed, w->count >= limit.limit ? 0 : limit.limit - w->count, std::max(left, std::chrono::seconds{1})};
}

void in_memory_throttle::erase(std::unordered_map<std::string, window>::iterator it) {
    by_close_.erase({it->second.closes, std::string_view{it->first}});
    windows_.erase(it);
}

void in_memory_throttle::expire(domain::timestamp now) {
    while (!by_close_.empty() && by_close_.begin()->first <= now) {
        const auto it = windows_.find(std::string{by_close_.begin()->second});
        by_close_.erase(by_close_.begin());
        windows_.erase(it);
    }
}

ports::throttle_verdict in_memory_throttle::check(std::string_view key, ports::throttle_limit limit) {
    const auto now = clock_.now();
    const std::lock_guard lock{mutex_};
    expire(now);
    const auto it = windows_.find(std::string{key});
    const window* w = it == windows_.end() ? nullptr : &it->second;
    return verdict(w, limit, now, !w || w->count < limit.limit);
}

ports::throttle_verdict in_memory_throttle::hit(std::string_view key, ports::throttle_limit limit) {
    const auto now = clock_.now();
    const std::lock_guard lock{mutex_};
    expire(now);
    auto it = windows_.find(std::string{key});
    if (it == windows_.end()) {
        if (limit.limit == 0) return verdict(nullptr, limit, now, false);
        while (windows_.size() >= max_keys_) erase(windows_.find(std::string{by_close_.begin()->second}));
        it = windows_.emplace(std::string{key}, window{0, now + limit.window}).first;
        by_close_.insert({it->second.closes, std::string_view{it->first}});
    }
    window& w = it->second;
    if (w.count >= limit.limit) return verdict(&w, limit, now, false);
    ++w.count;
    return verdict(&w, limit, now, true);
}

void in_memory_throttle::reset(std::string_view key) {
    const std::lock_guard lock{mutex_};
    if (const auto it = windows_.find(std::string{key}); it != windows_.end()) erase(it);
}

std::size_t in_memory_throttle::size() const {
    const std::lock_guard lock{mutex_};
    return windows_.size();
}

}  // namespace offertracker::adapters::memory

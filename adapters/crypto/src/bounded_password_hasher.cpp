// Admission to the inner hasher: a running count, a line of tickets served in order, a deadline per caller.
#include <offertracker/adapters/crypto/bounded_password_hasher.hpp>

#include <algorithm>

#include <offertracker/ports/overloaded.hpp>

namespace offertracker::adapters::crypto {

class bounded_password_hasher::slot {
public:
    explicit slot(bounded_password_hasher& h) : h_(h) {
        std::unique_lock lock{h.mutex_};
        const auto& cap = h.capacity_;
        if (h.running_ < cap.concurrency && h.waiting_.empty()) {
            ++h.running_;
            return;
        }
        if (h.waiting_.size() >= cap.queue) throw refused();
        const auto ticket = h.next_ticket_++;
        h.waiting_.insert(ticket);
        const bool admitted = h.freed_.wait_for(lock, cap.wait, [&] {
            return h.running_ < cap.concurrency && *h.waiting_.begin() == ticket;
        });
        h.waiting_.erase(ticket);
        if (!admitted) {
            h.freed_.notify_all();  // the next in line may be free to go now
            throw refused();
        }
        ++h.running_;
        if (h.running_ < cap.concurrency) h.freed_.notify_all();
    }
    ~slot() {
        {
            const std::lock_guard lock{h_.mutex_};
            --h_.running_;
        }
        h_.freed_.notify_all();
    }
    slot(const slot&) = delete;
    slot& operator=(const slot&) = delete;

private:
    ports::overloaded refused() const {
        return ports::overloaded("password hashing is at capacity", h_.capacity_.retry_after);
    }
    bounded_password_hasher& h_;
};

bounded_password_hasher::bounded_password_hasher(ports::password_hasher& inner, hashing_capacity capacity)
    : inner_(inner), capacity_([&] {
          capacity.concurrency = std::max(1u, capacity.concurrency);
          return capacity;
      }()) {}

std::string bounded_password_hasher::hash(std::string_view password) {
    const slot held{*this};
    return inner_.hash(password);
}

bool bounded_password_hasher::verify(std::string_view password, std::string_view encoded) {
    const slot held{*this};
    return inner_.verify(password, encoded);
}

std::size_t bounded_password_hasher::in_line() const {
    const std::lock_guard lock{mutex_};
    return waiting_.size();
}

}  // namespace offertracker::adapters::crypto

// Browser-session keys for tests and embedders without crypto: predictable values, remembered in memory.
// NOT SECURE — the cookie values are guessable; never use it where a browser can reach it.
#pragma once

#include <mutex>
#include <set>
#include <string>

#include <offertracker/ports/session_keys.hpp>

namespace offertracker::adapters::memory {

// issue() hands out "fake-session-1", "fake-session-2", ... with digests "digest-1", ...; digest_of knows exactly
// the values this instance issued (a value it did not issue is refused, as a forged one would be). Thread-safe.
class fake_session_keys final : public ports::session_keys {
public:
    ports::issued_session_key issue() override;
    std::optional<std::string> digest_of(std::string_view cookie_value) const override;

private:
    mutable std::mutex mutex_;
    long long issued_ = 0;
    std::set<std::string, std::less<>> values_;
};

}  // namespace offertracker::adapters::memory

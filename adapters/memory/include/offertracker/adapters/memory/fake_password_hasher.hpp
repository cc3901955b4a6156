// A password "hasher" for tests: instant and deterministic. NOT SECURE — never use it outside tests.
#pragma once

#include <offertracker/ports/password_hasher.hpp>

namespace offertracker::adapters::memory {

// hash(p) is "fake$" followed by p reversed: no salt, no work factor, trivially invertible. It exists so
// that tests of accounts run in microseconds; the composition root must wire a real KDF instead.
// verify(p, e) is true exactly when e == hash(p). Thread-safe (stateless); never fails.
class fake_password_hasher final : public ports::password_hasher {
public:
    std::string hash(std::string_view password) override;
    bool verify(std::string_view password, std::string_view encoded) override;
};

}  // namespace offertracker::adapters::memory

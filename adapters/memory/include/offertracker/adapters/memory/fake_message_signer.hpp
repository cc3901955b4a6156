// A message signer for tests: deterministic, keyed checksums. NOT SECURE — never use it outside tests.
#pragma once

#include <string>
#include <utility>

#include <offertracker/ports/message_signer.hpp>

namespace offertracker::adapters::memory {

// sign(m) is the 64-bit FNV-1a checksum of key, a NUL byte and m, as 16 lower-case hex digits: URL-safe,
// stable across runs, and different for signers with different keys — but forgeable by anyone, since
// FNV is not a MAC. verify(m, s) is true exactly when s == sign(m). Thread-safe (immutable); never fails.
class fake_message_signer final : public ports::message_signer {
public:
    explicit fake_message_signer(std::string key = "fake-key") : key_(std::move(key)) {}

    std::string sign(std::string_view message) override;
    bool verify(std::string_view message, std::string_view signature) override;

private:
    std::string key_;
};

}  // namespace offertracker::adapters::memory

// Argon2id password hashing (libargon2) behind ports::password_hasher.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <offertracker/ports/password_hasher.hpp>

namespace offertracker::adapters::crypto {

// Cost parameters of new hashes. The defaults are OWASP's minimum for Argon2id (19 MiB, t=2, p=1).
// Verification always uses the parameters recorded in the stored hash, so they can be raised later.
struct argon2_params {
    std::uint32_t time_cost = 2;
    std::uint32_t memory_kib = 19456;
    std::uint32_t parallelism = 1;
};

// Deliberately weak parameters that keep test suites fast. Never use them in production.
inline constexpr argon2_params argon2_cheap_test_params{.time_cost = 1, .memory_kib = 64, .parallelism = 1};

// Thread-safe (no mutable state). hash() is CPU- and memory-heavy: call it off I/O threads.
class argon2_password_hasher final : public ports::password_hasher {
public:
    // Throws std::invalid_argument when params are outside what libargon2 accepts
    // (time_cost >= 1, parallelism >= 1, memory_kib >= 8 * parallelism).
    explicit argon2_password_hasher(argon2_params params = {});

    // A PHC-format string "$argon2id$v=19$m=...,t=...,p=...$salt$hash" with a fresh 16-byte salt.
    // Throws std::runtime_error when the random source or libargon2 fails (e.g. out of memory).
    std::string hash(std::string_view password) override;
    // False for a wrong password and for any unreadable or non-Argon2id stored hash; never throws.
    bool verify(std::string_view password, std::string_view encoded) override;

private:
    argon2_params params_;
};

}  // namespace offertracker::adapters::crypto

// HMAC-SHA256 over OpenSSL, and a constant-time comparison. Private to the crypto adapter.
#pragma once

#include <array>
#include <string_view>

namespace offertracker::adapters::crypto::detail {

using sha256_digest = std::array<unsigned char, 32>;

// Throws std::runtime_error if OpenSSL fails.
sha256_digest hmac_sha256(std::string_view key, std::string_view message);

// True when a and b have equal size and content; the time taken depends only on the sizes.
bool constant_time_equal(std::string_view a, std::string_view b) noexcept;

}  // namespace offertracker::adapters::crypto::detail

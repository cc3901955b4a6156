// Fresh bytes from OpenSSL's CSPRNG. Private to the crypto adapter.
#pragma once

#include <cstddef>

namespace offertracker::adapters::crypto::detail {

// Fills out[0, size) with random bytes; thread-safe. Throws std::runtime_error if RAND_bytes fails.
void random_bytes(unsigned char* out, std::size_t size);

}  // namespace offertracker::adapters::crypto::detail

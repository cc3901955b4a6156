// Random bytes via RAND_bytes, which is thread-safe and reseeds itself in OpenSSL 3.
#include "random_bytes.hpp"

#include <climits>
#include <stdexcept>

#include <openssl/rand.h>

namespace offertracker::adapters::crypto::detail {

void random_bytes(unsigned char* out, std::size_t size) {
    // RAND_bytes takes an int length; draw in chunks so a large request cannot overflow it.
    while (size > 0) {
        const std::size_t chunk = size > static_cast<std::size_t>(INT_MAX) ? static_cast<std::size_t>(INT_MAX) : size;
        if (RAND_bytes(out, static_cast<int>(chunk)) != 1) {
            throw std::runtime_error("the random source failed (RAND_bytes)");
        }
        out += chunk;
        size -= chunk;
    }
}

}  // namespace offertracker::adapters::crypto::detail

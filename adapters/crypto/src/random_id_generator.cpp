// UUID v4: 122 random bits with the version and variant fields fixed by RFC 9562.
#include <offertracker/adapters/crypto/random_id_generator.hpp>

#include <array>

#include "random_bytes.hpp"

namespace offertracker::adapters::crypto {

domain::id random_id_generator::new_id() {
    std::array<unsigned char, 16> bytes{};
    detail::random_bytes(bytes.data(), bytes.size());
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40);  // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80);  // variant 10xx

    static constexpr char hex[] = "0123456789abcdef";
    domain::id out;
    out.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            out += '-';
        }
        out += hex[bytes[i] >> 4];
        out += hex[bytes[i] & 0x0F];
    }
    return out;
}

}  // namespace offertracker::adapters::crypto

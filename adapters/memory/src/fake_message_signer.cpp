// The insecure test signer: FNV-1a is stable and dependency-free, which is all tests need.
#include <offertracker/adapters/memory/fake_message_signer.hpp>

#include <cstdint>
#include <cstdio>

namespace offertracker::adapters::memory {
namespace {

void fnv1a(std::uint64_t& h, std::string_view bytes) {
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
}

}  // namespace

std::string fake_message_signer::sign(std::string_view message) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    fnv1a(h, key_);
    fnv1a(h, std::string_view("\0", 1));
    fnv1a(h, message);
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h));
    return text;
}

bool fake_message_signer::verify(std::string_view message, std::string_view signature) {
    const std::string expected = sign(message);
    if (signature.size() != expected.size()) return false;
    // Constant time like the real signer, so tests exercise the same shape of code path.
    unsigned char diff = 0;
    for (std::size_t i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected[i] ^ signature[i]);
    return diff == 0;
}

}  // namespace offertracker::adapters::memory

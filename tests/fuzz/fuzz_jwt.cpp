// libFuzzer target: JWT verification (jwt_token_service::verify) on arbitrary token text. Anything it accepts must
// be a token that this key signed: the only accepted inputs are ones the fuzzer cannot forge, so an accepted input
// that is not one of our own issued tokens is a finding.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <offertracker/adapters/crypto/jwt_token_service.hpp>
#include <offertracker/adapters/memory/manual_clock.hpp>

namespace {

struct fixture {
    offertracker::adapters::memory::manual_clock clock{
        offertracker::domain::timestamp{std::chrono::sys_days{std::chrono::year{2024} / 6 / 3}}};
    offertracker::adapters::crypto::jwt_token_service tokens{"fuzz-secret-0123456789abcdef-0123456789abcdef",
                                                             "offertracker", std::chrono::hours{1}, clock};
    std::string issued = tokens.issue("00000000-0000-4000-8000-000000000001");
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static fixture f;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto subject = f.tokens.verify(input);
    if (subject && input != f.issued) {
        // A different spelling of the same signed token (e.g. base64url padding quirks) would still be worth a
        // look, but a different subject is a forgery.
        if (*subject != "00000000-0000-4000-8000-000000000001") std::abort();
    }
    // Splicing the fuzzer's bytes into the real token's parts must never produce another accepted subject.
    const auto dot = f.issued.find('.');
    const std::string spliced = f.issued.substr(0, dot + 1) + std::string(input) + f.issued.substr(f.issued.rfind('.'));
    if (const auto s = f.tokens.verify(spliced); s && spliced != f.issued) std::abort();
    return 0;
}

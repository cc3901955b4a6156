// Tests of hmac_message_signer: round trip, URL-safe form, and refusal of any altered message or signature.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

#include <offertracker/adapters/crypto/hmac_message_signer.hpp>

using offertracker::adapters::crypto::hmac_message_signer;

namespace {
const std::string secret_a(32, 'a');
const std::string secret_b(32, 'b');
}  // namespace

TEST_CASE("message signer round trip", "[crypto][signer]") {
    hmac_message_signer signer(secret_a);
    const std::string message = "files/u1/cv.pdf|1767225600";
    const std::string signature = signer.sign(message);

    CHECK(signature.size() == 43);  // 32 bytes, unpadded base64url
    CHECK(signature.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") ==
          std::string::npos);
    CHECK(signer.sign(message) == signature);  // deterministic
    CHECK(signer.verify(message, signature));
    CHECK(signer.verify("", signer.sign("")));
}

TEST_CASE("message signer matches the RFC 4231 HMAC-SHA256 vector", "[crypto][signer]") {
    // RFC 4231 test case 2 uses a 4-byte key, below our minimum, so use test case 6's 131-byte key.
    hmac_message_signer signer(std::string(131, '\xaa'));
    // 60e43159 1ee0b67f ... 0ee37f54 (RFC 4231 section 4.7), base64url-encoded.
    CHECK(signer.sign("Test Using Larger Than Block-Size Key - Hash Key First") ==
          "YOQxWR7gtn8Niiaqy_W3f44LxiE3KMUUBUYEDw7jf1Q");
}

TEST_CASE("message signer rejects tampering", "[crypto][signer]") {
    hmac_message_signer signer(secret_a);
    const std::string message = "files/u1/cv.pdf|1767225600";
    const std::string signature = signer.sign(message);

    CHECK_FALSE(signer.verify("files/u1/cv.pdf|1767225601", signature));
    CHECK_FALSE(signer.verify(message + " ", signature));

    std::string flipped = signature;
    flipped[5] = flipped[5] == 'A' ? 'B' : 'A';
    CHECK_FALSE(signer.verify(message, flipped));
    CHECK_FALSE(signer.verify(message, signature.substr(0, 42)));
    CHECK_FALSE(signer.verify(message, signature + "="));
    CHECK_FALSE(signer.verify(message, signature + "A"));
    CHECK_FALSE(signer.verify(message, ""));

    // The last character carries 2 unused bits; a lax decoder would read these as the same bytes.
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string non_canonical = signature;
    non_canonical.back() = alphabet[alphabet.find(signature.back()) | 1];
    REQUIRE(non_canonical != signature);
    CHECK_FALSE(signer.verify(message, non_canonical));

    hmac_message_signer other(secret_b);
    CHECK_FALSE(other.verify(message, signature));
    CHECK(other.sign(message) != signature);
}

TEST_CASE("message signer refuses short secrets", "[crypto][signer]") {
    CHECK_THROWS_AS(hmac_message_signer(std::string(31, 'k')), std::invalid_argument);
    CHECK_THROWS_AS(hmac_message_signer(""), std::invalid_argument);
    CHECK_NOTHROW(hmac_message_signer(std::string(32, 'k')));
}

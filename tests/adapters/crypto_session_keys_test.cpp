// Tests of hmac_session_keys: the cookie's form and digest checked with OpenSSL directly, and refusal of every
// cookie value this key did not issue.
#include <catch2/catch.hpp>

#include <set>
#include <stdexcept>
#include <string>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <offertracker/adapters/crypto/hmac_session_keys.hpp>

using offertracker::adapters::crypto::hmac_session_keys;

namespace {

const std::string key_a(32, 'a');
const std::string key_b = "another-key-0123456789abcdef-0123456789";
constexpr std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// A plain (lenient) base64url decoder, independent of the adapter's.
std::string decode(std::string_view text) {
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : text) {
        const auto v = alphabet.find(c);
        REQUIRE(v != std::string_view::npos);
        buffer = (buffer << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

std::string hex(const unsigned char* data, std::size_t size) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < size; ++i) {
        out += digits[data[i] >> 4];
        out += digits[data[i] & 0x0F];
    }
    return out;
}

std::string sha256_hex(const std::string& data) {
    unsigned char digest[32];
    unsigned int length = 0;
    REQUIRE(EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr) == 1);
    return hex(digest, length);
}

std::string hmac_bytes(const std::string& key, const std::string& data) {
    unsigned char mac[32];
    unsigned int length = 0;
    REQUIRE(HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
                 reinterpret_cast<const unsigned char*>(data.data()), data.size(), mac, &length) != nullptr);
    return std::string(reinterpret_cast<const char*>(mac), length);
}

// The cookie value with one character of part (0 = secret, 1 = MAC) replaced by another of the alphabet.
std::string with_changed_char(std::string value, std::size_t index) {
    value[index] = value[index] == 'A' ? 'B' : 'A';
    return value;
}

}  // namespace

TEST_CASE("session keys: issue gives a cookie of secret and MAC, and its digest; digest_of gives it back",
          "[crypto][session_keys]") {
    hmac_session_keys keys(key_a);
    const auto issued = keys.issue();

    REQUIRE(issued.cookie_value.size() == 87);  // 43 + "." + 43
    CHECK(issued.cookie_value[43] == '.');
    const auto secret_text = issued.cookie_value.substr(0, 43);
    const auto mac_text = issued.cookie_value.substr(44);
    CHECK(secret_text.find_first_not_of(alphabet) == std::string::npos);
    CHECK(mac_text.find_first_not_of(alphabet) == std::string::npos);

    const auto secret = decode(secret_text);
    REQUIRE(secret.size() == 32);
    CHECK(decode(mac_text) == hmac_bytes(key_a, secret));
    CHECK(issued.key_digest == sha256_hex(secret));
    CHECK(issued.key_digest.size() == 64);
    CHECK(issued.key_digest.find_first_not_of("0123456789abcdef") == std::string::npos);

    CHECK(keys.digest_of(issued.cookie_value) == issued.key_digest);
    // Another instance with the same key (another process, a restart) reads it too.
    CHECK(hmac_session_keys(key_a).digest_of(issued.cookie_value) == issued.key_digest);
}

TEST_CASE("session keys: a changed secret or MAC is refused", "[crypto][session_keys]") {
    hmac_session_keys keys(key_a);
    const auto value = keys.issue().cookie_value;
    for (std::size_t i : {std::size_t{0}, std::size_t{20}, std::size_t{41}, std::size_t{44}, std::size_t{60},
                          std::size_t{85}}) {
        INFO(i);
        CHECK_FALSE(keys.digest_of(with_changed_char(value, i)).has_value());
    }
    // A valid MAC of another secret does not vouch for this one.
    const auto other = keys.issue().cookie_value;
    CHECK_FALSE(keys.digest_of(value.substr(0, 44) + other.substr(44)).has_value());
    CHECK_FALSE(keys.digest_of(other.substr(0, 44) + value.substr(44)).has_value());
}

TEST_CASE("session keys: a cookie issued under another key is refused", "[crypto][session_keys]") {
    hmac_session_keys a(key_a);
    hmac_session_keys b(key_b);
    const auto from_a = a.issue();
    const auto from_b = b.issue();
    CHECK_FALSE(b.digest_of(from_a.cookie_value).has_value());
    CHECK_FALSE(a.digest_of(from_b.cookie_value).has_value());
    CHECK(b.digest_of(from_b.cookie_value) == from_b.key_digest);
}

TEST_CASE("session keys: anything not of the issued shape is refused", "[crypto][session_keys]") {
    hmac_session_keys keys(key_a);
    const auto value = keys.issue().cookie_value;
    const auto secret_text = value.substr(0, 43);
    const auto mac_text = value.substr(44);
    const std::vector<std::string> garbage{
        "",
        ".",
        "garbage",
        std::string(87, 'A'),
        secret_text,                                       // the secret alone
        secret_text + ".",                                 // no MAC
        "." + mac_text,                                    // no secret
        mac_text + "." + secret_text,                      // parts swapped
        value + "A",                                       // too long
        value.substr(0, 86),                               // too short
        secret_text.substr(0, 42) + "=." + mac_text,       // padding, lengths kept
        secret_text.substr(0, 42) + "+." + mac_text,       // standard base64, not base64url
        secret_text.substr(0, 42) + "/." + mac_text,
        secret_text + "." + mac_text.substr(0, 42) + " ",  // a space
        secret_text + ":" + mac_text,                      // another separator
        secret_text + "." + mac_text + std::string(1, '\0'),
        std::string(value).replace(43, 1, 1, '\0'),
        value + ";",
        " " + value.substr(1),
    };
    for (const auto& g : garbage) {
        INFO(g);
        CHECK_FALSE(keys.digest_of(g).has_value());
    }
    // A last character with unused bits set decodes to the same bytes: not the canonical spelling, so refused.
    const char last = secret_text.back();
    const auto pos = alphabet.find(last);
    REQUIRE(pos != std::string_view::npos);
    const std::string noncanonical = secret_text.substr(0, 42) + alphabet[pos ^ 1] + "." + mac_text;
    CHECK_FALSE(keys.digest_of(noncanonical).has_value());
    const auto mac_pos = alphabet.find(mac_text.back());
    REQUIRE(mac_pos != std::string_view::npos);
    const std::string noncanonical_mac = secret_text + "." + mac_text.substr(0, 42) + alphabet[mac_pos ^ 1];
    CHECK(decode(noncanonical_mac.substr(44)) == decode(mac_text));
    CHECK_FALSE(keys.digest_of(noncanonical_mac).has_value());
}

TEST_CASE("session keys: 1000 issues give 1000 different cookies and digests", "[crypto][session_keys]") {
    hmac_session_keys keys(key_a);
    std::set<std::string> cookies, digests;
    for (int i = 0; i < 1000; ++i) {
        const auto issued = keys.issue();
        cookies.insert(issued.cookie_value);
        digests.insert(issued.key_digest);
    }
    CHECK(cookies.size() == 1000);
    CHECK(digests.size() == 1000);
}

TEST_CASE("session keys: a short key is refused", "[crypto][session_keys]") {
    CHECK_THROWS_AS(hmac_session_keys(std::string(31, 'k')), std::invalid_argument);
    CHECK_NOTHROW(hmac_session_keys(std::string(32, 'k')));
}

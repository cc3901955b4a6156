// Tests of hmac_keyed_hasher: the RFC 4231 HMAC-SHA256 test vectors, the form of the output, and key separation.
#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include <offertracker/adapters/crypto/hmac_keyed_hasher.hpp>

using offertracker::adapters::crypto::hmac_keyed_hasher;

namespace {

std::string bytes(std::initializer_list<int> values) {
    std::string out;
    for (int v : values) out.push_back(static_cast<char>(v));
    return out;
}

std::string repeated(int byte, std::size_t count) { return std::string(count, static_cast<char>(byte)); }

}  // namespace

TEST_CASE("keyed hasher: RFC 4231 test cases 1-7 (HMAC-SHA256)", "[crypto][keyed_hasher]") {
    const hmac_keyed_hasher h;
    // Test case 1: a 20-byte key of 0x0b.
    CHECK(h.hmac_sha256_hex(repeated(0x0b, 20), "Hi There") ==
          "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    // Test case 2: a key shorter than the output.
    CHECK(h.hmac_sha256_hex("Jefe", "what do ya want for nothing?") ==
          "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    // Test case 3: 20 bytes of 0xaa, 50 bytes of 0xdd.
    CHECK(h.hmac_sha256_hex(repeated(0xaa, 20), repeated(0xdd, 50)) ==
          "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    // Test case 4: the key 0x01..0x19, 50 bytes of 0xcd.
    std::string key4;
    for (int b = 1; b <= 0x19; ++b) key4.push_back(static_cast<char>(b));
    CHECK(h.hmac_sha256_hex(key4, repeated(0xcd, 50)) ==
          "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    // Test case 5: the RFC checks only the first 128 bits.
    CHECK(h.hmac_sha256_hex(repeated(0x0c, 20), "Test With Truncation").substr(0, 32) ==
          "a3b6167473100ee06e0c796c2955552b");
    // Test case 6: a key larger than the block size (hashed first).
    CHECK(h.hmac_sha256_hex(repeated(0xaa, 131), "Test Using Larger Than Block-Size Key - Hash Key First") ==
          "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    // Test case 7: both the key and the data larger than the block size.
    CHECK(h.hmac_sha256_hex(repeated(0xaa, 131),
                            "This is a test using a larger than block-size key and a larger than block-size data. "
                            "The key needs to be hashed before being used by the HMAC algorithm.") ==
          "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

TEST_CASE("keyed hasher: empty inputs, binary bytes, lower-case hex of 64 digits", "[crypto][keyed_hasher]") {
    const hmac_keyed_hasher h;
    // HMAC-SHA256 with an empty key over an empty message (a widely published value).
    CHECK(h.hmac_sha256_hex("", "") == "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
    const std::string sig = h.hmac_sha256_hex("whsec_0123456789abcdef", R"({"event":"job.created"})");
    CHECK(sig.size() == 64);
    CHECK(sig.find_first_not_of("0123456789abcdef") == std::string::npos);
    // NUL bytes count: a key or message is its bytes, not a C string.
    CHECK(h.hmac_sha256_hex(bytes({'k', 0, 'x'}), "m") != h.hmac_sha256_hex("k", "m"));
    CHECK(h.hmac_sha256_hex("k", bytes({'m', 0})) != h.hmac_sha256_hex("k", "m"));
}

TEST_CASE("keyed hasher: the key and the message both change the digest; it is deterministic across threads",
          "[crypto][keyed_hasher]") {
    const hmac_keyed_hasher h;
    const std::string body = R"({"event":"candidate.created","org_id":1})";
    const std::string a = h.hmac_sha256_hex("secret-one-0123456789", body);
    CHECK(h.hmac_sha256_hex("secret-two-0123456789", body) != a);
    CHECK(h.hmac_sha256_hex("secret-one-0123456789", body + " ") != a);

    std::vector<std::string> seen(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < seen.size(); ++i)
        threads.emplace_back([&, i] {
            for (int n = 0; n < 200; ++n) seen[i] = h.hmac_sha256_hex("secret-one-0123456789", body);
        });
    for (auto& t : threads) t.join();
    for (const auto& s : seen) CHECK(s == a);
}

// Tests of argon2_password_hasher: round trip, salting, and refusal of malformed stored hashes.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

#include <offertracker/adapters/crypto/argon2_password_hasher.hpp>

using offertracker::adapters::crypto::argon2_cheap_test_params;
using offertracker::adapters::crypto::argon2_params;
using offertracker::adapters::crypto::argon2_password_hasher;

TEST_CASE("argon2 hasher verifies the password it hashed and nothing else", "[crypto][argon2]") {
    argon2_password_hasher hasher(argon2_cheap_test_params);
    const std::string encoded = hasher.hash("correct horse battery staple");

    CHECK(encoded.rfind("$argon2id$v=19$m=64,t=1,p=1$", 0) == 0);
    CHECK(hasher.verify("correct horse battery staple", encoded));
    CHECK_FALSE(hasher.verify("correct horse battery stapl", encoded));
    CHECK_FALSE(hasher.verify("Correct horse battery staple", encoded));
    CHECK_FALSE(hasher.verify("", encoded));
}

TEST_CASE("argon2 hasher handles empty and non-ASCII passwords", "[crypto][argon2]") {
    argon2_password_hasher hasher(argon2_cheap_test_params);
    const std::string empty = hasher.hash("");
    CHECK(hasher.verify("", empty));
    CHECK_FALSE(hasher.verify(" ", empty));

    const std::string with_nul("pass\0word", 9);
    const std::string binary = hasher.hash(with_nul);
    CHECK(hasher.verify(with_nul, binary));
    CHECK_FALSE(hasher.verify("pass", binary));
    CHECK(hasher.verify("pässwörd✓", hasher.hash("pässwörd✓")));
}

TEST_CASE("argon2 hasher salts every hash", "[crypto][argon2]") {
    argon2_password_hasher hasher(argon2_cheap_test_params);
    const std::string first = hasher.hash("same password");
    const std::string second = hasher.hash("same password");
    CHECK(first != second);
    CHECK(hasher.verify("same password", first));
    CHECK(hasher.verify("same password", second));
}

TEST_CASE("argon2 hasher returns false for malformed stored hashes", "[crypto][argon2]") {
    argon2_password_hasher hasher(argon2_cheap_test_params);
    const std::string good = hasher.hash("pw");
    REQUIRE(hasher.verify("pw", good));

    // The argon2i variant of the same string must not be accepted as Argon2id.
    std::string other_variant = good;
    other_variant.replace(0, 9, "$argon2i");
    std::string with_nul = good;
    with_nul.insert(10, 1, '\0');

    const std::string malformed[] = {
        "",
        "garbage",
        "$argon2id$",
        "$argon2id$v=19$m=64,t=1,p=1$bad",
        good.substr(0, good.size() - 5),
        good + "AAAA",
        other_variant,
        with_nul,
        "$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHQ$" + std::string(10, '!'),
        "$2b$12$abcdefghijklmnopqrstuuSbGhkL1QH5E4K5pLf3aEzSXqzVjxUFC",
    };
    for (const auto& encoded : malformed) {
        INFO("stored hash: " << encoded);
        CHECK_NOTHROW(hasher.verify("pw", encoded));
        CHECK_FALSE(hasher.verify("pw", encoded));
    }
}

TEST_CASE("argon2 hasher records its parameters and rejects impossible ones", "[crypto][argon2]") {
    argon2_password_hasher defaults;
    const std::string encoded = defaults.hash("pw");
    CHECK(encoded.rfind("$argon2id$v=19$m=19456,t=2,p=1$", 0) == 0);
    // A hasher with other parameters still verifies it: the stored string carries its own parameters.
    CHECK(argon2_password_hasher(argon2_cheap_test_params).verify("pw", encoded));

    CHECK_THROWS_AS(argon2_password_hasher(argon2_params{.time_cost = 0}), std::invalid_argument);
    CHECK_THROWS_AS(argon2_password_hasher(argon2_params{.parallelism = 0}), std::invalid_argument);
    CHECK_THROWS_AS(argon2_password_hasher(argon2_params{.time_cost = 1, .memory_kib = 15, .parallelism = 2}),
                    std::invalid_argument);
}

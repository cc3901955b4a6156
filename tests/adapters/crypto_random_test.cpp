// Tests of random_id_generator (UUID v4 form, uniqueness) and random_secret.
#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <offertracker/adapters/crypto/random_id_generator.hpp>
#include <offertracker/adapters/crypto/random_secret.hpp>

using offertracker::adapters::crypto::random_id_generator;
using offertracker::adapters::crypto::random_secret;

TEST_CASE("random ids are canonical version 4 UUIDs, distinct over 10,000 draws", "[crypto][ids]") {
    const std::regex uuid_v4("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    random_id_generator ids;
    std::set<std::string> seen;
    std::set<char> variant_chars;
    for (int i = 0; i < 10000; ++i) {
        const std::string id = ids.new_id();
        if (!std::regex_match(id, uuid_v4)) {
            FAIL("not a canonical v4 UUID: " << id);
        }
        variant_chars.insert(id[19]);
        seen.insert(id);
    }
    CHECK(seen.size() == 10000);
    // All four variant nibbles occur: the random bits around the fixed ones are really random.
    CHECK(variant_chars == std::set<char>{'8', '9', 'a', 'b'});
}

TEST_CASE("random ids are distinct across threads", "[crypto][ids]") {
    random_id_generator ids;
    std::vector<std::vector<std::string>> drawn(4);
    std::vector<std::thread> threads;
    for (auto& out : drawn) {
        threads.emplace_back([&ids, &out] {
            for (int i = 0; i < 1000; ++i) {
                out.push_back(ids.new_id());
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    std::set<std::string> seen;
    for (const auto& out : drawn) {
        seen.insert(out.begin(), out.end());
    }
    CHECK(seen.size() == 4000);
}

TEST_CASE("random secrets are fresh unpadded base64url", "[crypto][secret]") {
    const std::string first = random_secret(32);
    const std::string second = random_secret(32);
    CHECK(first.size() == 43);
    CHECK(first.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") ==
          std::string::npos);
    CHECK(first != second);
    CHECK(random_secret(1).size() == 2);
    CHECK(random_secret(3).size() == 4);
    CHECK(random_secret(64).size() == 86);
    CHECK_THROWS_AS(random_secret(0), std::invalid_argument);
}

// Tests of jwt_token_service: round trip, expiry, and refusal of every malformed, forged or foreign token.
// Forged tokens are signed with the service's own secret (OpenSSL HMAC here), so each rejection is
// caused by the check under test, not by a bad signature.
#include <catch2/catch.hpp>

#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <offertracker/adapters/crypto/jwt_token_service.hpp>
#include <offertracker/ports/clock.hpp>

using offertracker::adapters::crypto::jwt_token_service;
using namespace std::chrono_literals;

namespace {

namespace domain = offertracker::domain;

// A clock the test moves by hand.
class manual_clock final : public offertracker::ports::clock {
public:
    explicit manual_clock(domain::timestamp start) : now_(start) {}
    domain::timestamp now() const override { return now_; }
    void advance(std::chrono::microseconds by) { now_ += by; }

private:
    domain::timestamp now_;
};

// 2026-01-01T00:00:00Z
constexpr std::int64_t start_seconds = 1767225600;
const domain::timestamp start_time{std::chrono::seconds(start_seconds)};

const std::string secret(32, 's');
const std::string subject = "4f1c2a9e-8b7d-4c3a-9e21-0d5b6a7c8e9f";

// An independent encoder, so the tests do not check the adapter against itself.
std::string b64url(std::string_view bytes) {
    static const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    unsigned bits = 0;
    int count = 0;
    for (const unsigned char c : bytes) {
        bits = (bits << 8) | c;
        count += 8;
        while (count >= 6) {
            count -= 6;
            out += alphabet[(bits >> count) & 63];
        }
    }
    if (count > 0) {
        out += alphabet[(bits << (6 - count)) & 63];
    }
    return out;
}

std::string hs256(std::string_view key, std::string_view data) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(data.data()),
         data.size(), digest, &length);
    return std::string(reinterpret_cast<const char*>(digest), length);
}

// A token with the given raw header and payload texts, correctly signed with key.
std::string forge(std::string_view header_json, std::string_view payload_json, std::string_view key = secret) {
    std::string signing_input = b64url(header_json) + "." + b64url(payload_json);
    return signing_input + "." + b64url(hs256(key, signing_input));
}

const std::string good_header = R"({"alg":"HS256","typ":"JWT"})";

std::string claims(std::string_view sub_json, std::string_view aud_json, std::string_view exp_json) {
    std::string out = "{";
    std::vector<std::string> parts;
    if (!sub_json.empty()) parts.push_back("\"sub\":" + std::string(sub_json));
    if (!aud_json.empty()) parts.push_back("\"aud\":" + std::string(aud_json));
    if (!exp_json.empty()) parts.push_back("\"exp\":" + std::string(exp_json));
    for (std::size_t i = 0; i < parts.size(); ++i) {
        out += (i ? "," : "") + parts[i];
    }
    return out + "}";
}

const std::string later = std::to_string(start_seconds + 3600);
const std::string good_claims = claims("\"" + subject + "\"", "\"seeker\"", later);

struct parts {
    std::string header, payload, signature;
};

parts split(const std::string& token) {
    const auto a = token.find('.');
    const auto b = token.find('.', a + 1);
    return {token.substr(0, a), token.substr(a + 1, b - a - 1), token.substr(b + 1)};
}

}  // namespace

TEST_CASE("jwt round trip", "[crypto][jwt]") {
    manual_clock clock(start_time);
    jwt_token_service tokens(secret, "seeker", 3600s, clock);
    const std::string token = tokens.issue(subject);

    const auto verified = tokens.verify(token);
    REQUIRE(verified.has_value());
    CHECK(*verified == subject);

    // The documented shape, decoded independently.
    const parts p = split(token);
    CHECK(p.header == b64url(R"({"alg":"HS256","typ":"JWT"})"));
    CHECK(p.payload == b64url(R"({"sub":")" + subject + R"(","aud":"seeker","iat":1767225600,"exp":1767229200})"));
    CHECK(p.signature == b64url(hs256(secret, p.header + "." + p.payload)));
}

TEST_CASE("jwt forged with the right key and claims is accepted (control for the cases below)", "[crypto][jwt]") {
    manual_clock clock(start_time);
    jwt_token_service tokens(secret, "seeker", 3600s, clock);
    CHECK(tokens.verify(forge(good_header, good_claims)) == subject);
    CHECK(tokens.verify(forge(R"({"alg":"HS256"})", good_claims)) == subject);
}

TEST_CASE("jwt expires after its lifetime", "[crypto][jwt]") {
    manual_clock clock(start_time);
    jwt_token_service tokens(secret, "seeker", 3600s, clock);
    const std::string token = tokens.issue(subject);

    clock.advance(3599s);
    CHECK(tokens.verify(token) == subject);
    clock.advance(999999us);  // 3599.999999 s: still before exp
    CHECK(tokens.verify(token) == subject);
    clock.advance(1us);  // exactly exp
    CHECK_FALSE(tokens.verify(token));
    clock.advance(24h);
    CHECK_FALSE(tokens.verify(token));
}

TEST_CASE("jwt honours nbf when present", "[crypto][jwt]") {
    manual_clock clock(start_time);
    jwt_token_service tokens(secret, "seeker", 3600s, clock);
    const std::string base = R"({"sub":")" + subject + R"(","aud":"seeker","exp":)" + later;
    CHECK(tokens.verify(forge(good_header, base + R"(,"nbf":)" + std::to_string(start_seconds) + "}")) == subject);
    CHECK_FALSE(tokens.verify(forge(good_header, base + R"(,"nbf":)" + std::to_string(start_seconds + 60) + "}")));
    CHECK_FALSE(tokens.verify(forge(good_header, base + R"(,"nbf":"0"})")));
}

TEST_CASE("jwt rejects tampering", "[crypto][jwt]") {
    manual_clock clock(start_time);
    jwt_token_service tokens(secret, "seeker", 3600s, clock);
    const std::string token = tokens.issue(subject);
    const parts p = split(token);

    SECTION("payload swapped for another subject's") {
        const std::string other =
            b64url(R"({"sub":"someone-else","aud":"seeker","iat":1767225600,"exp":1767229200})");
        CHECK_FALSE(tokens.verify(p.header + "." + other + "." + p.signature));
    }
    SECTION("payload with a longer expiry") {
        const std::string other = b64url(R"({"sub":")" + subject + R"(","aud":"seeker","iat":1767225600,"exp":1799999999})");
        CHECK_FALSE(tokens.verify(p.header + "." + other + "." + p.signature));
    }
    SECTION("signature altered") {
        std::string sig = p.signature;
        sig[10] = sig[10] == 'A' ? 'B' : 'A';
        CHECK_FALSE(tokens.verify(p.header + "." + p.payload + "." + sig));
        CHECK_FALSE(tokens.verify(p.header + "." + p.payload + "." + sig.substr(0, 42)));
        // Longer than 32 bytes but starting with the right ones.
        CHECK_FALSE(tokens.verify(p.header + "." + p.payload + "." + p.signature + "AAAA"));
        CHECK_FALSE(tokens.verify(p.header + "." + p.payload + "." +
                                  b64url(hs256(secret, p.header + "." + p.payload) + std::string(1, '\0'))));
    }
    SECTION("signature with non-canonical trailing bits") {
        const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        std::string sig = p.signature;
        sig.back() = alphabet[alphabet.find(sig.back()) | 2];
        REQUIRE(sig != p.signature);
        CHECK_FALSE(tokens.verify(p.header + "." + p.payload + "." + sig));
    }
}

TEST_CASE("jwt pins the algorithm to HS256", "[crypto][jwt]") {
    manual_clock clock(start_time);
    jwt_token_service tokens(secret, "seeker", 3600s, clock);

    // Unsigned "none" tokens, with an empty or a junk signature.
    const std::string none_input = b64url(R"({"alg":"none","typ":"JWT"})") + "." + b64url(good_claims);
    CHECK_FALSE(tokens.verify(none_input + "."));
    CHECK_FALSE(tokens.verify(none_input + ".AAAA"));
    // Headers naming another algorithm, or none, even though the HS256 MAC over them is right.
    CHECK_FALSE(tokens.verify(forge(R"({"alg":"none","typ":"JWT"})", good_claims)));
    CHECK_FALSE(tokens.verify(forge(R"({"alg":"HS512","typ":"JWT"})", good_claims)));
    CHECK_FALSE(tokens.verify(forge(R"({"alg":"RS256","typ":"JWT"})", good_claims)));
    CHECK_FALSE(tokens.verify(forge(R"({"alg":"hs256","typ":"JWT"})", good_claims)));
    CHECK_FALSE(tokens.verify(forge(R"({"typ":"JWT"})", good_claims)));
    CHECK_FALSE(tokens.verify(forge(R"({"alg":null})", good_claims)));
    CHECK_FALSE(tokens.verify(forge(R"({"alg":["HS256"]})", good_claims)));
    CHECK_FALSE(tokens.verify(forge(R"({"alg":"HS256","crit":["exp"]})", good_claims)));
}

TEST_CASE("jwt is bound to one audience and one secret", "[crypto][jwt]") {
    manual_clock clock(start_time);
    jwt_token_service seeker(secret, "seeker", 3600s, clock);
    jwt_token_service recruiter(secret, "recruiter", 3600s, clock);
    jwt_token_service other_key(std::string(32, 't'), "seeker", 3600s, clock);

    const std::string token = seeker.issue(subject);
    REQUIRE(seeker.verify(token));
    CHECK_FALSE(recruiter.verify(token));
    CHECK_FALSE(other_key.verify(token));
    CHECK_FALSE(seeker.verify(recruiter.issue(subject)));

    CHECK_FALSE(seeker.verify(forge(good_header, claims("\"" + subject + "\"", "", later))));
    CHECK_FALSE(seeker.verify(forge(good_header, claims("\"" + subject + "\"", "\"Seeker\"", later))));
    CHECK_FALSE(seeker.verify(forge(good_header, claims("\"" + subject + "\"", "[\"seeker\"]", later))));
    CHECK_FALSE(seeker.verify(forge(good_header, claims("\"" + subject + "\"", "null", later))));
}

TEST_CASE("jwt rejects the wrong number of segments", "[crypto][jwt]") {
    manual_clock clock(start_time);
    jwt_token_service tokens(secret, "seeker", 3600s, clock);
    const std::string token = tokens.issue(subject);
    const parts p = split(token);

    CHECK_FALSE(tokens.verify(p.header + "." + p.payload));
    CHECK_FALSE(tokens.verify(p.header));
    CHECK_FALSE(tokens.verify(token + "." + p.signature));
    CHECK_FALSE(tokens.verify(token + "."));
    CHECK_FALSE(tokens.verify("." + token));
    CHECK_FALSE(tokens.verify(p.header + ".." + p.signature));
    CHECK_FALSE(tokens.verify(".."));
    CHECK_FALSE(tokens.verify(""));
}

TEST_CASE("jwt decodes base64url strictly", "[crypto][jwt]") {
    manual_clock clock(start_time);
    jwt_token_service tokens(secret, "seeker", 3600s, clock);

    SECTION("padding in a segment") {
        // 27-byte header: its unpadded encoding has 36 characters, so pad a payload that needs it.
        std::string payload_json = good_claims;
        while (b64url(payload_json).size() % 4 == 0) {
            payload_json.insert(payload_json.size() - 1, " ");
        }
        const std::string padded_payload =
            b64url(payload_json) + std::string(4 - b64url(payload_json).size() % 4, '=');
        const std::string input = b64url(good_header) + "." + padded_payload;
        // Signed over the padded text, so only the decoder can refuse it.
        CHECK_FALSE(tokens.verify(input + "." + b64url(hs256(secret, input))));

        const std::string token = forge(good_header, good_claims);
        REQUIRE(tokens.verify(token));
        CHECK_FALSE(tokens.verify(token + "="));
    }
    SECTION("characters outside the base64url alphabet") {
        for (const std::string bad : {"+", "/", "*", " ", "\n", "%", "\x80"}) {
            // Replace the first payload character and sign the result.
            const std::string input = b64url(good_header) + "." + bad + b64url(good_claims).substr(1);
            INFO("character code " << static_cast<int>(static_cast<unsigned char>(bad[0])));
            CHECK_FALSE(tokens.verify(input + "." + b64url(hs256(secret, input))));
        }
    }
    SECTION("signature spelled in the standard alphabet or with inserted characters") {
        // Find a token whose signature has a '-' or '_', so its standard-base64 spelling differs.
        std::string token;
        for (int i = 0; token.empty() || split(token).signature.find_first_of("-_") == std::string::npos; ++i) {
            token = tokens.issue(subject + std::to_string(i));
        }
        REQUIRE(tokens.verify(token));
        const parts p = split(token);
        std::string standard = p.signature;
        for (char& c : standard) {
            c = c == '-' ? '+' : c == '_' ? '/' : c;
        }
        CHECK_FALSE(tokens.verify(p.header + "." + p.payload + "." + standard));
        // A lenient decoder skipping these would still find the right bytes.
        for (const char* inserted : {" ", "\n", "=", "*", "%"}) {
            std::string sig = p.signature;
            sig.insert(20, inserted);
            INFO("inserted: " << inserted);
            CHECK_FALSE(tokens.verify(p.header + "." + p.payload + "." + sig));
        }
    }
    SECTION("segment of impossible length") {
        // Make the payload's encoding a multiple of 4 long, so one more character leaves 6 lone bits.
        std::string payload_json = good_claims;
        while (b64url(payload_json).size() % 4 != 0) {
            payload_json.insert(payload_json.size() - 1, " ");
        }
        REQUIRE(tokens.verify(forge(good_header, payload_json)));
        const std::string input = b64url(good_header) + "." + b64url(payload_json) + "A";
        CHECK_FALSE(tokens.verify(input + "." + b64url(hs256(secret, input))));
        const std::string sig_input = b64url(good_header) + "." + b64url(good_claims);
        CHECK_FALSE(tokens.verify(sig_input + ".A"));
    }
}

TEST_CASE("jwt rejects non-JSON or non-object header and payload", "[crypto][jwt]") {
    manual_clock clock(start_time);
    jwt_token_service tokens(secret, "seeker", 3600s, clock);

    CHECK_FALSE(tokens.verify(forge("not json", good_claims)));
    CHECK_FALSE(tokens.verify(forge(R"({"alg":"HS256")", good_claims)));
    CHECK_FALSE(tokens.verify(forge(R"(["HS256"])", good_claims)));
    CHECK_FALSE(tokens.verify(forge(R"("HS256")", good_claims)));
    CHECK_FALSE(tokens.verify(forge(good_header, "not json")));
    CHECK_FALSE(tokens.verify(forge(good_header, good_claims + "x")));
    CHECK_FALSE(tokens.verify(forge(good_header, "[" + good_claims + "]")));
    CHECK_FALSE(tokens.verify(forge(good_header, "null")));
    CHECK_FALSE(tokens.verify(forge(good_header, "")));
}

TEST_CASE("jwt requires a string sub and an integer exp", "[crypto][jwt]") {
    manual_clock clock(start_time);
    jwt_token_service tokens(secret, "seeker", 3600s, clock);
    const std::string sub = "\"" + subject + "\"";

    CHECK_FALSE(tokens.verify(forge(good_header, claims("", "\"seeker\"", later))));
    CHECK_FALSE(tokens.verify(forge(good_header, claims("42", "\"seeker\"", later))));
    CHECK_FALSE(tokens.verify(forge(good_header, claims("null", "\"seeker\"", later))));
    CHECK_FALSE(tokens.verify(forge(good_header, claims("[\"x\"]", "\"seeker\"", later))));
    CHECK_FALSE(tokens.verify(forge(good_header, claims("\"\"", "\"seeker\"", later))));

    CHECK_FALSE(tokens.verify(forge(good_header, claims(sub, "\"seeker\"", ""))));
    CHECK_FALSE(tokens.verify(forge(good_header, claims(sub, "\"seeker\"", "\"" + later + "\""))));
    CHECK_FALSE(tokens.verify(forge(good_header, claims(sub, "\"seeker\"", later + ".5"))));
    CHECK_FALSE(tokens.verify(forge(good_header, claims(sub, "\"seeker\"", "1e12"))));
    CHECK_FALSE(tokens.verify(forge(good_header, claims(sub, "\"seeker\"", "true"))));
    CHECK_FALSE(tokens.verify(forge(good_header, claims(sub, "\"seeker\"", "null"))));
    CHECK_FALSE(tokens.verify(forge(good_header, claims(sub, "\"seeker\"", std::to_string(start_seconds)))));
    CHECK_FALSE(tokens.verify(forge(good_header, claims(sub, "\"seeker\"", "-1"))));
    // A huge but integral exp is far future, not an error.
    CHECK(tokens.verify(forge(good_header, claims(sub, "\"seeker\"", "18446744073709551615"))) == subject);
}

TEST_CASE("jwt refuses oversize tokens", "[crypto][jwt]") {
    manual_clock clock(start_time);
    jwt_token_service tokens(secret, "seeker", 3600s, clock);
    const auto with_padding = [&](std::size_t n) {
        return forge(good_header, R"({"sub":")" + subject + R"(","aud":"seeker","exp":)" + later + R"(,"pad":")" +
                                      std::string(n, 'x') + "\"}");
    };
    const std::string fits = with_padding(2500);
    REQUIRE(fits.size() < jwt_token_service::max_token_size);
    CHECK(tokens.verify(fits) == subject);

    const std::string oversize = with_padding(3200);
    REQUIRE(oversize.size() > jwt_token_service::max_token_size);
    CHECK_FALSE(tokens.verify(oversize));
    CHECK_FALSE(tokens.verify(std::string(1 << 20, 'A')));
}

TEST_CASE("jwt verify never throws on junk", "[crypto][jwt]") {
    manual_clock clock(start_time);
    jwt_token_service tokens(secret, "seeker", 3600s, clock);
    const std::string junk[] = {"a.b.c", "....", std::string("\0.\0.\0", 5), "eyJ.eyJ.sig", std::string(4096, '.'),
                                forge(good_header, std::string(200, '[')), forge(good_header, "{\"sub\":\"\xff\xfe\"}")};
    for (const auto& token : junk) {
        CHECK_NOTHROW(tokens.verify(token));
        CHECK_FALSE(tokens.verify(token));
    }
}

TEST_CASE("jwt service validates its configuration", "[crypto][jwt]") {
    manual_clock clock(start_time);
    CHECK_THROWS_AS(jwt_token_service(std::string(31, 's'), "seeker", 3600s, clock), std::invalid_argument);
    CHECK_THROWS_AS(jwt_token_service(secret, "", 3600s, clock), std::invalid_argument);
    CHECK_THROWS_AS(jwt_token_service(secret, "seeker", 0s, clock), std::invalid_argument);
    CHECK_THROWS_AS(jwt_token_service(secret, "seeker", -5s, clock), std::invalid_argument);
    jwt_token_service tokens(secret, "seeker", 3600s, clock);
    CHECK_THROWS_AS(tokens.issue(""), std::invalid_argument);
}

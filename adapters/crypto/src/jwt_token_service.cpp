// HS256 JWTs: compact serialisation, pinned algorithm, strict parsing of every part.
#include <offertracker/adapters/crypto/jwt_token_service.hpp>

#include <cstdint>
#include <stdexcept>
#include <string>

#include <boost/json.hpp>

#include "base64url.hpp"
#include "hmac_sha256.hpp"

namespace offertracker::adapters::crypto {
namespace {

namespace json = boost::json;

// The header is always the same, so it is encoded once.
const std::string& encoded_header() {
    static const std::string header = detail::base64url_encode(R"({"alg":"HS256","typ":"JWT"})");
    return header;
}

std::string_view as_chars(const detail::sha256_digest& digest) {
    return {reinterpret_cast<const char*>(digest.data()), digest.size()};
}

std::int64_t unix_seconds(domain::timestamp t) {
    return std::chrono::floor<std::chrono::seconds>(t).time_since_epoch().count();
}

// A JSON object, or nullopt for invalid JSON or any other JSON type.
std::optional<json::object> parse_object(std::string_view text) {
    boost::system::error_code ec;
    json::value value = json::parse(text, ec);
    if (ec || !value.is_object()) {
        return std::nullopt;
    }
    return std::move(value.as_object());
}

// An integral JSON number (not 1.5, not 1e9, not "1"), as seconds.
std::optional<std::int64_t> integer_claim(const json::object& claims, std::string_view name) {
    const json::value* value = claims.if_contains(name);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (value->is_int64()) {
        return value->get_int64();
    }
    if (value->is_uint64()) {
        // Beyond int64 it cannot be a meaningful time; clamp so "far future" stays far future.
        return INT64_MAX;
    }
    return std::nullopt;
}

}  // namespace

jwt_token_service::jwt_token_service(std::string secret, std::string audience, std::chrono::seconds lifetime,
                                     const ports::clock& clock)
    : secret_(std::move(secret)), audience_(std::move(audience)), lifetime_(lifetime), clock_(clock) {
    if (secret_.size() < min_secret_size) {
        throw std::invalid_argument("jwt_token_service: the secret must be at least 32 bytes");
    }
    if (audience_.empty()) {
        throw std::invalid_argument("jwt_token_service: the audience must not be empty");
    }
    if (lifetime_ <= std::chrono::seconds::zero()) {
        throw std::invalid_argument("jwt_token_service: the lifetime must be positive");
    }
}

std::string jwt_token_service::issue(const domain::id& subject) {
    if (subject.empty()) {
        throw std::invalid_argument("jwt_token_service: the subject must not be empty");
    }
    const std::int64_t now = unix_seconds(clock_.now());
    json::object claims;
    claims["sub"] = subject;
    claims["aud"] = audience_;
    claims["iat"] = now;
    claims["exp"] = now + lifetime_.count();

    std::string token = encoded_header();
    token += '.';
    token += detail::base64url_encode(json::serialize(claims));
    const auto signature = detail::hmac_sha256(secret_, token);
    token += '.';
    token += detail::base64url_encode(as_chars(signature));
    return token;
}

std::optional<domain::id> jwt_token_service::verify(std::string_view token) {
    // Bad input of any kind, including a failure inside a library, means "not a valid token".
    try {
        if (token.empty() || token.size() > max_token_size) {
            return std::nullopt;
        }
        const auto first_dot = token.find('.');
        if (first_dot == std::string_view::npos) {
            return std::nullopt;
        }
        const auto second_dot = token.find('.', first_dot + 1);
        if (second_dot == std::string_view::npos || token.find('.', second_dot + 1) != std::string_view::npos) {
            return std::nullopt;
        }
        const std::string_view header_text = token.substr(0, first_dot);
        const std::string_view payload_text = token.substr(first_dot + 1, second_dot - first_dot - 1);
        const std::string_view signature_text = token.substr(second_dot + 1);
        if (header_text.empty() || payload_text.empty() || signature_text.empty()) {
            return std::nullopt;
        }

        // Check the signature before parsing any JSON, so unauthenticated bytes reach the parser only
        // after a successful MAC. The MAC covers the exact received "header.payload" bytes.
        const auto received = detail::base64url_decode(signature_text);
        if (!received) {
            return std::nullopt;
        }
        const auto expected = detail::hmac_sha256(secret_, token.substr(0, second_dot));
        if (!detail::constant_time_equal(as_chars(expected), *received)) {
            return std::nullopt;
        }

        // Even with a valid MAC the header must say HS256: the key is for HS256 only, and a token
        // naming another algorithm ("none", "HS512", "RS256") was not made by this service.
        const auto header_json = detail::base64url_decode(header_text);
        if (!header_json) {
            return std::nullopt;
        }
        const auto header = parse_object(*header_json);
        if (!header) {
            return std::nullopt;
        }
        const json::value* alg = header->if_contains("alg");
        if (alg == nullptr || !alg->is_string() || alg->get_string() != "HS256") {
            return std::nullopt;
        }
        // RFC 7515 section 4.1.11: extensions marked critical must be understood; we understand none.
        if (header->contains("crit")) {
            return std::nullopt;
        }

        const auto payload_json = detail::base64url_decode(payload_text);
        if (!payload_json) {
            return std::nullopt;
        }
        const auto claims = parse_object(*payload_json);
        if (!claims) {
            return std::nullopt;
        }
        const json::value* sub = claims->if_contains("sub");
        if (sub == nullptr || !sub->is_string() || sub->get_string().empty()) {
            return std::nullopt;
        }
        // A per-surface audience keeps a seeker token from opening the Recruiting API and vice versa.
        const json::value* aud = claims->if_contains("aud");
        if (aud == nullptr || !aud->is_string() || aud->get_string() != audience_) {
            return std::nullopt;
        }
        const std::int64_t now = unix_seconds(clock_.now());
        const auto exp = integer_claim(*claims, "exp");
        if (!exp || *exp <= now) {
            return std::nullopt;
        }
        if (claims->contains("nbf")) {
            const auto nbf = integer_claim(*claims, "nbf");
            if (!nbf || *nbf > now) {
                return std::nullopt;
            }
        }
        return domain::id(sub->get_string());
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

}  // namespace offertracker::adapters::crypto

// The secrets behind browser-session cookies: each cookie is a fresh random secret with a MAC under the server's key,
// so a forged or mangled cookie is refused without a database read (cheap enough for the I/O threads, where body
// limits are decided), and the store keeps only a digest of the secret. Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace offertracker::ports {

struct issued_session_key {
    std::string cookie_value;  // what the Set-Cookie carries: URL- and cookie-safe characters only
    std::string key_digest;    // what the store keeps (prep::browser_session::key_digest)
};

class session_keys {
public:
    virtual ~session_keys() = default;
    // A new secret (at least 256 random bits from a CSPRNG) with its cookie value and digest.
    virtual issued_session_key issue() = 0;
    // The digest of a cookie value this server issued (well-formed, its MAC correct, compared in constant time),
    // or nullopt for anything else. No I/O.
    virtual std::optional<std::string> digest_of(std::string_view cookie_value) const = 0;
};

}  // namespace offertracker::ports

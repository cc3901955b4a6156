// Signed, expiring access tokens for one audience (one surface's accounts). Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <offertracker/domain/types.hpp>

namespace offertracker::ports {

class token_service {
public:
    virtual ~token_service() = default;
    // A token naming subject, valid for the configured lifetime.
    virtual std::string issue(const domain::id& subject) = 0;
    // The subject of a well-formed, correctly signed, unexpired token for this audience; nullopt for
    // anything else (malformed, tampered, expired, another algorithm or audience).
    virtual std::optional<domain::id> verify(std::string_view token) = 0;
};

}  // namespace offertracker::ports

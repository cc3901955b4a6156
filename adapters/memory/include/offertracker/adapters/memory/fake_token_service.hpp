// Unsigned, readable tokens for tests. NOT SECURE — anyone can forge one; never use it outside tests.
#pragma once

#include <offertracker/ports/token_service.hpp>

namespace offertracker::adapters::memory {

// issue(s) is "fake-token:" + s; verify accepts exactly that shape with a non-empty subject and returns
// the subject, and nullopt for anything else. Tokens never expire. Thread-safe (stateless); never fails.
class fake_token_service final : public ports::token_service {
public:
    static constexpr std::string_view prefix = "fake-token:";

    std::string issue(const domain::id& subject) override;
    std::optional<domain::id> verify(std::string_view token) override;
};

}  // namespace offertracker::adapters::memory

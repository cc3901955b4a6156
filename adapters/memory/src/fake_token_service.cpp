// The insecure test token service.
#include <offertracker/adapters/memory/fake_token_service.hpp>

namespace offertracker::adapters::memory {

std::string fake_token_service::issue(const domain::id& subject) {
    return std::string(prefix) + subject;
}

std::optional<domain::id> fake_token_service::verify(std::string_view token) {
    if (!token.starts_with(prefix) || token.size() == prefix.size()) return std::nullopt;
    return domain::id(token.substr(prefix.size()));
}

}  // namespace offertracker::adapters::memory

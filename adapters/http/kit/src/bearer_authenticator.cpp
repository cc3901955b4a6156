// Bearer-token authentication (RFC 6750 §2.1), strict about the scheme and about what a subject may be.
#include <offertracker/http/kit/authenticator.hpp>

#include <offertracker/text/utf8.hpp>

namespace offertracker::adapters::http::kit {

domain::result<domain::id> bearer_authenticator::authenticate(const request& req) const {
    const auto header = req.header("Authorization");
    constexpr std::string_view scheme = "bearer ";
    if (!header || header->size() <= scheme.size() || !iequals(header->substr(0, scheme.size()), scheme))
        return domain::error::unauthenticated("Not authenticated");
    auto subject = tokens_.verify(header->substr(scheme.size()));
    // Only ids the core issued are signed, but an actor must be storable text whatever signed it.
    if (!subject || !text::is_storable_text(*subject)) return domain::error::unauthenticated(invalid_token_);
    return std::move(*subject);
}

}  // namespace offertracker::adapters::http::kit

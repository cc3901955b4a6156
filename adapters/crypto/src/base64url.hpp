// Base64url (RFC 4648 section 5) without padding, with strict decoding. Private to the crypto adapter.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace offertracker::adapters::crypto::detail {

std::string base64url_encode(std::string_view bytes);

// nullopt unless text is the exact canonical unpadded encoding of some byte string: only
// [A-Za-z0-9_-], no '=', length % 4 != 1, and zero unused bits in the last character.
// Empty text decodes to an empty string.
std::optional<std::string> base64url_decode(std::string_view text);

}  // namespace offertracker::adapters::crypto::detail

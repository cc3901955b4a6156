// Contact details in a resume: email, phone and profile URLs.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace offertracker::intake::detail {

// The first email address ("local@domain.tld"), as written.
[[nodiscard]] std::optional<std::string> find_email(std::string_view text);

// The first phone number: "+" or a digit or "(" then digits, spaces, "-", ".", "(" and ")", 10 to 15 digits (8 to
// 15 after a "+"), as written and trimmed. Date ranges ("2019-2021") have too few digits to count.
[[nodiscard]] std::optional<std::string> find_phone(std::string_view text);

struct profile_urls {
    std::optional<std::string> linkedin;
    std::optional<std::string> github;
    std::optional<std::string> website;
};

// URLs with or without a scheme, normalised to "https://" + host (lower-case, "www." dropped) + path (no trailing
// "/"). linkedin.com and github.com anywhere in the text; a website (another URL: a scheme, "www." or a host with a
// common top-level domain) only in header_text, the part of the resume above its first section.
[[nodiscard]] profile_urls find_profile_urls(std::string_view text, std::string_view header_text);

}  // namespace offertracker::intake::detail

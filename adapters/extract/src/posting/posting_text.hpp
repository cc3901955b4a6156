// The shapes a posting's strings leave in (ports::job_posting): clean bounded UTF-8, ISO dates, absolute URLs.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace offertracker::extract::posting {

inline constexpr std::size_t max_short_chars = 255;
inline constexpr std::size_t max_description_chars = 20'000;
inline constexpr std::size_t max_url_bytes = 2048;

// One line of text: invalid UTF-8 becomes U+FFFD, control characters and Unicode spaces become spaces, runs of
// spaces collapse, the ends are trimmed and the result is cut to max_chars code points. nullopt when nothing is left.
[[nodiscard]] std::optional<std::string> clean_line(std::string_view text, std::size_t max_chars = max_short_chars);

// As clean_line, but line breaks stay: each line is cleaned and empty lines go.
[[nodiscard]] std::optional<std::string> clean_lines(std::string_view text,
                                                     std::size_t max_chars = max_description_chars);

// "2024-03-01" from "2024-03-01" or "2024-03-01T09:00:00Z"; nullopt for anything that does not start as a date.
[[nodiscard]] std::optional<std::string> date_part(std::string_view text);

// `reference` resolved against `base` (RFC 3986 section 5.2, dot segments removed): an absolute http(s) URL without
// whitespace or control characters, at most max_url_bytes, or nullopt.
[[nodiscard]] std::optional<std::string> resolve_url(std::string_view reference, std::string_view base);

}  // namespace offertracker::extract::posting

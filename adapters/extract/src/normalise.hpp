// The text every reader hands back, in one shape (ports::extracted_text documents it).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <offertracker/ports/text_extractor.hpp>

namespace offertracker::extract::detail {

// Normalises text that should be UTF-8: an invalid sequence becomes U+FFFD, line breaks of every kind ("\r\n", "\r",
// form feed, vertical tab, U+0085, U+2028, U+2029) become '\n', other control characters and Unicode spaces become
// spaces, runs of spaces collapse to one (to a '\t' when the run holds a tab), lines are trimmed, two or more blank
// lines become one, and leading and trailing blank lines go. nullopt when the result would exceed max_bytes.
[[nodiscard]] std::optional<std::string> normalise_text(std::string_view text, std::size_t max_bytes);

// Windows-1252 (Latin-1 with printable characters in 0x80..0x9F) to UTF-8.
[[nodiscard]] std::string latin1_to_utf8(std::string_view bytes);

// "10 MB", "512 KB", "100 bytes": a limit in a message.
[[nodiscard]] std::string size_words(std::size_t bytes);

[[nodiscard]] inline ports::extraction_error failure(ports::extraction_error_kind kind, std::string message) {
    return ports::extraction_error{kind, std::move(message)};
}

[[nodiscard]] ports::extraction_error too_much_text(const ports::extraction_limits& limits);

// The normalised text as a result: no_text when nothing is left, too_much_text past the limit.
[[nodiscard]] ports::extraction_result finish(std::string_view raw, ports::text_format format, std::size_t pages,
                                              const ports::extraction_limits& limits);

}  // namespace offertracker::extract::detail

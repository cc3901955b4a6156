// Shared text helpers of the intake parsers: a cleaned working copy of the input, lines, ASCII case folding, word
// tests and case-insensitive search. Every helper is linear in what it is given.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace offertracker::intake::detail {

// The input as the parsers read it: valid UTF-8 only (an invalid byte becomes a space), NUL and other control bytes
// but tab and newline as spaces, "\r" dropped, dashes (– — −) as "-", NBSP as a space, curly quotes as straight ones and bullets
// (• ● ▪ ◦ ‣) as "*". Offsets into the result are what every parser works with.
[[nodiscard]] std::string clean_text(std::string_view raw);

// The lines of a text, each trimmed of spaces, tabs and leading bullets ("*", "-", ">"), empty lines kept.
struct line {
    std::string_view text;
    std::size_t offset;  // of text within the whole
};
[[nodiscard]] std::vector<line> lines_of(std::string_view text);

[[nodiscard]] std::string_view trim(std::string_view s);
// Trims spaces and the punctuation that frames a field: ",;:.-|()[]*'\"" at either end (a closing ")" is kept when
// the value opens one).
[[nodiscard]] std::string_view trim_field(std::string_view s);
[[nodiscard]] std::string lower(std::string_view s);
[[nodiscard]] bool is_alpha(char c) noexcept;
[[nodiscard]] bool is_digit(char c) noexcept;
[[nodiscard]] bool is_upper(char c) noexcept;
[[nodiscard]] bool is_lower(char c) noexcept;
// A byte that belongs to a word: an ASCII letter or digit, or any non-ASCII byte (clean_text left only letters of
// other scripts and symbols there).
[[nodiscard]] bool is_word_byte(char c) noexcept;

// The first occurrence of needle (lower-case ASCII) in haystack_lower at or after from, standing as whole words
// (no word byte on either side), or npos.
[[nodiscard]] std::size_t find_word(std::string_view haystack_lower, std::string_view needle, std::size_t from = 0);
[[nodiscard]] bool has_word(std::string_view haystack_lower, std::string_view needle);
[[nodiscard]] bool starts_with_word(std::string_view haystack_lower, std::string_view needle);

// The words of a text: runs of word bytes plus inner "-", "'", "." and "&" ("full-time", "O'Neil", "Node.js").
[[nodiscard]] std::vector<std::string_view> words_of(std::string_view text);

// "senior backend engineer" -> "Senior Backend Engineer": all-lower-case words get an upper-case first letter
// (each part of a hyphenated word), short linking words stay lower-case, known acronyms take their usual case; a
// word with an upper-case letter is kept as written. An ALL-CAPS text is title-cased first.
[[nodiscard]] std::string title_case(std::string_view text);

// Whether a word names a role ("engineer", "developer", "manager", "intern", ...), any case.
[[nodiscard]] bool is_role_word(std::string_view word);
// Whether a text holds a role word.
[[nodiscard]] bool has_role_word(std::string_view text);

// A location written in the text, normalised: an abbreviation or a known city from the table ("NYC" -> "New York,
// NY", "Berlin" -> "Berlin, Germany"), or a "City, ST" (US state or Canadian province code) or "City, Country"
// pattern. find_location scans a whole text and returns the first; location_of reads one field value.
[[nodiscard]] std::optional<std::string> find_location(std::string_view text);
[[nodiscard]] std::optional<std::string> location_of(std::string_view value);
// Whether a short text is only a place (so a resume's header line or an experience part is not a name or a company).
[[nodiscard]] bool is_place(std::string_view text);

}  // namespace offertracker::intake::detail

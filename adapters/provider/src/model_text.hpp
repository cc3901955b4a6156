// Texts going to and coming from a model, measured in Unicode code points: what is sent is cut to a bound and
// made valid UTF-8; what comes back is checked before anything shows it to a person. Private to the adapter.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace offertracker::adapters::provider::detail {

// `text` as valid UTF-8 (each invalid byte becomes U+FFFD, each control character but '\n' and '\t' a space),
// cut after `max_chars` code points with "…" appended when it was longer.
std::string bounded(std::string_view text, std::size_t max_chars);

// Why `text` is not a usable line of the model's (a phrase such as "is blank"), or nothing when it is: valid UTF-8,
// not blank, at most `max_chars` code points, no control character (C0, DEL or C1).
std::optional<std::string> text_problem(std::string_view text, std::size_t max_chars);

}  // namespace offertracker::adapters::provider::detail

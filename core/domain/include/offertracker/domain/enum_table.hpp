// One mechanism for every enum's wire strings: each enum declares a table, and these templates read it both ways.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace offertracker::domain {

// Specialise with `static constexpr std::array<std::pair<E, std::string_view>, N> values{...}` in documented order.
template <class E>
struct enum_strings;

template <class E>
constexpr std::string_view to_string(E value) noexcept {
    for (const auto& [e, text] : enum_strings<E>::values)
        if (e == value) return text;
    return {};
}

// Exact, case-sensitive match (the seeds say so).
template <class E>
constexpr std::optional<E> parse_enum(std::string_view text) noexcept {
    for (const auto& [e, s] : enum_strings<E>::values)
        if (s == text) return e;
    return std::nullopt;
}

// The 422 message for a value outside the enum: "Input should be 'A', 'B' or 'C'".
template <class E>
std::string enum_expectation() {
    std::string out = "Input should be ";
    const auto& values = enum_strings<E>::values;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += (i + 1 == values.size()) ? " or " : ", ";
        out += '\'';
        out += values[i].second;
        out += '\'';
    }
    return out;
}

}  // namespace offertracker::domain

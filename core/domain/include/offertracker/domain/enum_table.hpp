// One mechanism for every enum's wire strings: each enum declares a table, and these templates read it both ways.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

// The enum's wire strings in documented order: the allowed values a not_one_of field error lists.
template <class E>
std::vector<std::string> enum_values() {
    std::vector<std::string> out;
    for (const auto& [e, text] : enum_strings<E>::values) out.emplace_back(text);
    return out;
}

}  // namespace offertracker::domain

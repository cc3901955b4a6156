// The compiled-in table (skills_table.cpp), private to the library.
#pragma once

#include <offertracker/skills/vocabulary.hpp>

#include <span>

namespace offertracker::skills::detail {

[[nodiscard]] std::span<const skill> table() noexcept;

}  // namespace offertracker::skills::detail

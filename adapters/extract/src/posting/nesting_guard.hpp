// A guard in front of gumbo: gumbo 0.10 spends time quadratic in the element nesting depth (40,000 nested <div>s
// take seconds, 2 MB of them minutes), so a page is cut where a rough estimate of its nesting passes a depth no
// real page reaches. The estimate is a tag-name stack (void elements, SVG and MathML "/>", comments and raw-text
// element contents skipped; an end tag pops to its name when open, a formatting element's end tag closes only it),
// not a parse: gumbo still reads everything kept.
#pragma once

#include <cstddef>
#include <string_view>

namespace offertracker::extract::posting {

inline constexpr std::size_t max_estimated_depth = 512;

// The longest prefix of `html` (ending before a tag) whose estimated nesting stays within max_depth.
[[nodiscard]] std::string_view nesting_bounded(std::string_view html, std::size_t max_depth = max_estimated_depth);

}  // namespace offertracker::extract::posting

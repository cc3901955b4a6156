// How feedback sentences list things: "A", "A and B", "A, B and C", "A, B, C, D, E and 2 more".
#pragma once

#include <algorithm>
#include <span>
#include <string>

namespace offertracker::prep {

[[nodiscard]] inline std::string and_list(std::span<const std::string> items, std::size_t most = 5) {
    std::string out;
    const std::size_t end = std::min(items.size(), most);
    for (std::size_t i = 0; i < end; ++i) {
        if (i > 0) out += i + 1 == end && end == items.size() ? " and " : ", ";
        out += items[i];
    }
    if (end < items.size()) out += " and " + std::to_string(items.size() - end) + " more";
    return out;
}

}  // namespace offertracker::prep

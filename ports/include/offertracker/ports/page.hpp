// Offset pagination as the OfferTracker surface takes it (skip/limit), validated by the core.
#pragma once

#include <cstddef>
#include <vector>

namespace offertracker::ports {

struct page {
    std::size_t skip = 0;
    std::size_t limit = 100;
};

// A page of a list and how many records match in all.
template <class T>
struct counted {
    std::vector<T> items;
    std::size_t total = 0;
};

}  // namespace offertracker::ports

// Offset pagination as the OfferTracker surface takes it (skip/limit), validated by the core.
#pragma once

#include <cstddef>

namespace offertracker::ports {

struct page {
    std::size_t skip = 0;
    std::size_t limit = 100;
};

}  // namespace offertracker::ports

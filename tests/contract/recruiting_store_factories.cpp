// The list of Recruiting stores under contract: add one entry per implementation.
#include "recruiting_store_factories.hpp"

#include <offertracker/adapters/memory/in_memory_recruiting_store.hpp>

std::vector<recruiting_store_factory> recruiting_store_factories() {
    std::vector<recruiting_store_factory> factories;
    factories.push_back(
        {"memory", [] { return std::make_unique<offertracker::adapters::memory::in_memory_recruiting_store>(); }});
    return factories;
}

// The list of stores under contract: add one entry per implementation.
#include "store_factories.hpp"

#include <offertracker/adapters/memory/in_memory_store.hpp>

std::vector<store_factory> store_factories() {
    std::vector<store_factory> factories;
    factories.push_back({"memory", [] { return std::make_unique<offertracker::adapters::memory::in_memory_store>(); }});
    // Add the SQL stores here, e.g. {"sqlite", [] { return a store on a fresh, migrated database; }},
    // and {"postgresql", ...} when a test database is configured.
    return factories;
}

// The store implementations every contract suite runs against.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <offertracker/ports/unit_of_work.hpp>

struct store_factory {
    std::string name;                                          // shown as the Catch2 section name
    std::function<std::unique_ptr<offertracker::ports::store>()> make;  // a fresh, EMPTY store each call
};

std::vector<store_factory> store_factories();

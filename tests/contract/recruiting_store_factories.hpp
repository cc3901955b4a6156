// The Recruiting store implementations every Recruiting contract suite runs against.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <offertracker/ports/recruiting_store.hpp>

struct recruiting_store_factory {
    std::string name;                                                              // the Catch2 section name
    std::function<std::unique_ptr<offertracker::ports::recruiting_store>()> make;  // a fresh, EMPTY store each call
};

// memory, sqlite (a real file), and postgresql when OFFERTRACKER_TEST_POSTGRES_URL is set (else skipped with a
// warning, or a failure when OFFERTRACKER_REQUIRE_POSTGRES=1).
std::vector<recruiting_store_factory> recruiting_store_factories();

#include <offertracker/skills/vocabulary.hpp>
#include <catch2/catch.hpp>

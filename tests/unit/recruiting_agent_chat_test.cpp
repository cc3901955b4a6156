#include "recruiting_fixture.hpp"

// Serialises response bodies like Python's json module does, so clients see 0.5714 and 86875.0 rather
// than Boost.JSON's 5.714E-1 and 8.6875E4 (both valid JSON, but not what the seed's clients expect).
#pragma once

#include <boost/json.hpp>

#include <string>

namespace offertracker::adapters::http::kit {

std::string write_json(const boost::json::value& v);

}  // namespace offertracker::adapters::http::kit

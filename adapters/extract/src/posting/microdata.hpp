// A microdata item (itemscope ... itemprop) as the JSON object JSON-LD would have written, so one reader maps both.
#pragma once

#include <boost/json/object.hpp>

#include "html_tree.hpp"

namespace offertracker::extract::posting {

// The item's properties: the first value of each name, a nested itemscope as an object (three levels deep at
// most, deeper ones as text), any other value as text — meta content, a/link href, img src, time datetime,
// data/meter value, else the element's text with its line breaks.
[[nodiscard]] boost::json::object microdata_item(const GumboNode* scope);

}  // namespace offertracker::extract::posting

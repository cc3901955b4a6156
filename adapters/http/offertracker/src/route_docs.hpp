// The OfferTracker surface documents its routes with the kit's builder, against the schemas it registers.
#pragma once

#include <offertracker/http/kit/route_docs.hpp>
#include <offertracker/http/router.hpp>

namespace offertracker::adapters::http::offertracker_api {

using kit::doc;

// Registers the surface's named schemas (request bodies, response models, the error shapes) on its mount.
void register_schemas(mount& m);

}  // namespace offertracker::adapters::http::offertracker_api

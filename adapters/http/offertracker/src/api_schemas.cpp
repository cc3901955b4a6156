// The surface's named schemas for /openapi.json: the error shapes here, each section's request bodies and
// response models (as the seed documents them and the views write them) in api_schemas_<section>.cpp.
#include "api_schemas.hpp"

#include "route_docs.hpp"

namespace offertracker::adapters::http::offertracker_api {

void register_schemas(mount& m) {
    using namespace schemas;
    kit::register_fastapi_error_schemas(m);
    // The body of a successful delete or leave: {"detail": "Contact deleted"}.
    add(m, "Deleted", object_of({{"detail", text(), true}}));

    register_account_schemas(m);
    register_application_schemas(m);
    register_tracker_schemas(m);
    register_social_schemas(m);
}

}  // namespace offertracker::adapters::http::offertracker_api

// The answer to a bounded resource that is full (ports::overloaded, e.g. password hashing): 503 with Retry-After
// at once, in the mount's error shape, rather than a queue that grows.
#pragma once

#include <offertracker/http/router.hpp>

namespace offertracker::adapters::http::kit {

// Wraps h: ports::overloaded thrown by it becomes `render(req, 503, message)` with Retry-After.
handler overload_guard(handler h, error_renderer render);

}  // namespace offertracker::adapters::http::kit

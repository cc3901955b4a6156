-- GET /api/v1/analytics/dashboard: aggregates over every application of the user.
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")
request = function()
  return wrk.format("GET", "/api/v1/analytics/dashboard", common.auth)
end

-- GET /api/v1/applications/{id}: one application with its stages, outcome and reflection, a random seeded id.
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")
local ids
init = function(args)
  ids = common.load_ids()
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8), 16) or 0))
end
request = function()
  return wrk.format("GET", "/api/v1/applications/" .. ids[math.random(#ids)], common.auth)
end

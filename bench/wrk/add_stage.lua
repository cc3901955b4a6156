-- POST /api/v1/applications/{id}/stages: a stage on a random seeded application.
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")
local ids
init = function(args)
  ids = common.load_ids()
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8), 16) or 0))
end
request = function()
  local body = '{"stage_name":"Bench round","stage_type":"Technical","result":"Pending","duration_minutes":45}'
  return wrk.format("POST", "/api/v1/applications/" .. ids[math.random(#ids)] .. "/stages", common.json_auth, body)
end

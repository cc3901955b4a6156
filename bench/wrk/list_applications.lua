-- GET /api/v1/applications/?limit=100: the newest 100 applications, each with its nested relations.
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")
request = function()
  return wrk.format("GET", "/api/v1/applications/?skip=0&limit=100", common.auth)
end

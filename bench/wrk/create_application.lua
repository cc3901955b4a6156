-- POST /api/v1/applications/: a new application (status Applied: the activity log gets its entries too).
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")
local counter = 0
request = function()
  counter = counter + 1
  local body = '{"company_name":"Bench ' .. counter .. '","role_title":"Engineer","status":"Applied",' ..
               '"priority":"High","salary_min":100000,"salary_max":150000,"location":"Remote"}'
  return wrk.format("POST", "/api/v1/applications/", common.json_auth, body)
end

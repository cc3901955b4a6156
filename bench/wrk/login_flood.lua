-- POST /api/v1/auth/login with a wrong password for a new random email each time: the flood that the
-- *_under_flood and *_under_hash_flood scenarios run beside the measured one (64 connections). Unknown emails
-- cost a hash like known ones, unless the address is throttled.
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")
init = function(args)
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8), 16) or 0))
end
request = function()
  local body = '{"email":"flood' .. math.random(1, 1000000000) .. '@example.com","password":"wrong-password"}'
  return wrk.format("POST", "/api/v1/auth/login", { ["Content-Type"] = "application/json" }, body)
end

-- POST /api/v1/auth/login: dominated by Argon2id password hashing (reported apart from the other scenarios).
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")
local body = '{"email":"' .. (os.getenv("BENCH_EMAIL") or "bench@example.com") .. '","password":"' ..
             (os.getenv("BENCH_PASSWORD") or "bench-password") .. '"}'
request = function()
  return wrk.format("POST", "/api/v1/auth/login", { ["Content-Type"] = "application/json" }, body)
end

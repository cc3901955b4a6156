-- GET / (the welcome JSON): the cheapest route, the floor of this machine and server.
package.path = (os.getenv("BENCH_LUA_DIR") or ".") .. "/?.lua;" .. package.path
local common = require("common")
request = function()
  return wrk.format("GET", "/")
end

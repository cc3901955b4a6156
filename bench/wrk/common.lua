-- Shared by every scenario: counts non-2xx responses per thread and prints one JSON line of results in done().
-- Environment: BENCH_TOKEN (bearer token), BENCH_IDS (file of application ids, one per line).
local common = {}

common.token = os.getenv("BENCH_TOKEN") or ""
common.auth = { ["Authorization"] = "Bearer " .. common.token }
common.json_auth = { ["Authorization"] = "Bearer " .. common.token, ["Content-Type"] = "application/json" }

function common.load_ids()
  local ids = {}
  local path = os.getenv("BENCH_IDS")
  if path then
    for line in io.lines(path) do
      if #line > 0 then ids[#ids + 1] = line end
    end
  end
  if #ids == 0 then error("BENCH_IDS names no file of application ids") end
  return ids
end

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

non2xx = 0
function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

function done(summary, latency, requests)
  local non2xx_total = 0
  for _, t in ipairs(threads) do non2xx_total = non2xx_total + (t:get("non2xx") or 0) end
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,' ..
    '"max_ms":%.3f,"non2xx":%d,"socket_errors":%d,"timeouts":%d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, non2xx_total,
    summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.timeout))
end

return common

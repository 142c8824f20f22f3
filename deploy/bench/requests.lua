-- wrk script for deploy/bench/run: replays a request file, one request per line:
--   METHOD <tab> path <tab> bearer token (or -) <tab> JSON body (may be empty)
-- Every thread reads the file in init() and starts at its own offset, so the connections spread over the teams
-- and tokens of the file. Requests are formatted once, up front: request() only hands out the next one.
--   wrk -t2 -c32 -d30s --latency --timeout 10s -s requests.lua http://localhost:8082 -- decisions.req
-- done() prints one machine-readable line (WRK ...) with throughput, latency percentiles (microseconds) and errors.

local threads = {}
local requests = {}
local next_index = 1

function setup(thread)
  thread:set("thread_no", #threads)
  table.insert(threads, thread)
end

function init(args)
  local path = args[1]
  if path == nil then
    error("usage: wrk ... -s requests.lua <url> -- <request file>")
  end
  local file = assert(io.open(path, "r"))
  for line in file:lines() do
    local method, target, token, body = line:match("^([A-Z]+)\t([^\t]+)\t([^\t]*)\t?(.*)$")
    if method ~= nil then
      local headers = { ["Accept"] = "application/json" }
      if token ~= "-" and token ~= "" then
        headers["Authorization"] = "Bearer " .. token
      end
      if body == "" then
        body = nil
      else
        headers["Content-Type"] = "application/json"
      end
      requests[#requests + 1] = wrk.format(method, target, headers, body)
    end
  end
  file:close()
  if #requests == 0 then
    error("no requests in " .. path)
  end
  -- Threads start far apart in the file (thread_no is set by setup()).
  next_index = (tonumber(thread_no or 0) * math.floor(#requests / 2)) % #requests + 1
end

function request()
  local r = requests[next_index]
  next_index = next_index + 1
  if next_index > #requests then
    next_index = 1
  end
  return r
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d duration_us=%d rps=%.2f p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d mean_us=%.0f "
      .. "status_errors=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9), latency.max,
    latency.mean, e.status, e.connect, e.read, e.write, e.timeout))
end

-- wrk script of bench/load.sh: sends the paths given after "--" in turn (each connection starts at a different one)
-- and prints one machine-readable line:
--   WRK_MIX <requests> <duration_us> <socket_errors> <timeouts> <non_2xx_3xx> <p50_us> <p99_us> <max_us> <bytes>
local paths = {}
local next_path = 1
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("first", counter)
end

function init(args)
  for _, p in ipairs(args) do
    paths[#paths + 1] = p
  end
  next_path = ((first or 1) - 1) % #paths + 1
end

function request()
  local p = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format(nil, p)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK_MIX %d %d %d %d %d %d %d %d %d\n", summary.requests, summary.duration,
    e.connect + e.read + e.write, e.timeout, e.status, latency:percentile(50), latency:percentile(99),
    latency.max, summary.bytes))
end

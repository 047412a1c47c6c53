-- wrk script of the SIT benchmark: sends the request(s) given after "--" (paths, taken in turn per connection; none =
-- the URL's path) and prints one machine-readable line that bench/run.sh parses:
--   WRK_RESULT <requests> <duration_us> <socket_errors> <non_2xx_3xx> <bytes>
local paths = {}
local next_path = 1

function init(args)
  for _, p in ipairs(args) do
    paths[#paths + 1] = p
  end
end

function request()
  if #paths == 0 then
    return wrk.format(nil)
  end
  local p = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format(nil, p)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK_RESULT %d %d %d %d %d\n", summary.requests, summary.duration,
    e.connect + e.read + e.write + e.timeout, e.status, summary.bytes))
end

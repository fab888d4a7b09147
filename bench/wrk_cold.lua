-- Every request a different filter: paths are read from the file named by the first script
-- argument (one per line, all distinct), each thread taking its own share in turn.
-- Each response is checked: status 200, the real timeline in the body (`id="results"`),
-- and whether the app's cache served it (X-Cache: hit). Prints WRK_RESULT and JSON.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    table.insert(paths, line)
  end
  local count = tonumber(args[2])
  -- Thread i takes paths i, i + count, i + 2 * count…: no two threads send the same one.
  step, index = count, id + 1
  ok, not_ok, wrong_body, cache_hits, server_errors = 0, 0, 0, 0, 0
end

function request()
  local path = paths[index]
  index = index + step
  if index > #paths then
    index = id + 1
  end
  return wrk.format(nil, path)
end

function response(status, headers, body)
  if status == 200 then
    ok = ok + 1
  else
    not_ok = not_ok + 1
  end
  if status >= 500 then
    server_errors = server_errors + 1
  end
  if status == 200 and not string.find(body, 'id="results"', 1, true) then
    wrong_body = wrong_body + 1
  end
  if headers["X-Cache"] == "hit" then
    cache_hits = cache_hits + 1
  end
end

done = function(summary, latency, requests)
  local totals = {ok = 0, not_ok = 0, wrong_body = 0, cache_hits = 0, server_errors = 0}
  for _, thread in ipairs(threads) do
    for name, _ in pairs(totals) do
      totals[name] = totals[name] + thread:get(name)
    end
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {"p50": %d, "p90": %d, "p95": %d, "p99": %d, "max": %d, "requests": %d, ' ..
    '"duration_us": %d, "ok": %d, "not_ok": %d, "server_errors": %d, "wrong_body": %d, ' ..
    '"cache_hits": %d, "socket_errors": %d}\n',
    latency:percentile(50), latency:percentile(90), latency:percentile(95),
    latency:percentile(99), latency.max, summary.requests, summary.duration,
    totals.ok, totals.not_ok, totals.server_errors, totals.wrong_body, totals.cache_hits,
    e.connect + e.read + e.write + e.timeout))
end

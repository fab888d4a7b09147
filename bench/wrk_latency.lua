-- wrk reports 50/75/90/99 with --latency; this adds p95. Prints one line the bench parses:
-- WRK_RESULT followed by JSON, latencies in microseconds.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {"p50": %d, "p95": %d, "p99": %d, "max": %d, "requests": %d, ' ..
    '"duration_us": %d, "non_2xx": %d, "socket_errors": %d}\n',
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout))
end

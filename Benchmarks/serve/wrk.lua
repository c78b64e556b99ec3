-- wrk: each connection walks the suggestion URLs in turn, with the session cookie; any answer
-- but 2xx/3xx is counted in summary.errors.status and reported by done().
local paths, cookie = {}, nil
for line in io.lines(os.getenv("SERVE_URLS")) do
  if cookie == nil then cookie = line else paths[#paths + 1] = line end
end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], { ["Cookie"] = cookie })
end
done = function(summary, latency, requests)
  io.write(string.format("JSON {\"requests\": %d, \"errors\": %d, \"p50_ms\": %.2f, \"p99_ms\": %.2f, \"rps\": %.1f, \"socket_errors\": %d}\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end

-- wrk: each connection walks the suggestion URLs in turn, with the session cookie, and every
-- fourth request opens the editor page of that suggestion's document and language instead (the
-- page a translator loads); any answer but 2xx/3xx is counted in summary.errors.status and
-- reported by done().
local paths, cookie = {}, nil
for line in io.lines(os.getenv("SERVE_URLS")) do
  if cookie == nil then cookie = line else paths[#paths + 1] = line end
end
local counter = 0
request = function()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  if counter % 4 == 0 then
    path = string.match(path, "^/api(/documents/[^/]+/[^/]+)/segments") or path
  end
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end
done = function(summary, latency, requests)
  io.write(string.format("JSON {\"requests\": %d, \"errors\": %d, \"p50_ms\": %.2f, \"p99_ms\": %.2f, \"rps\": %.1f, \"socket_errors\": %d}\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end

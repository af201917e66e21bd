-- wrk has no rate limit: each connection waits PACE_MS after each answer, so the offered rate is
-- about connections × 1000 / (PACE_MS + latency). run.sh picks PACE_MS for half the measured rate.
local pace = tonumber(os.getenv("PACE_MS") or "0")
function delay()
  return pace
end

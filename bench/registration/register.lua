-- wrk: every request a new registration (its own NIK, email, phone and idempotency key).
-- SLUG: the event; RUN: a prefix that keeps keys of different runs apart; NIK_MONTH: 01–12, the
-- birth month in the NIK, different for each run on the same event so NIKs never repeat.
local slug = os.getenv("SLUG")
local run = os.getenv("RUN") or "r"
local month = tonumber(os.getenv("NIK_MONTH") or "4")
local threads = {}
local counter = 1

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
end

function request()
  counter = counter + 1
  local k = tid * 1000000 + counter
  -- NIK: district 137501, birth date DDMMYY (day 01–28 from k, month per run), 4-digit sequence
  local seq = (k % 9999) + 1
  local day = 1 + math.floor(k / 9999) % 28
  local nik = string.format("137501%02d%02d90%04d", day, month, seq)
  local body = string.format('{"name":"Peserta Wrk %s %d","idKind":"NIK","idNumber":"%s","institutionName":"Dinas %d",'
    .. '"phone":"0813%08d","email":"wrk-%s-%d@contoh.id","consent":true}', run, k, nik, k % 50, k % 100000000, run, k)
  return wrk.format("POST", "/api/v1/public/events/" .. slug .. "/registrations",
    {["Content-Type"] = "application/json", ["Accept"] = "application/json", ["Idempotency-Key"] = run .. "-" .. k}, body)
end

local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  -- per-thread status counts are not visible here; run.sh counts rows in the database instead
end

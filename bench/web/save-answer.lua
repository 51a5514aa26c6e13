-- PUT of answers cycling over the attempts, every request a real change: each attempt's answer steps through
-- the six states (option A or B) x (certainty 1, 2, 3) in turn, so that it always differs from the one stored
-- before it unless six requests of one attempt are in flight at once. web-bench.sh checks this afterwards
-- against the stored count of tries.
package.path = package.path .. ";" .. os.getenv("BENCH_LUA") .. "/?.lua"
local attempts = require("attempts")
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
end

function init(args)
  local all = attempts.load()
  mine = attempts.share(all, index, tonumber(os.getenv("WRK_THREADS") or "2"))
  n = 0
end

function request()
  local a = mine[n % #mine + 1]
  local step = math.floor(n / #mine) % 6
  n = n + 1
  local option = step % 2 == 0 and a.a or a.b
  local certainty = step % 3 + 1
  local body = '{"selected": ["' .. option .. '"], "certainty": ' .. certainty .. '}'
  return wrk.format("PUT", "/api/v1/attempts/" .. a.id .. "/answers/" .. a.question,
    {["Authorization"] = "Bearer " .. a.token, ["Content-Type"] = "application/json"}, body)
end

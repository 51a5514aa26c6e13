-- GET of the question pages of attempts in progress, each request with its attempt's cookie, as a browser
-- sends it. Request n of a thread shows attempt n mod (its share) at question (n / share) mod total + 1, so
-- every attempt's pages are visited in turn.
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
  local number = math.floor(n / #mine) % a.total + 1
  n = n + 1
  return wrk.format("GET", "/attempts/" .. a.id .. "/questions/" .. number,
    {["Cookie"] = "cq_a_" .. a.id .. "=" .. a.token})
end

-- GET of the question pages of attempts in progress, each request with the cookies a browser sends after its
-- first page: the attempt's token and the CSRF token. Request n of a thread shows attempt n mod (its share) at
-- question (n / share) mod total + 1, so every attempt's pages are visited in turn. With PAGES=first every request shows question 1, where a new
-- attempt stands, so that moving through the attempt plays no part.
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
  local number = 1
  if os.getenv("PAGES") ~= "first" then
    number = math.floor(n / #mine) % a.total + 1
  end
  n = n + 1
  return wrk.format("GET", "/attempts/" .. a.id .. "/questions/" .. number,
    {["Cookie"] = "cq_a_" .. a.id .. "=" .. a.token .. "; cq_csrf=" .. a.csrf})
end

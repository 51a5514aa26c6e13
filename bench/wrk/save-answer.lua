-- Saves an answer again and again, switching the certainty so that every request is a real write
-- (a committed SQLite transaction with synchronous=FULL). Set ATTEMPT, TOKEN and QUESTION, OPTION in the
-- environment (run.sh does).
local attempt = os.getenv("ATTEMPT")
local token = os.getenv("TOKEN")
local question = os.getenv("QUESTION")
local option = os.getenv("OPTION")
local n = 0
request = function()
  n = n + 1
  local body = '{"selected": ["' .. option .. '"], "certainty": ' .. (n % 3 + 1) .. '}'
  return wrk.format("PUT", "/api/v1/attempts/" .. attempt .. "/answers/" .. question,
    {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
end

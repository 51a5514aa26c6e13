-- Shared by question-page.lua and save-answer.lua: reads the attempts written by make-attempts.py
-- (path in the environment variable ATTEMPTS) and gives each wrk thread its own share of them.
local M = {}

function M.load()
  local path = os.getenv("ATTEMPTS")
  local attempts = {}
  for line in io.lines(path) do
    local id, token, total, question, a, b, csrf = line:match("^(%S+) (%S+) (%d+) (%S+) (%S+) (%S+) (%S+)$")
    if id then
      attempts[#attempts + 1] = {id = id, token = token, total = tonumber(total), question = question, a = a, b = b,
        csrf = csrf}
    end
  end
  assert(#attempts > 0, "no attempts in " .. tostring(path))
  return attempts
end

-- The attempts of thread `index` (1-based) out of `count` threads: every count-th one, so threads never share one.
function M.share(attempts, index, count)
  local mine = {}
  for i = index, #attempts, count do
    mine[#mine + 1] = attempts[i]
  end
  return mine
end

return M

-- Rotates the requests over several signed-in sessions (one per simulated user), read
-- from the file named by the SESSIONS environment variable, one cookie value per line.
local sessions = {}
for line in io.lines(os.getenv("SESSIONS")) do
  sessions[#sessions + 1] = line
end
local counter = 0
request = function()
  counter = counter + 1
  local cookie = sessions[(counter % #sessions) + 1]
  return wrk.format("GET", nil, { ["Cookie"] = "HOAGIAI_SESSION=" .. cookie })
end

-- One of the paths in PATHS (space-separated) at random per request (bench/indicators.sh).
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "/", "%S+") do paths[#paths + 1] = p end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end

-- The team list of one commune with compliance figures, a different commune each time.
-- COMMUNES holds the unit ids (set by bench/national.sh from the database).
local ids = {}
for id in string.gmatch(os.getenv("COMMUNES") or "", "%d+") do ids[#ids + 1] = id end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/api/v1/teams?size=50&unitId=" .. ids[math.random(#ids)])
end

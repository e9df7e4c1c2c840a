-- The case list page of the officer's own commune (HTML, 30 rows with party names and
-- the counts), pages 0-4 and a status filter now and then. UNIT is the commune's id.
local unit = os.getenv("UNIT") or ""
local statuses = { "", "", "", "&status=CLOSED", "&status=IN_PROGRESS" }
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/cases?unitId=" .. unit .. "&page=" .. math.random(0, 4)
    .. statuses[math.random(#statuses)], { ["Accept"] = "text/html" })
end

-- The case list page of the officer's own commune (HTML, 30 rows with party names and
-- the counts), pages 0-4 and a status filter now and then. UNIT is the commune's id.
local unit = os.getenv("UNIT") or ""
local statuses = { "", "", "", "&status=CLOSED", "&status=IN_PROGRESS" }
math.randomseed(os.time())
-- wrk.format replaces wrk.headers (the session cookie given with -H) when given headers
local headers = {}
for k, v in pairs(wrk.headers) do headers[k] = v end
headers["Accept"] = "text/html"
request = function()
  return wrk.format("GET", "/cases?unitId=" .. unit .. "&page=" .. math.random(0, 4)
    .. statuses[math.random(#statuses)], headers)
end

-- Case intake through the API: POST /api/v1/cases with a fresh Idempotency-Key, to a
-- random team of the officer's commune, parties with different names each time.
-- TEAMS holds the team ids, XSRF the CSRF token of the session (set by bench/cases.sh).
local teams = {}
for id in string.gmatch(os.getenv("TEAMS") or "", "%d+") do teams[#teams + 1] = id end
local xsrf = os.getenv("XSRF") or ""
local surnames = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ" }
local given = { "Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "Đức Hải", "Thị Hoa", "Minh Quý", "Thị Lan" }
local counter = 0
-- wrk.format replaces wrk.headers (the session cookie given with -H) when given headers
local function with_session(extra)
  local h = {}
  for k, v in pairs(wrk.headers) do h[k] = v end
  for k, v in pairs(extra) do h[k] = v end
  return h
end
-- each thread gets its own tag, so that no two requests share an Idempotency-Key
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("tag", os.time() .. "-" .. threads)
end
math.randomseed(os.time())
local function name()
  return surnames[math.random(#surnames)] .. " " .. given[math.random(#given)]
end
request = function()
  counter = counter + 1
  local body = string.format('{"teamId":%s,"receivedOn":"%s","ground":"PARTY_REQUEST","fieldCode":"NEIGHBOUR",'
    .. '"content":"Tranh chấp lối đi (bench %d)","parties":[{"role":"PARTY","kind":"INDIVIDUAL","fullName":"%s"},'
    .. '{"role":"PARTY","kind":"INDIVIDUAL","fullName":"%s"}]}',
    teams[math.random(#teams)], os.date("%Y-%m-%d"), counter, name(), name())
  return wrk.format("POST", "/api/v1/cases", with_session({
    ["Content-Type"] = "application/json", ["Accept"] = "application/json",
    ["X-XSRF-TOKEN"] = xsrf, ["Idempotency-Key"] = tag .. "-" .. counter }), body)
end

-- Mediator search by name typed without accents: random full names, surname + middle
-- name, and given names, drawn from the generator's name lists (vary every request).
local surnames = {"nguyen","tran","le","pham","hoang","huynh","phan","vu","vo","dang","bui","do","ho","ngo","duong","ly","nong","trieu","lo","ha","dinh","luong","ma"}
local middles = {"thi","van","duc","minh","quang","huu","cong","xuan","ngoc","thu","thanh","hong"}
local givens = {"hoa","lan","hue","mai","thu","huong","hang","nga","thao","yen","dung","lien","nhung","tuyet","trang","linh","phuong","hanh","loan","van","hung","dung","tuan","thang","binh","cuong","son","hai","long","tien","khanh","duc","hieu","dat","nam","phong","trung","vinh","thanh","tam","huy","kien","manh","nghia","phuc","tai","viet","dinh"}
math.randomseed(os.time())
local function pick(t) return t[math.random(#t)] end
request = function()
  local r = math.random(10)
  local q
  if r <= 6 then q = pick(surnames) .. "%20" .. pick(middles) .. "%20" .. pick(givens)
  elseif r <= 8 then q = pick(middles) .. "%20" .. pick(givens)
  else q = pick(surnames) .. "%20" .. pick(middles) .. "%20" .. string.sub(pick(givens), 1, 2) end
  return wrk.format("GET", "/api/v1/mediators?size=20&q=" .. string.upper(q))
end

-- A contest participant is withdrawn with a reason (did not come, entered by mistake),
-- never deleted: it stays in the contest's history, out of its ranking, its scores and
-- prizes, and of the schedule of who took part.
alter table trn_contest_participant add column withdrawn_reason varchar(500);
alter table trn_contest_participant add column withdrawn_at timestamp;

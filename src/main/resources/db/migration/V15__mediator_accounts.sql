-- A mediator's own sign-in account: what a team leader or mediator signed in may see is
-- their own record, their own team and (in the cases module) the cases they are assigned.
alter table med_mediator add column username varchar(100);
create unique index med_mediator_username_uk on med_mediator (username);

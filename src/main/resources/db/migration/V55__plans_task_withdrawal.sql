-- A task is withdrawn with a reason, never deleted; a target is edited with a version check.
alter table pln_task add column withdrawn_reason varchar(500);
alter table pln_task add column withdrawn_at timestamp;
alter table pln_target add column version bigint not null default 0;

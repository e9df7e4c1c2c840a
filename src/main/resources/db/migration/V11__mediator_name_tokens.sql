-- The search keys of each mediator's name: every tail of the folded name's words
-- ("nguyen thi hoa", "thi hoa", "hoa"), so that a name search is one indexed prefix match
-- instead of a scan of med_mediator. Maintained by the Mediator entity (NameTokens).
create table med_mediator_name_token (
  mediator_id bigint       not null references med_mediator (id),
  token       varchar(120) not null,
  primary key (mediator_id, token)
);

-- Existing mediators: the same tails, cut from name_folded at each space.
insert into med_mediator_name_token (mediator_id, token)
with recursive tails (mediator_id, token) as (
  select id, cast(name_folded as varchar(120)) from med_mediator where name_folded <> ''
  union all
  select mediator_id, cast(substring(token from position(' ' in token) + 1) as varchar(120))
  from tails where position(' ' in token) > 0
)
select distinct mediator_id, token from tails where token <> '';

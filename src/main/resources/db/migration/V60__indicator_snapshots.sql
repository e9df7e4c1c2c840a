-- Summary tables of the indicators module: one row per commune-level unit and standard
-- period (year or half-year) with the counts the plain queries make for that commune,
-- and a generation counter per commune that writers bump in their own transaction (see
-- IndicatorSnapshots). Row unit_id 0 of ind_snapshot_generation is the generation of
-- every commune at once (bumped by reorganisations and bulk loads).
create table ind_snapshot_generation (
  unit_id    bigint not null primary key,
  generation bigint not null
);

create table ind_snapshot (
  unit_id                bigint      not null,
  period_code            varchar(10) not null,
  period_from            date        not null,
  period_to              date        not null,
  as_of                  date        not null,
  mapped_on              date        not null,
  unit_generation        bigint      not null,
  all_generation         bigint      not null,
  teams                  bigint      not null,
  consolidated           bigint      not null,
  teams_too_small        bigint      not null,
  missing_members        bigint      not null,
  teams_without_woman    bigint      not null,
  teams_without_minority bigint      not null,
  teams_leader_problem   bigint      not null,
  teams_over_quota       bigint      not null,
  teams_with_legal       bigint      not null,
  mediators              bigint      not null,
  women                  bigint      not null,
  ethnic_minority        bigint      not null,
  cases_received         bigint      not null,
  successful             bigint      not null,
  unsuccessful           bigint      not null,
  in_progress            bigint      not null,
  referred               bigint      not null,
  late_starts            bigint      not null,
  typical_model          boolean     not null,
  trained                bigint,
  material_users         bigint,
  cases_by_field         varchar(4000) not null,
  computed_at            timestamp   not null,
  constraint ind_snapshot_pk primary key (period_code, unit_id)
);

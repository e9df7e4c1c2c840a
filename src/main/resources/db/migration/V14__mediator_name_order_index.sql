-- A name search picks its page by (id, name_folded) of the matching mediators; with both
-- in one index the database sorts them without visiting every matching row.
create index med_mediator_id_name_idx on med_mediator (id, name_folded);

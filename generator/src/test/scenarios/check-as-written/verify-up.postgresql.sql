select case when count(*) = 0 then 1 else 0 end from pg_constraint where connamespace = current_schema()::regnamespace and not convalidated
select case when count(*) = 0 then 1 else 0 end from pg_index i join pg_class t on t.oid = i.indrelid where t.relnamespace = current_schema()::regnamespace and not (i.indisvalid and i.indisready)

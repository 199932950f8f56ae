select case when count(*) = 0 then 1 else 0 end from pg_constraint where connamespace = current_schema()::regnamespace and contype in ('u', 'f', 'c')
select case when count(*) = 0 then 1 else 0 end from pg_attribute where attrelid = 'customer'::regclass and attname = 'name' and attnotnull

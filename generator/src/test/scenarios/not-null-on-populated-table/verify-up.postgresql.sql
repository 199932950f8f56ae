select case when count(*) = 0 then 1 else 0 end from pg_constraint where connamespace = current_schema()::regnamespace and conname like '%\_not\_null'
select case when count(*) = 0 then 1 else 0 end from pg_constraint where connamespace = current_schema()::regnamespace and not convalidated
select count(*) from pg_attribute where attrelid = 'customer'::regclass and attname = 'code' and attnotnull
select count(*) from pg_attribute where attrelid = 'customer'::regclass and attname = 'name' and attnotnull

select case when count(*) = 0 then 1 else 0 end from pg_constraint where connamespace = current_schema()::regnamespace and not convalidated

select count(*) from pg_constraint c join pg_index i on i.indexrelid = c.conindid join pg_class x on x.oid = i.indexrelid where c.conname = 'uk_customer_email' and c.contype = 'u' and x.relname = 'uk_customer_email' and i.indisunique and i.indisvalid and i.indisready
select count(*) from pg_index i join pg_class x on x.oid = i.indexrelid where x.relname = 'idx_customer_name' and i.indisvalid
select case when count(*) = 0 then 1 else 0 end from pg_index i join pg_class t on t.oid = i.indrelid where t.relnamespace = current_schema()::regnamespace and not (i.indisvalid and i.indisready)
select case when count(*) = 0 then 1 else 0 end from pg_constraint where connamespace = current_schema()::regnamespace and not convalidated
select case when count(*) = 0 then 1 else 0 end from pg_constraint where connamespace = current_schema()::regnamespace and conname like '%\_not\_null'
select case when count(*) = 2 then 1 else 0 end from pg_attribute where attrelid = 'customer'::regclass and attname in ('name', 'code') and attnotnull
select count(*) from pg_constraint where conname = 'fk_purchase_customer' and contype = 'f' and convalidated
select count(*) from pg_constraint where conname = 'ck_purchase_amount' and contype = 'c' and convalidated

select count(*) from pg_constraint c join pg_index i on i.indexrelid = c.conindid join pg_class x on x.oid = i.indexrelid where c.conname = 'customer_email_key' and c.contype = 'u' and x.relname = 'customer_email_key' and i.indisunique and i.indisvalid and i.indisready
select count(*) from pg_index i join pg_class x on x.oid = i.indexrelid where x.relname = 'idx_customer_name' and i.indisvalid
select case when count(*) = 0 then 1 else 0 end from pg_index i join pg_class t on t.oid = i.indrelid where t.relnamespace = current_schema()::regnamespace and not (i.indisvalid and i.indisready)

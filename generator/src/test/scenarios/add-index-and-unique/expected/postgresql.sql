-- up
alter table customer add constraint customer_email_key unique (email);
create index concurrently idx_customer_name on customer (name, created desc);

-- down
drop index concurrently idx_customer_name;
alter table customer drop constraint customer_email_key;

-- up
create unique index concurrently customer_email_key on customer (email);
alter table customer add constraint customer_email_key unique using index customer_email_key;
create index concurrently idx_customer_name on customer (name, created desc);

-- down
drop index concurrently idx_customer_name;
alter table customer drop constraint customer_email_key;

-- up
alter table customer add constraint customer_email_key unique (email);
create index idx_customer_name on customer (name, created desc);

-- down
drop index idx_customer_name on customer;
alter table customer drop index customer_email_key;

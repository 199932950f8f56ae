-- up
drop index idx_customer_name;
alter table customer drop constraint constraint_52;

-- down
alter table customer add constraint constraint_52 unique (email);
create index idx_customer_name on customer (name, created desc);

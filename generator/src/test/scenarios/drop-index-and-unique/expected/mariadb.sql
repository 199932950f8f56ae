-- up
drop index idx_customer_name on customer;
alter table customer drop index email;

-- down
alter table customer add constraint email unique (email);
create index idx_customer_name on customer (name, created desc);

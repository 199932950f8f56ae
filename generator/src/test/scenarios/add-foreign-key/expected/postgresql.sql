-- up
alter table purchase add constraint fk_purchase_customer foreign key (customer_id) references customer (id);

-- down
alter table purchase drop constraint fk_purchase_customer;

insert into customer (name) values ('Ada')
insert into orders (customer_id) select id from customer

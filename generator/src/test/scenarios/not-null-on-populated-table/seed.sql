insert into customer (name) values ('Ada')
insert into customer (name) values (null)

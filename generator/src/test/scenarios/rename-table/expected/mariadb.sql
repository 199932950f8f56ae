-- up
alter table customer rename to client;

-- down
alter table client rename to customer;

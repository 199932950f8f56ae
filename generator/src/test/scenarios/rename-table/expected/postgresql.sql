-- up
alter table customer rename to client;
alter index if exists customer_pkey rename to client_pkey;
alter sequence if exists customer_id_seq rename to client_id_seq;

-- down
alter table client rename to customer;
alter index if exists client_pkey rename to customer_pkey;
alter sequence if exists client_id_seq rename to customer_id_seq;

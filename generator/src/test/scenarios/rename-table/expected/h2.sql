-- up
alter table customer rename to client;
alter table orders drop constraint fk624gtjin3po807j3vix093tlf;
alter table orders add constraint fkto20ewbfkid1j3gdppgialr13 foreign key (customer_id) references client (id);

-- down
alter table orders drop constraint fkto20ewbfkid1j3gdppgialr13;
alter table orders add constraint fk624gtjin3po807j3vix093tlf foreign key (customer_id) references client (id);
alter table client rename to customer;

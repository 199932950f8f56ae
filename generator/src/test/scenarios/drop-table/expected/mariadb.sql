-- up
alter table note drop foreign key fk_note_customer;
alter table note drop index if exists fk_note_customer;
drop index idx_note_body on note;
drop table note;

-- down
create table note (
    customer_id bigint not null,
    id bigint not null auto_increment,
    body varchar(500),
    primary key (id)
);
create index idx_note_body on note (body);
alter table note add constraint fk_note_customer foreign key (customer_id) references customer (id);

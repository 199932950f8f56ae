-- up
create sequence product_seq start with 1 increment by 50;
create table product (
    active bit(1) not null,
    price decimal(10,2),
    id bigint not null,
    title varchar(120) not null,
    primary key (id)
);

-- down
drop table product;
drop sequence product_seq;

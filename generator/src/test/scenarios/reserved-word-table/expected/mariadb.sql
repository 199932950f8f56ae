-- up
create table `table` (
    id bigint not null auto_increment,
    order_id bigint,
    primary key (id)
);
alter table `order` add column `group` varchar(30);
update `order` set user = 'nobody' where user is null;
alter table `order` modify column user varchar(80) not null;
create index idx_order_user on `order` (user);
alter table `table` add constraint fk_table_order foreign key (order_id) references `order` (id);

-- down
alter table `table` drop foreign key fk_table_order;
alter table `table` drop index if exists fk_table_order;
drop index idx_order_user on `order`;
alter table `order` modify column user varchar(50);
alter table `order` drop column `group`;
drop table `table`;

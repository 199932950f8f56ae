-- The shop's schema as its Flyway migrations left it on MariaDB: the PostgreSQL script (schema-postgresql.sql) as
-- a MariaDB team writes it (auto_increment keys, datetime(6) audit columns defaulting to current_timestamp(6),
-- InnoDB tables, `position` quoted), with the same genuine discrepancies, without what MariaDB cannot have: the
-- unique index on lower(email) (MariaDB has no expression indexes:
-- https://mariadb.com/kb/en/create-index/) and the trigger, which Plumb does not inspect on MariaDB.
-- product.description is text, the entity's @Lob is longtext: one more genuine discrepancy.
create table customer (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    email varchar(255) not null,
    first_name varchar(80) not null,
    last_name varchar(80) not null,
    status varchar(20) not null default 'ACTIVE',
    constraint uq_customer_email unique (email)
) engine=InnoDB;
create table address (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    customer_id bigint not null,
    street varchar(200) not null,
    city varchar(100) not null,
    postal_code varchar(20),
    country varchar(2) not null default 'DE',
    constraint fk_address_customer foreign key (customer_id) references customer (id) on delete cascade
) engine=InnoDB;
create index idx_address_customer on address (customer_id);
create table category (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    name varchar(100) not null,
    parent_id bigint,
    constraint uq_category_name unique (name),
    constraint fk_category_parent foreign key (parent_id) references category (id) on delete set null
) engine=InnoDB;
create index idx_category_parent on category (parent_id);
create table product (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    sku varchar(40) not null,
    name varchar(200) not null,
    description text,
    price numeric(12,2) not null,
    constraint uq_product_sku unique (sku),
    constraint ck_product_price check (price >= 0)
) engine=InnoDB;
create table product_categories (
    product_id bigint not null,
    categories_id bigint not null,
    constraint pk_product_categories primary key (product_id, categories_id),
    constraint fk_product_categories_product foreign key (product_id) references product (id) on delete cascade,
    constraint fk_product_categories_category foreign key (categories_id) references category (id) on delete cascade
) engine=InnoDB;
create index idx_product_categories_category on product_categories (categories_id);
create table product_image (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    product_id bigint not null,
    url varchar(500) not null,
    `position` integer not null default 0,
    constraint fk_product_image_product foreign key (product_id) references product (id) on delete cascade
) engine=InnoDB;
create index idx_product_image_product on product_image (product_id, `position`);
create table supplier (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    name varchar(150) not null,
    contact_email varchar(255)
) engine=InnoDB;
create table warehouse (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    code varchar(10) not null,
    name varchar(100) not null
) engine=InnoDB;
create table stock_item (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    product_id bigint not null,
    warehouse_id bigint not null,
    supplier_id bigint,
    quantity integer not null default 0 check (quantity >= 0),
    constraint fk_stock_item_product foreign key (product_id) references product (id),
    constraint fk_stock_item_warehouse foreign key (warehouse_id) references warehouse (id) on delete cascade,
    constraint fk_stock_item_supplier foreign key (supplier_id) references supplier (id) on delete set null
) engine=InnoDB;
create unique index uq_stock_item_product_warehouse on stock_item (product_id, warehouse_id);
create index idx_stock_item_warehouse on stock_item (warehouse_id);
create table coupon (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    code varchar(30) not null,
    discount_percent integer not null check (discount_percent >= 1 and discount_percent <= 90),
    constraint uq_coupon_code unique (code)
) engine=InnoDB;
create table purchase_order (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    customer_id bigint not null,
    status varchar(20) not null default 'NEW'
        check (status in ('NEW', 'PAID', 'SHIPPED', 'CANCELLED')),
    ordered_at datetime(6) not null default current_timestamp(6),
    total numeric(12,2),
    coupon_id bigint,
    constraint fk_order_customer foreign key (customer_id) references customer (id),
    constraint fk_order_coupon foreign key (coupon_id) references coupon (id) on delete set null
) engine=InnoDB;
create index idx_order_customer on purchase_order (customer_id);
create index idx_order_status_ordered_at on purchase_order (status, ordered_at desc);
create table order_line (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    purchase_order_id bigint not null,
    product_id bigint not null,
    quantity integer not null default 1 check (quantity >= 1),
    unit_price numeric(12,2) not null,
    constraint fk_order_line_order foreign key (purchase_order_id) references purchase_order (id) on delete cascade,
    constraint fk_order_line_product foreign key (product_id) references product (id)
) engine=InnoDB;
create index idx_order_line_order on order_line (purchase_order_id);
create index idx_order_line_product on order_line (product_id);
create table payment (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    purchase_order_id bigint not null,
    amount numeric(12,2) not null,
    method varchar(20) check (method in ('CARD', 'TRANSFER', 'VOUCHER')),
    paid_at datetime(6),
    constraint fk_payment_order foreign key (purchase_order_id) references purchase_order (id) on delete cascade
) engine=InnoDB;
create index idx_payment_order on payment (purchase_order_id);
create table shipment (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    purchase_order_id bigint not null,
    carrier varchar(255),
    tracking_number varchar(100),
    shipped_at datetime(6),
    constraint fk_shipment_order foreign key (purchase_order_id) references purchase_order (id) on delete cascade
) engine=InnoDB;
create index idx_shipment_order on shipment (purchase_order_id);
create sequence invoice_number_seq start with 1000 increment by 1;
create table invoice (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    purchase_order_id bigint not null,
    number varchar(30) not null,
    issued_on date not null default (curdate()),
    constraint uq_invoice_number unique (number),
    constraint uq_invoice_order unique (purchase_order_id),
    constraint fk_invoice_order foreign key (purchase_order_id) references purchase_order (id)
) engine=InnoDB;
create table review (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    product_id bigint not null,
    customer_id bigint,
    rating integer not null check (rating >= 1 and rating <= 5),
    body varchar(2000),
    constraint fk_review_product foreign key (product_id) references product (id) on delete cascade,
    constraint fk_review_customer foreign key (customer_id) references customer (id) on delete set null
) engine=InnoDB;
create index idx_review_product on review (product_id);
create index idx_review_customer on review (customer_id);
create table wishlist (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    customer_id bigint not null,
    name varchar(100) not null default 'Wishlist',
    constraint fk_wishlist_customer foreign key (customer_id) references customer (id) on delete cascade
) engine=InnoDB;
create index idx_wishlist_customer on wishlist (customer_id);
create table wishlist_item (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    wishlist_id bigint not null,
    product_id bigint not null,
    constraint fk_wishlist_item_wishlist foreign key (wishlist_id) references wishlist (id) on delete cascade,
    constraint fk_wishlist_item_product foreign key (product_id) references product (id) on delete cascade
) engine=InnoDB;
create unique index uq_wishlist_item on wishlist_item (wishlist_id, product_id);
create table app_user (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    username varchar(50) not null,
    password_hash varchar(100) not null,
    role varchar(20) not null default 'CUSTOMER',
    constraint uq_app_user_username unique (username)
) engine=InnoDB;
create table audit_log_entry (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    actor_id bigint,
    action varchar(50) not null,
    details longtext,
    constraint fk_audit_log_entry_actor foreign key (actor_id) references app_user (id) on delete set null
) engine=InnoDB;
create index idx_audit_log_entry_created_at on audit_log_entry (created_at desc);
create table customer_preference_setting_for_notification_channel (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    created_at datetime(6) not null default current_timestamp(6),
    updated_at datetime(6),
    customer_id bigint not null,
    channel varchar(10) not null check (channel in ('EMAIL', 'SMS', 'PUSH')),
    enabled boolean not null default true,
    constraint fk_customer_preference_setting_for_notification_channel_customer
        foreign key (customer_id) references customer (id) on delete cascade
) engine=InnoDB;
create unique index uq_customer_preference_channel
    on customer_preference_setting_for_notification_channel (customer_id, channel);
-- ShedLock's table (net.javacrumbs.shedlock), as its README creates it
create table shedlock (
    name varchar(64) not null,
    lock_until timestamp(3) not null,
    locked_at timestamp(3) not null default current_timestamp(3),
    locked_by varchar(255) not null,
    primary key (name)
) engine=InnoDB;
create view order_totals as
    select o.id as order_id, o.customer_id, sum(l.quantity * l.unit_price) as lines_total
    from purchase_order o join order_line l on l.purchase_order_id = o.id
    group by o.id, o.customer_id;

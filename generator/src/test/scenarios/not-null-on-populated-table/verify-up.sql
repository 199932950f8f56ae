select case when count(*) = 2 then 1 else 0 end from customer where status = 'new' and code like 'C-%'
select count(*) from customer where name = 'unknown'
select count(*) from customer where name = 'Ada'

select case when count(*) = 2 then 1 else 0 end from customer where name = 'unknown'
select case when count(*) = 2 then 1 else 0 end from customer where email is not null

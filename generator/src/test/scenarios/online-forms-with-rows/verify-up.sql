select case when count(*) = 4 then 1 else 0 end from customer where code = 'C-' || id
select case when count(*) = 2 then 1 else 0 end from customer where name = 'unknown'
select case when count(*) = 2 then 1 else 0 end from purchase where customer_id is not null

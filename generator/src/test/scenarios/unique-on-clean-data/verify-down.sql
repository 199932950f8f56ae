select case when count(*) = 5 then 1 else 0 end from account

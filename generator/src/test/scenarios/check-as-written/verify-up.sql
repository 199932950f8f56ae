select count(*) from run where id = 1

select count(*) from reading where score = 10 and created = 20 and low = 1 and high = 9

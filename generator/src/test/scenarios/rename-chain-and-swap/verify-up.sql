select count(*) from reading where title = 10 and score = 20 and low = 9 and high = 1

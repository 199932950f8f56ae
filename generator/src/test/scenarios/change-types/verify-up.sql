select count(*) from account where visits = 2147483647 and note = 'kept' and balance = 12345678.91 and bio = 'short bio' and score = 42

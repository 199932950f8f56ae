select count(*) from customer where full_name = 'Ada Lovelace'

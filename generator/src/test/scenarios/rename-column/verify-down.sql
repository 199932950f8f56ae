select count(*) from customer where display_name = 'Ada Lovelace'

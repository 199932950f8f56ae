-- The database of the connection (what MariaDB calls a schema): the URL's database.
select database()

-- The connection's default schema: tables in it get an empty namespace in the model.
select current_schema()

-- up
alter table customer rename column display_name to full_name;

-- down
alter table customer rename column full_name to display_name;

-- up
alter table reading rename column score to title;
alter table reading rename column created to score;
alter table reading rename column high to high_plumb_swap;
alter table reading rename column low to high;
alter table reading rename column high_plumb_swap to low;

-- down
alter table reading rename column low to high_plumb_swap;
alter table reading rename column high to low;
alter table reading rename column high_plumb_swap to high;
alter table reading rename column score to created;
alter table reading rename column title to score;

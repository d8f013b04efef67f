-- A number per user that grows whenever anything a report of that user reads has changed: the user's rows in
-- ClickHouse, the user's own exchange rates. The row of the nil id grows when the ECB's reference rates do. A
-- server keeps a report's answer under the number it read before computing it (decision 49), so every server sees
-- at once that an answer is out of date.
create table report_stamps (
    user_id uuid   primary key,
    stamp   bigint not null
);

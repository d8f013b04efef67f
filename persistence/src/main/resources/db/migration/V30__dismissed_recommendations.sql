-- Recommendations a person dismissed (until a day, or for good), with the yearly effect they had then: one comes
-- back when the day has passed or its figures have changed materially (issue 16).
create table dismissed_recommendations (
    user_id           uuid          not null references users (id) on delete cascade,
    recommendation_id uuid          not null,
    impact            numeric(19,2) not null,
    until             date,
    dismissed_at      timestamptz   not null default now(),
    primary key (user_id, recommendation_id)
);

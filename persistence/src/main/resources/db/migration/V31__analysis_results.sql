-- What the analyse-worker found for a person (issue 16, decision 52): the regular payments and the recommendations
-- in each language, as of the report stamp (decision 49) and base currency they were computed for. A row whose
-- stamp or base currency is no longer the person's is stale: it is read by no one and replaced by the worker.
create table analysis_results (
    user_id         uuid        primary key references users (id) on delete cascade,
    stamp           bigint      not null,
    base_currency   char(3)     not null,
    recurring       jsonb       not null,
    recommendations jsonb       not null,
    computed_at     timestamptz not null default now()
);

-- Which server runs an import, which run of that server (a new one each start), and until when its lease holds
-- (decision 47): another server takes over a run only when its owner stopped renewing the lease, never a live job.
alter table import_runs
    add column owner_node        text,
    add column owner_incarnation uuid,
    add column lease_until       timestamptz;

create index import_runs_running_idx on import_runs (lease_until) where status = 'RUNNING';

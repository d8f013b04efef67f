-- Bank connections (issue 17): why a connection's last sync failed, in words a person can act on.
ALTER TABLE sources ADD COLUMN last_error text;

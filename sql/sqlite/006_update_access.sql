-- See sql/postgres/006_update_access.sql: what an update needs to reach an instance, and the
-- duration and measured downtime of updates and rollbacks. Only additions.
ALTER TABLE deployed_instances ADD COLUMN instance_number TEXT;
ALTER TABLE deployed_instances ADD COLUMN payload_profile TEXT;
ALTER TABLE deployed_instances ADD COLUMN profile_version TEXT;
ALTER TABLE deployed_instances ADD COLUMN release_folder TEXT;
ALTER TABLE deployment_history ADD COLUMN duration_ms INTEGER CHECK (duration_ms >= 0);
ALTER TABLE deployment_history ADD COLUMN downtime_ms INTEGER CHECK (downtime_ms >= 0);

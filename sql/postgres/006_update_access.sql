-- What an update needs to reach and act on an instance without its configuration file or any
-- secret (issue 11): the instance number (and so its layout), the payload profile and its version,
-- the release folder; and the duration and measured downtime of updates and rollbacks. Only
-- additions: no production column changes. The server's .version stays the truth.
ALTER TABLE deployed_instances
    ADD COLUMN IF NOT EXISTS instance_number VARCHAR(32),
    ADD COLUMN IF NOT EXISTS payload_profile TEXT,
    ADD COLUMN IF NOT EXISTS profile_version VARCHAR(64),
    ADD COLUMN IF NOT EXISTS release_folder TEXT;

ALTER TABLE deployment_history
    ADD COLUMN IF NOT EXISTS duration_ms BIGINT CHECK (duration_ms >= 0),
    ADD COLUMN IF NOT EXISTS downtime_ms BIGINT CHECK (downtime_ms >= 0);

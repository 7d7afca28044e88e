-- An instance rolled back (removed from its server) reads "removed", and putting a backup back is a
-- "restore" in its history. SQLite cannot change a CHECK constraint in place, so the two tables are
-- rebuilt the way SQLite documents (new table, copy, drop, rename; SchemaMigrator turns foreign key
-- enforcement off around an SQLite migration and checks the keys before it commits), with the same
-- columns, indexes, triggers and views. Every existing row stays as it was.
DROP VIEW IF EXISTS v_active_instances;
DROP VIEW IF EXISTS v_deployment_stats;

CREATE TABLE deployed_instances_005 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    instance_name TEXT NOT NULL,
    client_company TEXT,
    vds_ip TEXT,
    domain TEXT,
    deployed_version TEXT,
    deployed_at TEXT DEFAULT CURRENT_TIMESTAMP,
    last_health_check TEXT,
    status TEXT DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'error', 'removed')),
    notes TEXT,
    admin_email TEXT,
    admin_phone TEXT,
    telegram_bot_token TEXT,
    telegram_admin_ids TEXT,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP,
    updated_at TEXT DEFAULT CURRENT_TIMESTAMP,
    instance_uuid TEXT NOT NULL UNIQUE,
    ssh_host TEXT,
    ssh_port INTEGER CHECK (ssh_port BETWEEN 1 AND 65535),
    ssh_user TEXT,
    host_key_fingerprint TEXT,
    mode TEXT CHECK (mode IN ('production', 'test')),
    web_port INTEGER CHECK (web_port BETWEEN 1 AND 65535),
    db_name TEXT,
    app_folder TEXT,
    bot_username TEXT,
    sealed_credentials TEXT
);
INSERT INTO deployed_instances_005 (id, instance_name, client_company, vds_ip, domain, deployed_version, deployed_at, last_health_check, status, notes, admin_email, admin_phone, telegram_bot_token, telegram_admin_ids, created_at, updated_at, instance_uuid, ssh_host, ssh_port, ssh_user, host_key_fingerprint, mode, web_port, db_name, app_folder, bot_username, sealed_credentials)
    SELECT id, instance_name, client_company, vds_ip, domain, deployed_version, deployed_at, last_health_check, status, notes, admin_email, admin_phone, telegram_bot_token, telegram_admin_ids, created_at, updated_at, instance_uuid, ssh_host, ssh_port, ssh_user, host_key_fingerprint, mode, web_port, db_name, app_folder, bot_username, sealed_credentials FROM deployed_instances;
DROP TABLE deployed_instances;
ALTER TABLE deployed_instances_005 RENAME TO deployed_instances;

CREATE TABLE deployment_history_005 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    instance_id INTEGER REFERENCES deployed_instances(id) ON DELETE CASCADE,
    action TEXT NOT NULL CHECK (action IN ('deploy', 'update', 'rollback', 'health_check', 'restore')),
    from_version TEXT,
    to_version TEXT,
    initiated_by TEXT,
    started_at TEXT DEFAULT CURRENT_TIMESTAMP,
    completed_at TEXT,
    status TEXT DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'success', 'failed')),
    error_log TEXT,
    notes TEXT,
    operation_uuid TEXT NOT NULL UNIQUE,
    log_excerpt TEXT
);
INSERT INTO deployment_history_005 (id, instance_id, action, from_version, to_version, initiated_by, started_at, completed_at, status, error_log, notes, operation_uuid, log_excerpt)
    SELECT id, instance_id, action, from_version, to_version, initiated_by, started_at, completed_at, status, error_log, notes, operation_uuid, log_excerpt FROM deployment_history;
DROP TABLE deployment_history;
ALTER TABLE deployment_history_005 RENAME TO deployment_history;

CREATE INDEX IF NOT EXISTS deployed_instances_company_idx ON deployed_instances (client_company, id);
CREATE INDEX IF NOT EXISTS deployed_instances_health_idx ON deployed_instances (last_health_check, id);
CREATE INDEX IF NOT EXISTS deployed_instances_name_idx ON deployed_instances (instance_name, id);
CREATE INDEX IF NOT EXISTS deployed_instances_deployed_at_idx ON deployed_instances (deployed_at, id);
CREATE INDEX IF NOT EXISTS deployed_instances_status_idx ON deployed_instances (status, id);
CREATE INDEX IF NOT EXISTS deployment_history_instance_idx ON deployment_history (instance_id, started_at);

CREATE TRIGGER IF NOT EXISTS trg_deployed_instances_updated_at AFTER UPDATE ON deployed_instances
    FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE deployed_instances SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;

CREATE TRIGGER IF NOT EXISTS trg_deployed_instances_audit_insert AFTER INSERT ON deployed_instances
BEGIN
    INSERT INTO audit_log (action, target) VALUES ('deployed_instances.insert', NEW.instance_uuid);
END;

CREATE TRIGGER IF NOT EXISTS trg_deployed_instances_audit_update AFTER UPDATE ON deployed_instances
    WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    INSERT INTO audit_log (action, target) VALUES ('deployed_instances.update', NEW.instance_uuid);
END;

CREATE TRIGGER IF NOT EXISTS trg_deployment_history_audit_insert AFTER INSERT ON deployment_history
BEGIN
    INSERT INTO audit_log (action, target) VALUES ('deployment_history.insert', NEW.operation_uuid);
END;

CREATE VIEW IF NOT EXISTS v_active_instances AS
    SELECT * FROM deployed_instances WHERE status = 'active';

CREATE VIEW IF NOT EXISTS v_deployment_stats AS
    SELECT i.id AS instance_id, i.instance_name, i.client_company,
           COUNT(h.id) AS total_deployments,
           SUM(CASE WHEN h.status = 'success' THEN 1 ELSE 0 END) AS successful_deployments,
           SUM(CASE WHEN h.status = 'failed' THEN 1 ELSE 0 END) AS failed_deployments,
           MAX(h.completed_at) AS last_deployment
      FROM deployed_instances i
      LEFT JOIN deployment_history h ON h.instance_id = i.id
     GROUP BY i.id, i.instance_name, i.client_company;

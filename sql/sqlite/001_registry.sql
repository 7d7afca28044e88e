-- The embedded registry: the production registry's tables (same names and columns, so the same
-- queries serve both back ends) plus what KKT Deploy adds. SQLite has no roles: the file lives
-- in the user's application data folder and only that user can open it.

CREATE TABLE IF NOT EXISTS admin_users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    full_name TEXT,
    role TEXT NOT NULL DEFAULT 'deployer' CHECK (role IN ('superadmin', 'deployer')),
    is_active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP,
    updated_at TEXT DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS deployed_instances (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    instance_name TEXT NOT NULL,
    client_company TEXT,
    vds_ip TEXT,
    domain TEXT,
    deployed_version TEXT,
    deployed_at TEXT DEFAULT CURRENT_TIMESTAMP,
    last_health_check TEXT,
    status TEXT DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'error')),
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

CREATE TABLE IF NOT EXISTS deployment_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    instance_id INTEGER REFERENCES deployed_instances(id) ON DELETE CASCADE,
    action TEXT NOT NULL CHECK (action IN ('deploy', 'update', 'rollback', 'health_check')),
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

CREATE TABLE IF NOT EXISTS available_releases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    version TEXT NOT NULL UNIQUE,
    release_date TEXT,
    github_url TEXT,
    download_url TEXT,
    checksum_sha256 TEXT,
    notes TEXT,
    is_test_release INTEGER DEFAULT 0,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP
);

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

CREATE TRIGGER IF NOT EXISTS trg_admin_users_updated_at AFTER UPDATE ON admin_users
    FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE admin_users SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;

CREATE TRIGGER IF NOT EXISTS trg_deployed_instances_updated_at AFTER UPDATE ON deployed_instances
    FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE deployed_instances SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;

CREATE INDEX IF NOT EXISTS deployed_instances_company_idx ON deployed_instances (client_company, id);
CREATE INDEX IF NOT EXISTS deployed_instances_health_idx ON deployed_instances (last_health_check, id);
CREATE INDEX IF NOT EXISTS deployed_instances_name_idx ON deployed_instances (instance_name, id);
CREATE INDEX IF NOT EXISTS deployed_instances_deployed_at_idx ON deployed_instances (deployed_at, id);
CREATE INDEX IF NOT EXISTS deployed_instances_status_idx ON deployed_instances (status, id);
CREATE INDEX IF NOT EXISTS deployment_history_instance_idx ON deployment_history (instance_id, started_at);

CREATE TABLE IF NOT EXISTS registry_keys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    public_key TEXT NOT NULL UNIQUE,
    created_by TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS deployment_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash TEXT NOT NULL UNIQUE,
    note TEXT,
    created_by TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    instance_id INTEGER REFERENCES deployed_instances(id) ON DELETE SET NULL
);

CREATE TABLE IF NOT EXISTS audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    actor TEXT NOT NULL DEFAULT 'local',
    action TEXT NOT NULL,
    target TEXT,
    details TEXT
);

CREATE TRIGGER IF NOT EXISTS trg_audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be changed or deleted');
END;

CREATE TRIGGER IF NOT EXISTS trg_audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be changed or deleted');
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

CREATE TRIGGER IF NOT EXISTS trg_registry_keys_audit_insert AFTER INSERT ON registry_keys
BEGIN
    INSERT INTO audit_log (action, target) VALUES ('registry_keys.insert', NEW.id);
END;

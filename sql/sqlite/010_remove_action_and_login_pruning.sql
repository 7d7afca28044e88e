-- See sql/postgres/010: a test instance's removal is a "remove" in its history, no longer a
-- "rollback", and the rows written before are converted (the notes' prefix as KKT Deploy wrote it,
-- in English or Russian). SQLite cannot change a CHECK constraint in place, so deployment_history is
-- rebuilt as in 005 (new table, copy, drop, rename; SchemaMigrator turns foreign key enforcement off
-- around it and checks the keys before it commits) with the same columns, index, trigger and view.
-- The embedded registry has no logins to prune; deployment_tokens keeps the same columns as the
-- central one so both read alike.
DROP VIEW IF EXISTS v_deployment_stats;

CREATE TABLE deployment_history_010 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    instance_id INTEGER REFERENCES deployed_instances(id) ON DELETE CASCADE,
    action TEXT NOT NULL CHECK (action IN ('deploy', 'update', 'rollback', 'health_check', 'restore', 'remove')),
    from_version TEXT,
    to_version TEXT,
    initiated_by TEXT,
    started_at TEXT DEFAULT CURRENT_TIMESTAMP,
    completed_at TEXT,
    status TEXT DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'success', 'failed')),
    error_log TEXT,
    notes TEXT,
    operation_uuid TEXT NOT NULL UNIQUE,
    log_excerpt TEXT,
    duration_ms INTEGER CHECK (duration_ms >= 0),
    downtime_ms INTEGER CHECK (downtime_ms >= 0)
);
INSERT INTO deployment_history_010 (id, instance_id, action, from_version, to_version, initiated_by, started_at, completed_at, status, error_log, notes, operation_uuid, log_excerpt, duration_ms, downtime_ms)
    SELECT id, instance_id, action, from_version, to_version, initiated_by, started_at, completed_at, status, error_log, notes, operation_uuid, log_excerpt, duration_ms, downtime_ms FROM deployment_history;
DROP TABLE deployment_history;
ALTER TABLE deployment_history_010 RENAME TO deployment_history;

CREATE INDEX IF NOT EXISTS deployed_instances_mode_idx ON deployed_instances (mode, id);
CREATE INDEX IF NOT EXISTS deployment_history_instance_idx ON deployment_history (instance_id, started_at);

CREATE TRIGGER IF NOT EXISTS trg_deployment_history_audit_insert AFTER INSERT ON deployment_history
BEGIN
    INSERT INTO audit_log (action, target) VALUES ('deployment_history.insert', NEW.operation_uuid);
END;

CREATE VIEW IF NOT EXISTS v_deployment_stats AS
    SELECT i.id AS instance_id, i.instance_name, i.client_company,
           COUNT(h.id) AS total_deployments,
           SUM(CASE WHEN h.status = 'success' THEN 1 ELSE 0 END) AS successful_deployments,
           SUM(CASE WHEN h.status = 'failed' THEN 1 ELSE 0 END) AS failed_deployments,
           MAX(h.completed_at) AS last_deployment
      FROM deployed_instances i
      LEFT JOIN deployment_history h ON h.instance_id = i.id
     GROUP BY i.id, i.instance_name, i.client_company;

UPDATE deployment_history SET action = 'remove'
 WHERE action = 'rollback'
   AND (notes LIKE 'TEST instance — removal %' OR notes LIKE 'ТЕСТОВЫЙ экземпляр — удаление %');

ALTER TABLE deployment_tokens ADD COLUMN login_dropped_at TEXT;

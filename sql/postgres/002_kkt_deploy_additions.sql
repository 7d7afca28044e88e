-- What KKT Deploy adds to the production registry. Only additions: no column of the production
-- tables is renamed, retyped or dropped, so older readers keep working.

-- A volatile default fills every existing row with its own UUID while the table is rewritten,
-- without firing the updated_at triggers: existing rows keep their timestamps.
ALTER TABLE deployed_instances
    ADD COLUMN IF NOT EXISTS instance_uuid UUID NOT NULL DEFAULT gen_random_uuid(),
    ADD COLUMN IF NOT EXISTS ssh_host VARCHAR(255),
    ADD COLUMN IF NOT EXISTS ssh_port INTEGER CHECK (ssh_port BETWEEN 1 AND 65535),
    ADD COLUMN IF NOT EXISTS ssh_user VARCHAR(64),
    ADD COLUMN IF NOT EXISTS host_key_fingerprint VARCHAR(128),
    ADD COLUMN IF NOT EXISTS mode VARCHAR(20) CHECK (mode IN ('production', 'test')),
    ADD COLUMN IF NOT EXISTS web_port INTEGER CHECK (web_port BETWEEN 1 AND 65535),
    ADD COLUMN IF NOT EXISTS db_name VARCHAR(63),
    ADD COLUMN IF NOT EXISTS app_folder TEXT,
    ADD COLUMN IF NOT EXISTS bot_username VARCHAR(64),
    -- Admin credentials sealed with the registry public key (libsodium sealed box, base64).
    ADD COLUMN IF NOT EXISTS sealed_credentials TEXT;
CREATE UNIQUE INDEX IF NOT EXISTS deployed_instances_instance_uuid_key ON deployed_instances (instance_uuid);

-- The client generates the operation UUID, so a retried write is recognised and recorded once.
ALTER TABLE deployment_history
    ADD COLUMN IF NOT EXISTS operation_uuid UUID NOT NULL DEFAULT gen_random_uuid(),
    ADD COLUMN IF NOT EXISTS log_excerpt TEXT;
CREATE UNIQUE INDEX IF NOT EXISTS deployment_history_operation_uuid_key ON deployment_history (operation_uuid);

-- The Registry tab sorts and filters in the database; these keep it fast on 100 000 instances.
CREATE INDEX IF NOT EXISTS deployed_instances_company_idx ON deployed_instances (client_company, id);
CREATE INDEX IF NOT EXISTS deployed_instances_health_idx ON deployed_instances (last_health_check, id);
CREATE INDEX IF NOT EXISTS deployed_instances_name_idx ON deployed_instances (instance_name, id);
CREATE INDEX IF NOT EXISTS deployed_instances_deployed_at_idx ON deployed_instances (deployed_at, id);
CREATE INDEX IF NOT EXISTS deployed_instances_status_idx ON deployed_instances (status, id);
CREATE INDEX IF NOT EXISTS deployment_history_instance_idx ON deployment_history (instance_id, started_at);

-- The registry's public key: anyone may seal with it; the private key stays in staff keychains.
CREATE TABLE IF NOT EXISTS registry_keys (
    id SERIAL PRIMARY KEY,
    public_key TEXT NOT NULL UNIQUE,
    created_by TEXT NOT NULL DEFAULT session_user,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One-time deployment tokens: only the SHA-256 of the token is stored.
CREATE TABLE IF NOT EXISTS deployment_tokens (
    id SERIAL PRIMARY KEY,
    token_hash CHAR(64) NOT NULL UNIQUE,
    note TEXT,
    created_by TEXT NOT NULL DEFAULT session_user,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ,
    instance_id INTEGER REFERENCES deployed_instances(id) ON DELETE SET NULL
);

-- Append-only audit log: who did what, when, to which target.
CREATE TABLE IF NOT EXISTS audit_log (
    id BIGSERIAL PRIMARY KEY,
    at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    actor TEXT NOT NULL DEFAULT session_user,
    action TEXT NOT NULL,
    target TEXT,
    details TEXT
);

CREATE OR REPLACE FUNCTION kkt_audit_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: rows cannot be changed or deleted'
        USING ERRCODE = 'insufficient_privilege';
END
$$;
DROP TRIGGER IF EXISTS trg_audit_log_immutable ON audit_log;
CREATE TRIGGER trg_audit_log_immutable BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION kkt_audit_immutable();
DROP TRIGGER IF EXISTS trg_audit_log_no_truncate ON audit_log;
CREATE TRIGGER trg_audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION kkt_audit_immutable();

-- Writes to the registry are audited by the database itself, whoever writes. SECURITY DEFINER so
-- that no application role needs INSERT on audit_log; session_user is still the signed-in role.
CREATE OR REPLACE FUNCTION kkt_audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    r jsonb;
    target text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        r := to_jsonb(OLD);
    ELSE
        r := to_jsonb(NEW);
    END IF;
    target := COALESCE(r->>'instance_uuid', r->>'operation_uuid', r->>'id');
    INSERT INTO audit_log (actor, action, target)
        VALUES (session_user, TG_TABLE_NAME || '.' || lower(TG_OP), target);
    RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS trg_deployed_instances_audit ON deployed_instances;
CREATE TRIGGER trg_deployed_instances_audit AFTER INSERT OR UPDATE OR DELETE ON deployed_instances
    FOR EACH ROW EXECUTE FUNCTION kkt_audit_row();
DROP TRIGGER IF EXISTS trg_deployment_history_audit ON deployment_history;
CREATE TRIGGER trg_deployment_history_audit AFTER INSERT OR UPDATE OR DELETE ON deployment_history
    FOR EACH ROW EXECUTE FUNCTION kkt_audit_row();
DROP TRIGGER IF EXISTS trg_deployment_tokens_audit ON deployment_tokens;
CREATE TRIGGER trg_deployment_tokens_audit AFTER INSERT OR UPDATE OR DELETE ON deployment_tokens
    FOR EACH ROW EXECUTE FUNCTION kkt_audit_row();
DROP TRIGGER IF EXISTS trg_registry_keys_audit ON registry_keys;
CREATE TRIGGER trg_registry_keys_audit AFTER INSERT OR UPDATE OR DELETE ON registry_keys
    FOR EACH ROW EXECUTE FUNCTION kkt_audit_row();

-- Events that are not row changes (e.g. a credentials view) are audited through this function.
CREATE OR REPLACE FUNCTION kkt_audit(p_action text, p_target text, p_details text) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    INSERT INTO audit_log (actor, action, target, details) VALUES (session_user, p_action, p_target, p_details);
$$;

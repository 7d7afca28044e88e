-- The production registry (kkt_master_registry) as it exists before KKT Deploy. Every statement
-- is conditional: on an empty database this creates the schema, on the production database it
-- finds everything in place and changes nothing, so existing rows and other readers keep working.

CREATE TABLE IF NOT EXISTS admin_users (
    id SERIAL PRIMARY KEY,
    email VARCHAR(255) NOT NULL UNIQUE,
    password_hash VARCHAR(255) NOT NULL,
    full_name VARCHAR(255),
    role VARCHAR(50) NOT NULL DEFAULT 'deployer' CHECK (role IN ('superadmin', 'deployer')),
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS deployed_instances (
    id SERIAL PRIMARY KEY,
    instance_name VARCHAR(255) NOT NULL,
    client_company VARCHAR(255),
    vds_ip VARCHAR(64),
    domain VARCHAR(255),
    deployed_version VARCHAR(50),
    deployed_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    last_health_check TIMESTAMP,
    status VARCHAR(20) DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'error')),
    notes TEXT,
    admin_email VARCHAR(255),
    admin_phone VARCHAR(50),
    telegram_bot_token VARCHAR(255),
    telegram_admin_ids TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS deployment_history (
    id SERIAL PRIMARY KEY,
    instance_id INTEGER REFERENCES deployed_instances(id) ON DELETE CASCADE,
    action VARCHAR(50) NOT NULL CHECK (action IN ('deploy', 'update', 'rollback', 'health_check')),
    from_version VARCHAR(50),
    to_version VARCHAR(50),
    initiated_by VARCHAR(255),
    started_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    completed_at TIMESTAMP,
    status VARCHAR(20) DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'success', 'failed')),
    error_log TEXT,
    notes TEXT
);

CREATE TABLE IF NOT EXISTS available_releases (
    id SERIAL PRIMARY KEY,
    version VARCHAR(50) NOT NULL UNIQUE,
    release_date TIMESTAMP,
    github_url TEXT,
    download_url TEXT,
    checksum_sha256 VARCHAR(64),
    notes TEXT,
    is_test_release BOOLEAN DEFAULT FALSE,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

-- Views are only created when missing: a production view with other columns stays as it is.
DO $$
BEGIN
    IF to_regclass('v_active_instances') IS NULL THEN
        EXECUTE 'CREATE VIEW v_active_instances AS
                 SELECT * FROM deployed_instances WHERE status = ''active''';
    END IF;
    IF to_regclass('v_deployment_stats') IS NULL THEN
        EXECUTE 'CREATE VIEW v_deployment_stats AS
                 SELECT i.id AS instance_id, i.instance_name, i.client_company,
                        COUNT(h.id) AS total_deployments,
                        COUNT(h.id) FILTER (WHERE h.status = ''success'') AS successful_deployments,
                        COUNT(h.id) FILTER (WHERE h.status = ''failed'') AS failed_deployments,
                        MAX(h.completed_at) AS last_deployment
                   FROM deployed_instances i
                   LEFT JOIN deployment_history h ON h.instance_id = i.id
                  GROUP BY i.id, i.instance_name, i.client_company';
    END IF;
END
$$;

-- updated_at triggers, only where a table has none yet.
CREATE OR REPLACE FUNCTION kkt_touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at = CURRENT_TIMESTAMP;
    RETURN NEW;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['admin_users', 'deployed_instances'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_trigger
                        WHERE tgrelid = to_regclass(t) AND NOT tgisinternal
                          AND pg_get_triggerdef(oid) ILIKE '%BEFORE UPDATE%') THEN
            EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I
                            FOR EACH ROW EXECUTE FUNCTION kkt_touch_updated_at()',
                           'trg_' || t || '_updated_at', t);
        END IF;
    END LOOP;
END
$$;

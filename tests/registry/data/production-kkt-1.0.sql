-- The production registry kkt_master_registry as the old shell scripts created it, built from the
-- table list in docs/payload-kkt-1.0.md, with rows. Deliberately not KKT Deploy's own baseline:
-- other trigger function names, a view with its own column list, a plaintext bot token row.
CREATE TABLE admin_users (
    id SERIAL PRIMARY KEY,
    email VARCHAR(255) UNIQUE NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    full_name VARCHAR(255),
    role VARCHAR(20) DEFAULT 'deployer' CHECK (role IN ('superadmin', 'deployer')),
    is_active BOOLEAN DEFAULT true,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE deployed_instances (
    id SERIAL PRIMARY KEY,
    instance_name VARCHAR(100) NOT NULL,
    client_company VARCHAR(255) NOT NULL,
    vds_ip VARCHAR(45) NOT NULL,
    domain VARCHAR(255),
    deployed_version VARCHAR(20),
    deployed_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    last_health_check TIMESTAMP,
    status VARCHAR(20) DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'error')),
    notes TEXT,
    admin_email VARCHAR(255),
    admin_phone VARCHAR(20),
    telegram_bot_token VARCHAR(255),
    telegram_admin_ids TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE deployment_history (
    id SERIAL PRIMARY KEY,
    instance_id INTEGER REFERENCES deployed_instances(id) ON DELETE CASCADE,
    action VARCHAR(50) NOT NULL CHECK (action IN ('deploy', 'update', 'rollback', 'health_check')),
    from_version VARCHAR(20),
    to_version VARCHAR(20),
    initiated_by VARCHAR(255),
    started_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    completed_at TIMESTAMP,
    status VARCHAR(20) DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'success', 'failed')),
    error_log TEXT,
    notes TEXT
);
CREATE TABLE available_releases (
    id SERIAL PRIMARY KEY,
    version VARCHAR(20) UNIQUE NOT NULL,
    release_date DATE,
    github_url TEXT,
    download_url TEXT,
    checksum_sha256 VARCHAR(64),
    notes TEXT,
    is_test_release BOOLEAN DEFAULT false,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);
CREATE VIEW v_active_instances AS
    SELECT id, instance_name, client_company, vds_ip, domain, deployed_version, last_health_check
      FROM deployed_instances WHERE status = 'active' ORDER BY instance_name;
CREATE VIEW v_deployment_stats AS
    SELECT di.instance_name, di.client_company, COUNT(dh.id) AS total_deployments,
           SUM(CASE WHEN dh.status = 'success' THEN 1 ELSE 0 END) AS successful,
           SUM(CASE WHEN dh.status = 'failed' THEN 1 ELSE 0 END) AS failed,
           MAX(dh.completed_at) AS last_deployment
      FROM deployed_instances di LEFT JOIN deployment_history dh ON di.id = dh.instance_id
     GROUP BY di.id, di.instance_name, di.client_company;
CREATE OR REPLACE FUNCTION update_updated_at_column() RETURNS TRIGGER AS $$
BEGIN
    NEW.updated_at = CURRENT_TIMESTAMP;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER update_admin_users_updated_at BEFORE UPDATE ON admin_users
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();
CREATE TRIGGER update_deployed_instances_updated_at BEFORE UPDATE ON deployed_instances
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();

INSERT INTO admin_users (email, password_hash, full_name, role) VALUES
    ('boss@kkt.example', '$2b$12$abcdefghijklmnopqrstuuJ4m1vBvX0yE3bqZ0wq8oN6xgG7Yt4kq', 'Главный Админ', 'superadmin'),
    ('ops@kkt.example', '$2b$12$abcdefghijklmnopqrstuuJ4m1vBvX0yE3bqZ0wq8oN6xgG7Yt4kr', 'Оператор', 'deployer');
INSERT INTO deployed_instances (instance_name, client_company, vds_ip, domain, deployed_version, deployed_at,
        last_health_check, status, admin_email, telegram_bot_token, telegram_admin_ids, updated_at) VALUES
    ('romashka-prod', 'ООО «Ромашка»', '203.0.113.10', 'kkt.romashka.example', '1.0.0', '2025-03-01 10:00:00',
     '2025-11-01 08:00:00', 'active', 'it@romashka.example', NULL, '111111', '2025-03-01 10:00:00'),
    ('vasilek-prod', 'ИП Васильев', '203.0.113.11', 'kkt.vasilek.example', '1.0.0', '2025-04-02 11:00:00',
     NULL, 'active', NULL, '123456789:AAE-legacy-plaintext-token-000000000', '222222', '2025-04-02 11:00:00'),
    ('old-client', 'Old Client LLC', '203.0.113.12', NULL, '0.9.0', '2024-01-01 09:00:00', NULL, 'inactive', NULL,
     NULL, NULL, '2024-01-01 09:00:00');
INSERT INTO deployment_history (instance_id, action, from_version, to_version, initiated_by, started_at,
        completed_at, status, error_log) VALUES
    (1, 'deploy', NULL, '1.0.0', 'ops@kkt.example', '2025-03-01 09:50:00', '2025-03-01 10:00:00', 'success', NULL),
    (2, 'deploy', NULL, '1.0.0', 'ops@kkt.example', '2025-04-02 10:40:00', '2025-04-02 11:00:00', 'success', NULL),
    (3, 'deploy', NULL, '0.9.0', 'boss@kkt.example', '2024-01-01 08:00:00', '2024-01-01 09:00:00', 'success', NULL),
    (3, 'update', '0.9.0', '1.0.0', 'boss@kkt.example', '2024-06-01 08:00:00', '2024-06-01 08:05:00', 'failed',
     'pip install failed');
INSERT INTO available_releases (version, release_date, github_url, checksum_sha256, is_test_release) VALUES
    ('0.9.0', '2023-12-20', 'https://github.com/example/kkt/releases/tag/v0.9.0', NULL, false),
    ('1.0.0', '2025-02-15', 'https://github.com/example/kkt/releases/tag/v1.0.0',
     'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', false);

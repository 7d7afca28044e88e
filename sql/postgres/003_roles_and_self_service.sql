-- Staff and self-service rights. The three roles are group roles without login; staff sign in as
-- their own login role that is a member of one of them (see sql/postgres/README.md). Creating the
-- roles needs CREATEROLE; when a DBA has created them beforehand the migration only grants.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['kkt_superadmin', 'kkt_deployer', 'kkt_selfservice'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END
$$;

-- Nothing reaches these tables through PUBLIC.
REVOKE ALL ON admin_users, deployed_instances, deployment_history, available_releases, registry_keys,
    deployment_tokens, audit_log, v_active_instances, v_deployment_stats, schema_migrations FROM PUBLIC;
REVOKE ALL ON FUNCTION kkt_audit(text, text, text), kkt_audit_row(), kkt_audit_immutable(),
    kkt_touch_updated_at() FROM PUBLIC;

-- Superadmins manage everything except the audit log, which nobody can change.
GRANT SELECT, INSERT, UPDATE, DELETE ON admin_users, deployed_instances, deployment_history,
    available_releases, registry_keys, deployment_tokens TO kkt_superadmin;
GRANT SELECT ON audit_log, v_active_instances, v_deployment_stats, schema_migrations TO kkt_superadmin;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO kkt_superadmin;
GRANT EXECUTE ON FUNCTION kkt_audit(text, text, text) TO kkt_superadmin;

-- Deployers record instances and their history, publish releases and hand out tokens.
GRANT SELECT, INSERT, UPDATE ON deployed_instances, deployment_history TO kkt_deployer;
GRANT SELECT, INSERT ON available_releases, deployment_tokens TO kkt_deployer;
GRANT SELECT ON registry_keys, v_active_instances, v_deployment_stats, schema_migrations TO kkt_deployer;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO kkt_deployer;
GRANT EXECUTE ON FUNCTION kkt_audit(text, text, text) TO kkt_deployer;

-- Self-service: a client server deploying itself with a one-time token. It can read nothing; it
-- can only redeem a valid token once (recording its own instance) and then record that
-- instance's history with the same token while it is valid (plus a day for a long deployment).
CREATE OR REPLACE FUNCTION kkt_token_hash(p_token text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(p_token, 'UTF8')), 'hex');
$$;

CREATE OR REPLACE FUNCTION kkt_redeem_token(p_token text, p_instance jsonb) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    tok deployment_tokens%ROWTYPE;
    new_id integer;
    new_uuid uuid;
BEGIN
    SELECT * INTO tok FROM deployment_tokens WHERE token_hash = kkt_token_hash(p_token) FOR UPDATE;
    IF NOT FOUND OR tok.used_at IS NOT NULL OR tok.expires_at <= now() THEN
        RAISE EXCEPTION 'deployment token refused: it is unknown, expired or already used'
            USING ERRCODE = 'invalid_authorization_specification';
    END IF;
    INSERT INTO deployed_instances (instance_uuid, instance_name, client_company, vds_ip, domain,
            deployed_version, status, admin_email, admin_phone, telegram_admin_ids, ssh_host, ssh_port,
            ssh_user, host_key_fingerprint, mode, web_port, db_name, app_folder, bot_username,
            sealed_credentials, deployed_at)
        VALUES (COALESCE((p_instance->>'instance_uuid')::uuid, gen_random_uuid()),
            p_instance->>'instance_name', p_instance->>'client_company', p_instance->>'vds_ip',
            p_instance->>'domain', p_instance->>'deployed_version',
            COALESCE(p_instance->>'status', 'active'), p_instance->>'admin_email',
            p_instance->>'admin_phone', p_instance->>'telegram_admin_ids', p_instance->>'ssh_host',
            (p_instance->>'ssh_port')::integer, p_instance->>'ssh_user',
            p_instance->>'host_key_fingerprint', p_instance->>'mode', (p_instance->>'web_port')::integer,
            p_instance->>'db_name', p_instance->>'app_folder', p_instance->>'bot_username',
            p_instance->>'sealed_credentials', CURRENT_TIMESTAMP)
        RETURNING id, instance_uuid INTO new_id, new_uuid;
    UPDATE deployment_tokens SET used_at = now(), instance_id = new_id WHERE id = tok.id;
    RETURN new_uuid;
END
$$;

CREATE OR REPLACE FUNCTION kkt_record_own_history(p_token text, p_history jsonb) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    tok deployment_tokens%ROWTYPE;
    inserted integer;
BEGIN
    SELECT * INTO tok FROM deployment_tokens WHERE token_hash = kkt_token_hash(p_token);
    IF NOT FOUND OR tok.used_at IS NULL OR tok.instance_id IS NULL
       OR tok.expires_at + interval '1 day' <= now() THEN
        RAISE EXCEPTION 'deployment token refused: it has not been redeemed or is no longer valid'
            USING ERRCODE = 'invalid_authorization_specification';
    END IF;
    INSERT INTO deployment_history (instance_id, operation_uuid, action, from_version, to_version,
            initiated_by, started_at, completed_at, status, error_log, notes, log_excerpt)
        VALUES (tok.instance_id, (p_history->>'operation_uuid')::uuid, p_history->>'action',
            p_history->>'from_version', p_history->>'to_version', session_user,
            COALESCE((p_history->>'started_at')::timestamptz, now()),
            (p_history->>'completed_at')::timestamptz, COALESCE(p_history->>'status', 'in_progress'),
            p_history->>'error_log', p_history->>'notes', p_history->>'log_excerpt')
        ON CONFLICT (operation_uuid) DO NOTHING;
    GET DIAGNOSTICS inserted = ROW_COUNT;
    IF inserted > 0 AND p_history->>'status' = 'success' AND p_history->>'to_version' IS NOT NULL THEN
        UPDATE deployed_instances SET deployed_version = p_history->>'to_version'
         WHERE id = tok.instance_id;
    END IF;
    RETURN inserted > 0;
END
$$;

REVOKE ALL ON FUNCTION kkt_token_hash(text), kkt_redeem_token(text, jsonb),
    kkt_record_own_history(text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kkt_redeem_token(text, jsonb), kkt_record_own_history(text, jsonb)
    TO kkt_selfservice, kkt_deployer, kkt_superadmin;

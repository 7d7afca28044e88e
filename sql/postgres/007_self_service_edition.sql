-- The self-service edition (kkt-deploy-client). A token is issued for one client company; the
-- client checks it without spending it, redeems it once (atomically: the row is locked, so of two
-- clients racing on one token exactly one wins), and from then on the token stands for that one
-- instance: it records the instance's result and history and reads back that instance only.
-- The self-service role still reads no table; every function below is SECURITY DEFINER and
-- touches only the row the token is bound to. No production column changes.

ALTER TABLE deployment_tokens ADD COLUMN IF NOT EXISTS client_company TEXT;

CREATE OR REPLACE FUNCTION kkt_ts(p_at timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
$$;

-- What the client may know about its token, without spending it: unknown, unused, expired,
-- used (by another instance) or yours (redeemed for p_instance, e.g. a resumed deployment).
CREATE OR REPLACE FUNCTION kkt_token_status(p_token text, p_instance uuid) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    tok deployment_tokens%ROWTYPE;
    bound uuid;
BEGIN
    SELECT * INTO tok FROM deployment_tokens WHERE token_hash = kkt_token_hash(p_token);
    IF NOT FOUND THEN
        RETURN jsonb_build_object('state', 'unknown');
    END IF;
    IF tok.used_at IS NOT NULL THEN
        SELECT instance_uuid INTO bound FROM deployed_instances WHERE id = tok.instance_id;
        RETURN jsonb_build_object('state', CASE WHEN bound = p_instance THEN 'yours' ELSE 'used' END,
                                  'client_company', tok.client_company,
                                  'expires_at', kkt_ts(tok.expires_at));
    END IF;
    RETURN jsonb_build_object('state', CASE WHEN tok.expires_at <= now() THEN 'expired' ELSE 'unused' END,
                              'client_company', tok.client_company, 'expires_at', kkt_ts(tok.expires_at));
END
$$;

-- Redeems the token once, recording the instance it creates; a second call for the same instance
-- (a retry or a resumed deployment) returns it again. The company is the one the token was issued
-- for. The messages say which of the refusals it is.
CREATE OR REPLACE FUNCTION kkt_redeem_token(p_token text, p_instance jsonb) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    tok deployment_tokens%ROWTYPE;
    bound uuid;
    new_id integer;
    new_uuid uuid;
BEGIN
    SELECT * INTO tok FROM deployment_tokens WHERE token_hash = kkt_token_hash(p_token) FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'deployment token refused: it is unknown — check that it was copied completely'
            USING ERRCODE = 'invalid_authorization_specification';
    END IF;
    IF tok.used_at IS NOT NULL THEN
        SELECT instance_uuid INTO bound FROM deployed_instances WHERE id = tok.instance_id;
        IF bound IS NOT NULL AND bound = (p_instance->>'instance_uuid')::uuid THEN
            RETURN bound;
        END IF;
        RAISE EXCEPTION 'deployment token refused: it was already used for another instance'
            USING ERRCODE = 'invalid_authorization_specification';
    END IF;
    IF tok.expires_at <= now() THEN
        RAISE EXCEPTION 'deployment token refused: it expired on % UTC', kkt_ts(tok.expires_at)
            USING ERRCODE = 'invalid_authorization_specification';
    END IF;
    INSERT INTO deployed_instances (instance_uuid, instance_name, client_company, vds_ip, domain,
            deployed_version, status, admin_email, admin_phone, telegram_admin_ids, ssh_host, ssh_port,
            ssh_user, host_key_fingerprint, mode, web_port, db_name, app_folder, bot_username,
            sealed_credentials, deployed_at, notes)
        VALUES (COALESCE((p_instance->>'instance_uuid')::uuid, gen_random_uuid()),
            p_instance->>'instance_name', COALESCE(tok.client_company, p_instance->>'client_company'),
            p_instance->>'vds_ip', p_instance->>'domain', p_instance->>'deployed_version',
            COALESCE(p_instance->>'status', 'active'), p_instance->>'admin_email',
            p_instance->>'admin_phone', p_instance->>'telegram_admin_ids', p_instance->>'ssh_host',
            (p_instance->>'ssh_port')::integer, p_instance->>'ssh_user',
            p_instance->>'host_key_fingerprint', 'production', (p_instance->>'web_port')::integer,
            p_instance->>'db_name', p_instance->>'app_folder', p_instance->>'bot_username',
            p_instance->>'sealed_credentials', CURRENT_TIMESTAMP, 'self-service')
        RETURNING id, instance_uuid INTO new_id, new_uuid;
    UPDATE deployment_tokens SET used_at = now(), instance_id = new_id WHERE id = tok.id;
    RETURN new_uuid;
END
$$;

-- The token's own instance, for the recording and reading functions; refuses anything else.
CREATE OR REPLACE FUNCTION kkt_token_instance(p_token text, p_writing boolean) RETURNS integer
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    tok deployment_tokens%ROWTYPE;
BEGIN
    SELECT * INTO tok FROM deployment_tokens WHERE token_hash = kkt_token_hash(p_token);
    IF NOT FOUND OR tok.used_at IS NULL OR tok.instance_id IS NULL
       OR (p_writing AND tok.expires_at + interval '1 day' <= now()) THEN
        RAISE EXCEPTION 'deployment token refused: it has not been redeemed or is no longer valid'
            USING ERRCODE = 'invalid_authorization_specification';
    END IF;
    RETURN tok.instance_id;
END
$$;

-- The result of the deployment for the token's instance: name, version, status, host key, sealed
-- credentials. Never its UUID, company or mode.
CREATE OR REPLACE FUNCTION kkt_record_own_instance(p_token text, p_instance jsonb) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    own integer := kkt_token_instance(p_token, true);
BEGIN
    UPDATE deployed_instances SET
        instance_name = COALESCE(p_instance->>'instance_name', instance_name),
        vds_ip = COALESCE(p_instance->>'vds_ip', vds_ip),
        domain = COALESCE(p_instance->>'domain', domain),
        domain_unicode = COALESCE(p_instance->>'domain_unicode', domain_unicode),
        deployed_version = p_instance->>'deployed_version',
        status = COALESCE(p_instance->>'status', status),
        admin_email = COALESCE(p_instance->>'admin_email', admin_email),
        admin_phone = COALESCE(p_instance->>'admin_phone', admin_phone),
        telegram_admin_ids = COALESCE(p_instance->>'telegram_admin_ids', telegram_admin_ids),
        ssh_host = COALESCE(p_instance->>'ssh_host', ssh_host),
        ssh_port = COALESCE((p_instance->>'ssh_port')::integer, ssh_port),
        ssh_user = COALESCE(p_instance->>'ssh_user', ssh_user),
        host_key_fingerprint = COALESCE(p_instance->>'host_key_fingerprint', host_key_fingerprint),
        web_port = COALESCE((p_instance->>'web_port')::integer, web_port),
        db_name = COALESCE(p_instance->>'db_name', db_name),
        app_folder = COALESCE(p_instance->>'app_folder', app_folder),
        bot_username = COALESCE(p_instance->>'bot_username', bot_username),
        sealed_credentials = COALESCE(p_instance->>'sealed_credentials', sealed_credentials),
        deployed_at = COALESCE((p_instance->>'deployed_at')::timestamptz, deployed_at),
        last_health_check = COALESCE((p_instance->>'last_health_check')::timestamptz, last_health_check)
     WHERE id = own;
    RETURN FOUND;
END
$$;

-- Read back: the token's instance and its history, nothing else.
CREATE OR REPLACE FUNCTION kkt_own_instance(p_token text) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT jsonb_strip_nulls(jsonb_build_object('instance_uuid', instance_uuid, 'instance_name', instance_name,
            'client_company', client_company, 'vds_ip', vds_ip, 'domain', domain,
            'deployed_version', deployed_version, 'status', status, 'admin_email', admin_email,
            'ssh_host', ssh_host, 'ssh_port', ssh_port, 'ssh_user', ssh_user,
            'host_key_fingerprint', host_key_fingerprint, 'mode', mode, 'bot_username', bot_username,
            'deployed_at', kkt_ts(deployed_at), 'last_health_check', kkt_ts(last_health_check)))
      FROM deployed_instances WHERE id = kkt_token_instance(p_token, false);
$$;

CREATE OR REPLACE FUNCTION kkt_own_history(p_token text) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT COALESCE(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('id', id,
            'operation_uuid', operation_uuid, 'action', action, 'from_version', from_version,
            'to_version', to_version, 'initiated_by', initiated_by, 'started_at', kkt_ts(started_at),
            'completed_at', kkt_ts(completed_at), 'status', status, 'error_log', error_log,
            'notes', notes)) ORDER BY started_at DESC, id DESC), '[]'::jsonb)
      FROM deployment_history WHERE instance_id = kkt_token_instance(p_token, false);
$$;

-- The registry's public key is public: the client seals its administrator's credentials with it.
CREATE OR REPLACE FUNCTION kkt_registry_public_key() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT public_key FROM registry_keys ORDER BY id DESC LIMIT 1;
$$;

REVOKE ALL ON FUNCTION kkt_ts(timestamptz), kkt_token_status(text, uuid), kkt_token_instance(text, boolean),
    kkt_record_own_instance(text, jsonb), kkt_own_instance(text), kkt_own_history(text),
    kkt_registry_public_key() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kkt_token_status(text, uuid), kkt_redeem_token(text, jsonb),
    kkt_record_own_instance(text, jsonb), kkt_own_instance(text), kkt_own_history(text),
    kkt_registry_public_key() TO kkt_selfservice, kkt_deployer, kkt_superadmin;

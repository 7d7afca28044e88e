-- Two things the registry did not tell truthfully. (1) A test instance's removal was written as a
-- "rollback" (notes "TEST instance — removal …") and counted among updates and roll backs: it gets
-- an action of its own, "remove", and the rows written before are converted (the notes' prefix as
-- KKT Deploy wrote it, in English or Russian). The production CHECK constraint only grows, found by
-- what it checks as in 005. (2) The logins of deployment keys (009) stayed after they could serve
-- no purpose: kkt_prune_token_logins() drops them, for staff only. No production column changes.
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint
              WHERE conrelid = 'deployment_history'::regclass AND contype = 'c'
                AND pg_get_constraintdef(oid) LIKE '%action%' AND pg_get_constraintdef(oid) LIKE '%health_check%'
    LOOP
        EXECUTE format('ALTER TABLE deployment_history DROP CONSTRAINT %I', c.conname);
    END LOOP;
END
$$;

ALTER TABLE deployment_history ADD CONSTRAINT deployment_history_action_check
    CHECK (action IN ('deploy', 'update', 'rollback', 'health_check', 'restore', 'remove'));

-- The Registry tab and `registry list --mode` filter and sort by production/TEST.
CREATE INDEX IF NOT EXISTS deployed_instances_mode_idx ON deployed_instances (mode, id);

UPDATE deployment_history SET action = 'remove'
 WHERE action = 'rollback'
   AND (notes LIKE 'TEST instance — removal %' OR notes LIKE 'ТЕСТОВЫЙ экземпляр — удаление %');

-- When the login was dropped (the name stays in login_role: the token had one).
ALTER TABLE deployment_tokens ADD COLUMN IF NOT EXISTS login_dropped_at TIMESTAMPTZ;

-- A key's login is of no more use when its token can no longer be redeemed (expired unused) or,
-- once redeemed, when the day the self-service functions give for recording the deployment is over
-- (the login's own VALID UNTIL): before that the client still records its results with it. Runs
-- with the rights of the role that applied the migrations (CREATEROLE, as for 009); every dropped
-- login is audited. A login somebody dropped by hand is only marked (dropped = false).
CREATE OR REPLACE FUNCTION kkt_prune_token_logins()
    RETURNS TABLE (token_id integer, login text, reason text, expires_at timestamptz, dropped boolean)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    tok deployment_tokens%ROWTYPE;
BEGIN
    FOR tok IN SELECT * FROM deployment_tokens t
                WHERE t.login_role IS NOT NULL AND t.login_dropped_at IS NULL
                  AND ((t.used_at IS NULL AND t.expires_at <= now())
                       OR (t.used_at IS NOT NULL AND t.expires_at + interval '1 day' <= now()))
                ORDER BY t.id FOR UPDATE
    LOOP
        token_id := tok.id;
        login := tok.login_role;
        reason := CASE WHEN tok.used_at IS NULL THEN 'expired' ELSE 'used' END;
        expires_at := tok.expires_at;
        dropped := EXISTS (SELECT 1 FROM pg_roles WHERE rolname = tok.login_role);
        IF dropped THEN
            EXECUTE format('DROP ROLE %I', tok.login_role);
            PERFORM kkt_audit('deployment_tokens.login_dropped', tok.login_role, reason);
        END IF;
        UPDATE deployment_tokens SET login_dropped_at = now() WHERE id = tok.id;
        RETURN NEXT;
    END LOOP;
END
$$;

REVOKE ALL ON FUNCTION kkt_prune_token_logins() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kkt_prune_token_logins() TO kkt_deployer, kkt_superadmin;

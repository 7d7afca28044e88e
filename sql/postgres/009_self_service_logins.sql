-- One pasteable deployment key (kkt-deploy-client): besides the token, the key carries a login of
-- its own, created when staff issue the token. The login is a member of kkt_selfservice and
-- nothing else (it reads no table; it can call the self-service functions of 003 and 007 only), it
-- expires with the token (plus the day the self-service functions allow for recording a long
-- deployment), and its password never reaches the registry in clear: staff send the SCRAM-SHA-256
-- verifier, computed on their computer. No password is shared between clients or built into the
-- client. Creating a login needs CREATEROLE: the function runs with the rights of the role that
-- applied this migration (see README.md), so staff themselves need none. No production column changes.

ALTER TABLE deployment_tokens ADD COLUMN IF NOT EXISTS login_role TEXT;

CREATE OR REPLACE FUNCTION kkt_issue_token_login(p_token_hash text, p_verifier text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    tok deployment_tokens%ROWTYPE;
    login text;
BEGIN
    IF p_verifier IS NULL
       OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'client login refused: the password must be given as a SCRAM-SHA-256 verifier'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO tok FROM deployment_tokens WHERE token_hash = p_token_hash FOR UPDATE;
    IF NOT FOUND OR tok.used_at IS NOT NULL OR tok.login_role IS NOT NULL THEN
        RAISE EXCEPTION 'client login refused: the token is unknown, used or has its login already'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    login := 'kkt_client_' || tok.id;
    EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOCREATEDB NOCREATEROLE '
                   'PASSWORD %L VALID UNTIL %L IN ROLE kkt_selfservice',
                   login, p_verifier, tok.expires_at + interval '1 day');
    UPDATE deployment_tokens SET login_role = login WHERE id = tok.id;
    RETURN login;
END
$$;

REVOKE ALL ON FUNCTION kkt_issue_token_login(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kkt_issue_token_login(text, text) TO kkt_deployer, kkt_superadmin;

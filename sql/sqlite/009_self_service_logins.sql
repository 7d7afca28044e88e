-- The login a deployment key carries (see sql/postgres/009). Keys are issued on the central
-- registry only; the embedded one keeps the same columns so both read alike.
ALTER TABLE deployment_tokens ADD COLUMN login_role TEXT;

-- The company a self-service token is issued for (see sql/postgres/007). Tokens are redeemed on the
-- central registry only; the embedded one keeps the same columns so both read alike.
ALTER TABLE deployment_tokens ADD COLUMN client_company TEXT;

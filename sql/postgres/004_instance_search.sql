-- Search in every script, fast on 100 000 instances. search_text holds the instance's name,
-- company, domain (punycode and, in domain_unicode, Unicode — written by KKT Deploy) and IP in
-- lower case. A generated column, so rows written by any tool are searchable and adding it fires
-- no trigger. lower() folds by ICU rules where PostgreSQL has ICU, so the result does not depend
-- on the database's locale (lower() under LC_CTYPE=C leaves Cyrillic as it is). pg_trgm is a
-- trusted extension: the database owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE deployed_instances ADD COLUMN IF NOT EXISTS domain_unicode TEXT;

DO $$
DECLARE
    folding text := '';
BEGIN
    IF EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu') THEN
        folding := ' COLLATE "und-x-icu"';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                    WHERE table_schema = current_schema() AND table_name = 'deployed_instances'
                      AND column_name = 'search_text') THEN
        EXECUTE format('ALTER TABLE deployed_instances ADD COLUMN search_text TEXT GENERATED ALWAYS AS '
                       '(lower((COALESCE(instance_name, '''') || '' '' || COALESCE(client_company, '''') '
                       '|| '' '' || COALESCE(domain, '''') || '' '' || COALESCE(domain_unicode, '''') '
                       '|| '' '' || COALESCE(vds_ip, ''''))%s)) STORED', folding);
    END IF;
END
$$;

CREATE INDEX IF NOT EXISTS deployed_instances_search_idx ON deployed_instances USING gin (search_text gin_trgm_ops);

-- An instance rolled back (removed from its server) reads "removed", and putting a backup back is a
-- "restore" in its history. The production CHECK constraints only grow: every existing row and
-- every value an older reader writes stays valid. The constraints are found by what they check,
-- whatever a production database named them.
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint
              WHERE conrelid = 'deployed_instances'::regclass AND contype = 'c'
                AND pg_get_constraintdef(oid) LIKE '%status%' AND pg_get_constraintdef(oid) LIKE '%inactive%'
    LOOP
        EXECUTE format('ALTER TABLE deployed_instances DROP CONSTRAINT %I', c.conname);
    END LOOP;
    FOR c IN SELECT conname FROM pg_constraint
              WHERE conrelid = 'deployment_history'::regclass AND contype = 'c'
                AND pg_get_constraintdef(oid) LIKE '%action%' AND pg_get_constraintdef(oid) LIKE '%health_check%'
    LOOP
        EXECUTE format('ALTER TABLE deployment_history DROP CONSTRAINT %I', c.conname);
    END LOOP;
END
$$;

ALTER TABLE deployed_instances ADD CONSTRAINT deployed_instances_status_check
    CHECK (status IN ('active', 'inactive', 'error', 'removed'));
ALTER TABLE deployment_history ADD CONSTRAINT deployment_history_action_check
    CHECK (action IN ('deploy', 'update', 'rollback', 'health_check', 'restore'));

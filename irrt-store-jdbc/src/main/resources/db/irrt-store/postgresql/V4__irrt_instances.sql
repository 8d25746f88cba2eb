-- irrt JDBC store, PostgreSQL, version 4: a workflow's instances by index. Flyway naming, as version 1.

-- Every instance has one event at version 1, so a workflow's instance ids are its rows at version 1:
-- found by this partial index, one entry per instance, read instead of every event of the workflow
-- (WorkflowStore.instanceIds).
CREATE INDEX irrt_events_instances ON irrt_events (workflow, instance_id) WHERE version = 1;

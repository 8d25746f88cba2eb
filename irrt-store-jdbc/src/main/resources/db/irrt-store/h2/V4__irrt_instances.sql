-- irrt JDBC store, H2 2.x, version 4: a workflow's instances by index. Flyway naming, as version 1.

-- Every instance has one event at version 1, so a workflow's instance ids are its rows at version 1:
-- found by this index, one entry read per instance, not every event of the workflow
-- (WorkflowStore.instanceIds). (H2 has no partial index: this one has a row per event.)
CREATE INDEX irrt_events_instances ON irrt_events (workflow, version, instance_id);

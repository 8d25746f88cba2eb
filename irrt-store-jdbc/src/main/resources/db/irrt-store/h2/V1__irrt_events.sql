-- irrt JDBC store, H2 2.x, version 1: the events, the append lock, the subscribers' checkpoints.
-- Flyway naming; a host's Flyway reads it with locations = classpath:db/irrt-store/h2.

-- One row per event, for every workflow of the host: workflow names the store (one per workflow,
-- e.g. 'membership-application'). global_position is handed out under the append lock, across all
-- workflows, so positions follow commit order; (workflow, instance_id, version) is unique, so a stale
-- append cannot land.
CREATE TABLE irrt_events (
  global_position BIGINT PRIMARY KEY,
  workflow CHARACTER VARYING NOT NULL,
  instance_id CHARACTER VARYING NOT NULL,
  version BIGINT NOT NULL,
  event_type CHARACTER VARYING NOT NULL,
  type_version INTEGER NOT NULL,
  payload CHARACTER LARGE OBJECT NOT NULL,
  actor CHARACTER VARYING NOT NULL,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  idempotency_key CHARACTER VARYING,
  -- the event's place among the events of its command that carry the key (0 for the first)
  key_seq INTEGER,
  CONSTRAINT irrt_events_instance_version UNIQUE (workflow, instance_id, version),
  CONSTRAINT irrt_events_key_seq CHECK ((idempotency_key IS NULL) = (key_seq IS NULL))
);

-- A key is used by one command per instance (its first event has key_seq 0), and found by index.
-- (H2 has no partial index; rows without a key hold NULLs, which a unique index allows many times.)
CREATE UNIQUE INDEX irrt_events_instance_key ON irrt_events (workflow, instance_id, idempotency_key, key_seq);

-- A workflow's events in global order, for its subscribers and projections.
CREATE INDEX irrt_events_workflow_position ON irrt_events (workflow, global_position);

-- One row: every append and every exclusive work locks it (SELECT ... FOR UPDATE) until commit.
CREATE TABLE irrt_append_lock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_position BIGINT NOT NULL
);
INSERT INTO irrt_append_lock (id, last_position) VALUES (1, 0);

-- The position of the last event each subscriber of a workflow handled.
CREATE TABLE irrt_checkpoints (
  workflow CHARACTER VARYING NOT NULL,
  subscriber CHARACTER VARYING NOT NULL,
  last_position BIGINT NOT NULL,
  PRIMARY KEY (workflow, subscriber)
);

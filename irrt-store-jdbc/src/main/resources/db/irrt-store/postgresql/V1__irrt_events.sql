-- irrt JDBC store, PostgreSQL, version 1: the events, the append lock, the subscribers' checkpoints.
-- Flyway naming; a host's Flyway reads it with locations = classpath:db/irrt-store/postgresql.

-- One row per event, for every workflow of the host: workflow names the store (one per workflow,
-- e.g. 'membership-application'). global_position is handed out under the append lock, across all
-- workflows, so positions follow commit order; (workflow, instance_id, version) is unique, so a stale
-- append cannot land.
CREATE TABLE irrt_events (
  global_position bigint PRIMARY KEY,
  workflow text NOT NULL,
  instance_id text NOT NULL,
  version bigint NOT NULL,
  event_type text NOT NULL,
  type_version integer NOT NULL,
  payload jsonb NOT NULL,
  actor text NOT NULL,
  occurred_at timestamp with time zone NOT NULL,
  idempotency_key text,
  -- the event's place among the events of its command that carry the key (0 for the first)
  key_seq integer,
  CONSTRAINT irrt_events_instance_version UNIQUE (workflow, instance_id, version),
  CONSTRAINT irrt_events_key_seq CHECK ((idempotency_key IS NULL) = (key_seq IS NULL))
);

-- A key is used by one command per instance (its first event has key_seq 0), and found by index.
CREATE UNIQUE INDEX irrt_events_instance_key ON irrt_events (workflow, instance_id, idempotency_key, key_seq)
  WHERE idempotency_key IS NOT NULL;

-- A workflow's events in global order, for its subscribers and projections.
CREATE INDEX irrt_events_workflow_position ON irrt_events (workflow, global_position);

-- One row: every append and every exclusive work locks it (SELECT ... FOR UPDATE) until commit.
CREATE TABLE irrt_append_lock (
  id integer PRIMARY KEY CHECK (id = 1),
  last_position bigint NOT NULL
);
INSERT INTO irrt_append_lock (id, last_position) VALUES (1, 0);

-- The position of the last event each subscriber of a workflow handled.
CREATE TABLE irrt_checkpoints (
  workflow text NOT NULL,
  subscriber text NOT NULL,
  last_position bigint NOT NULL,
  PRIMARY KEY (workflow, subscriber)
);

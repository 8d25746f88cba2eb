-- irrt JDBC store, H2 2.x, version 2: personal data kept beside the events, which erasure clears
-- (WorkflowStore.erase; issue 18 item 3). Flyway naming, as version 1.

-- One row per data subject whose personal data the store holds ('member:<id>' or 'pledge:<id>'),
-- shared by every workflow's store on the database: one pseudonym per person in every workflow.
-- Handed out by the first append that holds the subject's data, under the append lock; the
-- primary key stands behind it. The key is as personal as the id it holds: it is kept here and in
-- irrt_personal_data only, never in irrt_events.
CREATE TABLE irrt_subjects (
  subject_key CHARACTER VARYING PRIMARY KEY,
  pseudonym CHARACTER VARYING NOT NULL
);

-- The full form of each event that holds personal data, by the event's position; irrt_events holds
-- its erased form (made with the subject's pseudonym), and every read gives this one while it is
-- here. Erasure deletes a subject's rows here, then its row in irrt_subjects.
CREATE TABLE irrt_personal_data (
  global_position BIGINT PRIMARY KEY REFERENCES irrt_events (global_position),
  subject_key CHARACTER VARYING NOT NULL REFERENCES irrt_subjects (subject_key),
  payload CHARACTER LARGE OBJECT NOT NULL
);

-- Erasure finds a subject's rows by index.
CREATE INDEX irrt_personal_data_subject ON irrt_personal_data (subject_key);

-- A host's own first migration: version 1, like the store's. irrt's history table keeps them apart.
CREATE TABLE host_notes (id INTEGER PRIMARY KEY, note VARCHAR(100));

/**
 * The JDBC store: {@link org.irrt.store.jdbc.JdbcWorkflowStore} (events, append lock, checkpoints),
 * {@link org.irrt.store.jdbc.EventCodec} (event records to JSON text and back, through the host's
 * adapter), {@link org.irrt.store.jdbc.JdbcRegisters} (the registers, campaigns and round tables,
 * one row per {@link org.irrt.store.jdbc.EntryKind entry}), {@link org.irrt.store.jdbc.Schema} (applies the versioned SQL files for hosts without
 * Flyway or Liquibase), {@link org.irrt.store.jdbc.Dialect} and {@link
 * org.irrt.store.jdbc.StoreException}.
 */
@NullMarked
package org.irrt.store.jdbc;

import org.jspecify.annotations.NullMarked;

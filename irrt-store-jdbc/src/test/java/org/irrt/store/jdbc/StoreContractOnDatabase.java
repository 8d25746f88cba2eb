package org.irrt.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import org.irrt.store.jdbc.testing.Databases;
import org.irrt.workflow.WorkflowEvent;
import org.irrt.workflow.WorkflowStore;
import org.irrt.workflow.testing.WorkflowStoreContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The store contract of irrt-workflows ({@link WorkflowStoreContract}, also run against the
 * in-memory store) on a database: a new database per store, a pool of 8 connections, the store in its
 * own transactions.
 */
abstract class StoreContractOnDatabase extends WorkflowStoreContract {
  private final List<HikariDataSource> pools = new ArrayList<>();

  abstract Databases database();

  boolean jackson3() {
    return false;
  }

  @Override
  protected <E extends WorkflowEvent> WorkflowStore<E> newStore(Class<E> eventType) {
    HikariDataSource pool = Databases.pool(database().create(), 8);
    pools.add(pool);
    EventCodec<E> codec = jackson3()
        ? EventCodec.of(eventType, org.irrt.jackson3.IrrtJson::write, org.irrt.jackson3.IrrtJson::read).build()
        : EventCodec.of(eventType, org.irrt.jackson2.IrrtJson::write, org.irrt.jackson2.IrrtJson::read).build();
    return JdbcWorkflowStore.of(pool, database().dialect(), eventType.getSimpleName(), codec);
  }

  @AfterEach
  void close() {
    pools.forEach(HikariDataSource::close);
  }
}


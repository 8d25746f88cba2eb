package org.irrt.store.jdbc;

import org.irrt.store.jdbc.testing.Databases;

/** The store contract on PostgreSQL, the Jackson 2 adapter. */
class PostgresStoreContractTest extends StoreContractOnDatabase {
  @Override
  Databases database() {
    return Databases.POSTGRESQL;
  }
}

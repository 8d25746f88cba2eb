package org.irrt.store.jdbc;

import org.irrt.store.jdbc.testing.Databases;

/** The erasure contract on PostgreSQL, the Jackson 2 adapter. */
class PostgresErasureContractTest extends ErasureContractOnDatabase {
  @Override
  Databases database() {
    return Databases.POSTGRESQL;
  }
}

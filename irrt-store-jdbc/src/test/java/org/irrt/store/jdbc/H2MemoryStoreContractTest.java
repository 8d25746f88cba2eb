package org.irrt.store.jdbc;

import org.irrt.store.jdbc.testing.Databases;

/** The store contract on H2 in memory, the Jackson 2 adapter. */
class H2MemoryStoreContractTest extends StoreContractOnDatabase {
  @Override
  Databases database() {
    return Databases.H2_MEMORY;
  }
}

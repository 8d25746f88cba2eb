package org.irrt.store.jdbc;

import org.irrt.store.jdbc.testing.Databases;

/** The erasure contract on H2 in memory, the Jackson 2 adapter. */
class H2MemoryErasureContractTest extends ErasureContractOnDatabase {
  @Override
  Databases database() {
    return Databases.H2_MEMORY;
  }
}

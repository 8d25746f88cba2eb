package org.irrt.store.jdbc;

import org.irrt.store.jdbc.testing.Databases;

/** The erasure contract on H2 in a file, the Jackson 3 adapter. */
class H2FileErasureContractTest extends ErasureContractOnDatabase {
  @Override
  Databases database() {
    return Databases.H2_FILE;
  }

  @Override
  boolean jackson3() {
    return true;
  }
}

package org.irrt.spring.boot;

import java.util.Objects;
import org.irrt.store.jdbc.Dialect;

/**
 * How the starter set up the JDBC store's schema on the host's database.
 *
 * @param dialect the database's dialect
 * @param by {@code flyway} (the host's Flyway library, with irrt's own history table {@value
 *     #FLYWAY_TABLE}), {@code schema-apply} ({@code Schema.apply}, no Flyway on the class path) or
 *     {@code none} ({@code irrt.store.initialize-schema=false}: the host applies it)
 */
public record IrrtSchema(Dialect dialect, String by) {
  /** The history table of irrt's Flyway migrations, apart from the host's own. */
  public static final String FLYWAY_TABLE = "irrt_flyway_schema_history";

  /**
   * Checks the parts.
   *
   * @throws NullPointerException when a part is null
   */
  public IrrtSchema {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(by, "by");
  }
}

/**
 * A {@link org.irrt.workflow.WorkflowStore} over a host's {@link javax.sql.DataSource}: plain JDBC,
 * one row per event, for H2 and PostgreSQL. The schema is in {@code db/irrt-store/h2} and {@code
 * db/irrt-store/postgresql} (Flyway naming), outside any package, so a host's Flyway or Liquibase
 * reads it on the module path too.
 */
module org.irrt.store.jdbc {
  requires transitive org.irrt.workflow;
  requires transitive java.sql;

  exports org.irrt.store.jdbc;
}

package org.irrt.spring.boot;

import org.irrt.model.common.InvalidValueException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Reports a start that irrt's settings stopped as Spring Boot reports a wrong setting of its own
 * ("APPLICATION FAILED TO START", a description and an action), rather than as a wall of stack
 * trace: a settings file that is not valid ({@code irrt.membership-types}, {@code irrt.campaigns},
 * {@code irrt.round-table}: its name and every problem at its JSON path, from the {@link
 * InvalidValueException}), one that cannot be read, or wrong settings (an on/off setting that is
 * neither true nor false, a value out of its range or unreadable, a name that is none of irrt's
 * settings: every one at once, {@link SettingsCheck}); several {@code DataSource}s,
 * none primary; or irrt's tables that could not be applied (a schema that does not exist, a
 * database user who may not create: the database's reason, the schema and the user). Registered in {@code META-INF/spring.factories}
 * (Spring Boot's {@code FailureAnalyzer} extension point).
 */
public final class IrrtSettingsFailureAnalyzer implements FailureAnalyzer {
  /** Created by Spring Boot. */
  public IrrtSettingsFailureAnalyzer() {}

  /**
   * The analysis of a failed start, when irrt's settings caused it.
   *
   * @param failure what stopped the start
   * @return the description and action, or null when the failure is not irrt's settings' (an invalid
   *     value a host's own bean made at start is the host's, left to Spring Boot's report)
   */
  @Override
  public @Nullable FailureAnalysis analyze(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InvalidValueException invalid && invalid.subject().startsWith(IrrtAutoConfiguration.SETTINGS_FILE)) {
        return new FailureAnalysis(invalid.getMessage(), "Correct each value named above, at its path in the "
            + "file (\"[0].id\" is the id of the file's first entry).", invalid);
      }
      if (t instanceof IrrtAutoConfiguration.WrongSettings settings) {
        return new FailureAnalysis(settings.getMessage(), "Correct each setting named above (a switch is true or "
            + "false; irrt's settings and their defaults are listed in IrrtProperties' documentation), or leave it "
            + "out for its default.", settings);
      }
      if (t instanceof IrrtAutoConfiguration.NoSingleDataSource none) {
        return new FailureAnalysis(none.getMessage(), "Mark the DataSource of irrt's tables @Primary, or define "
            + "a bean of type IrrtStores (IrrtStores.jdbc(...) on the one you choose).", none);
      }
      if (t instanceof IrrtAutoConfiguration.SchemaNotApplied schema) {
        return new FailureAnalysis(schema.getMessage(), "irrt's tables go in the connection's current schema, where "
            + "its statements look for them (currentSchema=... in the JDBC URL, or the database user's search_path): "
            + "create that schema and let the user create in it, or have the database's administrator apply "
            + "irrt's migrations there and set irrt.store.initialize-schema=false; the user then needs only "
            + "SELECT, INSERT, UPDATE and DELETE on the tables and USAGE on the schema and its sequences.", schema);
      }
      if (t instanceof IrrtAutoConfiguration.UnreadableSettings unreadable) {
        Throwable why = unreadable.getCause();
        return new FailureAnalysis(unreadable.getMessage() + (why == null ? "" : ": " + why.getMessage()),
            "Make the setting name a file that exists (classpath:..., file:...), or leave the setting out.",
            unreadable);
      }
    }
    return null;
  }
}

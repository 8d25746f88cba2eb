package org.irrt.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Data sources that stand in for a host's: one handing out the host's transaction's connection (as
 * Spring's {@code TransactionAwareDataSourceProxy} does, with a JDK proxy like this one), and one that
 * drops the connection just before a chosen statement. Test code only.
 */
final class Wrapped {
  private Wrapped() {}

  /** Drops a connection: closes the physical connection, or has the server end it. */
  @FunctionalInterface
  interface Killer {
    void kill(Connection connection) throws SQLException;
  }

  /**
   * A data source whose connections are the host's transaction's: {@code close()} leaves it open.
   *
   * @param connection the host's connection
   * @return the data source
   */
  static DataSource hostTransaction(Connection connection) {
    return new Base(() -> (Connection) Proxy.newProxyInstance(Wrapped.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, m, args) -> m.getName().equals("close") ? null : call(connection, m, args)));
  }

  /**
   * A data source that, once armed, drops the connection just before the first statement whose SQL
   * starts with a prefix runs, or before the first commit when the prefix is {@code COMMIT}.
   */
  static final class Faulty extends Base {
    private final AtomicReference<String> armed = new AtomicReference<>();

    Faulty(DataSource delegate, Killer killer) {
      this(delegate, killer, new AtomicReference<>());
    }

    private Faulty(DataSource delegate, Killer killer, AtomicReference<String> armed) {
      super(() -> {
        try {
          Connection real = delegate.getConnection();
          return (Connection) Proxy.newProxyInstance(Wrapped.class.getClassLoader(), new Class<?>[] {Connection.class},
              (proxy, m, args) -> {
                if (m.getName().equals("commit") && armed.compareAndSet("COMMIT", null)) {
                  killer.kill(real);
                }
                Object result = call(real, m, args);
                if (m.getName().equals("prepareStatement") && args[0] instanceof String sql) {
                  return statement((PreparedStatement) result, sql, real, killer, armed);
                }
                return result;
              });
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      this.armedRef = armed;
    }

    private final AtomicReference<String> armedRef;

    /** Drops the connection before the next statement starting with this prefix (or COMMIT). */
    void arm(String prefix) {
      armedRef.set(prefix);
    }

    boolean fired() {
      return armedRef.get() == null;
    }
  }

  private static PreparedStatement statement(PreparedStatement real, String sql, Connection connection, Killer killer,
      AtomicReference<String> armed) {
    InvocationHandler handler = (proxy, m, args) -> {
      String prefix = armed.get();
      if (m.getName().startsWith("execute") && prefix != null && sql.startsWith(prefix)
          && armed.compareAndSet(prefix, null)) {
        killer.kill(connection);
      }
      return call(real, m, args);
    };
    return (PreparedStatement) Proxy.newProxyInstance(Wrapped.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, handler);
  }

  private static Object call(Object target, Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** A data source from a supplier of connections. */
  static class Base implements DataSource {
    private final Supplier<Connection> connections;

    Base(Supplier<Connection> connections) {
      this.connections = connections;
    }

    @Override
    public Connection getConnection() {
      return connections.get();
    }

    @Override
    public Connection getConnection(String username, String password) {
      return connections.get();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}

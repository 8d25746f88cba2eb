package org.irrt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.irrt.examples.IrrtCommandTest.Run;
import org.irrt.store.jdbc.testing.PostgresServer;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fault: a password in the JDBC URL's user-info was printed ({@code --db='jdbc:postgresql://u:pw@
 * 127.0.0.1:1/irrt?password=pw2'} gave "the database jdbc:postgresql://u:pw@127.0.0.1:1/irrt cannot
 * be used (SQLState 08001)"), and the SQLState was not said in words.
 */
class DatabaseUrlSecretsRegressionTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "jdbc:postgresql://u:pw@127.0.0.1:1/irrt?password=pw2 | jdbc:postgresql://127.0.0.1:1/irrt",
      "jdbc:postgresql://u:p@w/x@db.example.org/irrt | jdbc:postgresql://db.example.org/irrt",
      "jdbc:postgresql://db/irrt?password=a&sslmode=require&PassWord=b&pwd=c&sslpassword=d&pass%77ord=e&PASS=f&user=u"
          + " | jdbc:postgresql://db/irrt?sslmode=require&user=u",
      "jdbc:h2:./irrt-db/irrt;USER=sa;PASSWORD=secret;MODE=PostgreSQL | jdbc:h2:./irrt-db/irrt;USER=sa;MODE=PostgreSQL",
      "jdbc:h2:./irrt-db/irrt | jdbc:h2:./irrt-db/irrt"})
  void theAddressShownHasNoUserInfoAndNoPasswordLikeParameter(String url, String shown) {
    assertThat(ExampleDatabase.where(url)).isEqualTo(shown);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en | irrt: the database jdbc:postgresql://127.0.0.1:1/irrt cannot be used (the server refused the connection or"
          + " cannot be reached; SQLState 08001)",
      "ar | irrt: لا يمكن استخدام قاعدة البيانات jdbc:postgresql://127.0.0.1:1/irrt (رفض الخادم الاتصال أو تعذّر الوصول"
          + " إليه؛ SQLState 08001)",
      "de | irrt: die Datenbank jdbc:postgresql://127.0.0.1:1/irrt kann nicht verwendet werden (der Server hat die"
          + " Verbindung abgelehnt oder ist nicht erreichbar; SQLState 08001)",
      "es | irrt: no se puede usar la base de datos jdbc:postgresql://127.0.0.1:1/irrt (el servidor rechazó la conexión o"
          + " no se puede alcanzar; SQLState 08001)",
      "fr | irrt\u00A0: la base de données jdbc:postgresql://127.0.0.1:1/irrt ne peut pas être utilisée (le serveur a refusé la"
          + " connexion ou est injoignable\u202F; SQLState 08001)",
      "ru | irrt: базу данных jdbc:postgresql://127.0.0.1:1/irrt нельзя использовать (сервер отклонил подключение или"
          + " недоступен; SQLState 08001)",
      "zh | irrt：无法使用数据库 jdbc:postgresql://127.0.0.1:1/irrt（服务器拒绝了连接或无法访问；SQLState 08001）"})
  void anUnreachableServerIsSaidInWordsWithoutThePasswords(String lang, String message) {
    Run r = IrrtCommandTest.run("--lang=" + lang, "applications", "--db=jdbc:postgresql://u:pw@127.0.0.1:1/irrt?password=pw2");
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err()).isEqualTo(message + "\n");
    assertThat(r.out() + r.err()).doesNotContain("pw");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "28P01 | authentication failed: check the user and IRRT_DB_PASSWORD; SQLState 28P01",
      "3D000 | the database does not exist; SQLState 3D000",
      "42501 | a schema problem: a table or column is missing, or the user lacks a privilege; SQLState 42501",
      "53300 | the server lacks resources (too many connections, memory or disk space); SQLState 53300",
      "57P01 | the server is shutting down or cancelled the statement; SQLState 57P01",
      "22001 | SQLState 22001"})
  void eachCommonSqlStateClassIsSaidInWords(String state, String words) {
    assertThat(ExampleDatabase.reason(state, CliMessages.of(java.util.Locale.ENGLISH))).isEqualTo(words);
  }

  @Test
  void aDatabaseThatDoesNotExistOnPostgresqlIsSaidSo() {
    if (PostgresServer.url().isEmpty()) {
      if (PostgresServer.required()) {
        Assertions.fail("IRRT_REQUIRE_POSTGRES=1 and " + PostgresServer.unavailableReason());
      }
      Assumptions.abort(PostgresServer.unavailableReason());
    }
    String url = PostgresServer.newDatabase().replaceFirst("/irrt_[0-9_]+", "/irrt_nowhere");
    Run r = IrrtCommandTest.run("applications", "--db=" + url);
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err()).isEqualTo("irrt: the database " + ExampleDatabase.where(url)
        + " cannot be used (the database does not exist; SQLState 3D000)\n");
  }
}

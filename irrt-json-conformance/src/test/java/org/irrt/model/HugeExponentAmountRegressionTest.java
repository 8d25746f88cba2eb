package org.irrt.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Money;
import org.irrt.model.json.JsonBinding;
import org.irrt.model.pledge.Pledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15, section 1: one short amount such as {@code 1E-100000000} made {@code BigDecimal} compute a
 * power of ten with a hundred million digits (78 s and gigabytes for {@code Money.of}), and amount
 * text of any length was read. Every hostile form of the table, through every way an amount comes
 * in, is now decided in under 10 ms and a megabyte, the worst of the table measured after a warm-up
 * (each form's best of five runs, so that a pause of the shared machine is not taken for a cost).
 * The JSON forms go through each adapter's ready mapper and a host's plain mapper with its module.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.irrt.model.json.Bindings#all")
class HugeExponentAmountRegressionTest {
  @Parameter
  JsonBinding json;

  private static final Currency USD = Currency.getInstance("USD");
  private static final long LIMIT_NANOS = 10_000_000;
  private static final long LIMIT_BYTES = 1_000_000;
  private static final String PLEDGE = "{\"id\": \"p\", \"campaign\": \"c\", \"donor\": {\"member\": \"m\"},"
      + " \"total\": {\"amount\": %s, \"currency\": \"USD\"}, \"installmentCount\": 3,"
      + " \"frequency\": {\"interval\": 1, \"unit\": \"MONTHS\"}, \"startDate\": \"2027-01-01\"}";

  /** One hostile amount through one entry point, and what it must come to. */
  record Form(String name, Callable<?> run, String expected) {}

  List<Form> table() {
    List<Form> t = new ArrayList<>();
    // Money.of(BigDecimal): the value made beforehand, only the decision is measured
    Object[][] decimals = {
        {"1E-100000000", "amount org.irrt.model.Money.scale"},
        {"-1E-999999999", "amount org.irrt.model.Money.scale"},
        {"1E+100000000", "amount org.irrt.model.Money.tooLarge"},
        {"1E+18", "amount org.irrt.model.Money.tooLarge"},
        {"0E+999999999", "= 0.00 USD"},
        {"0E-999999999", "= 0.00 USD"},
        {"1." + "0".repeat(100_000), "amount org.irrt.model.Money.scale"},
        {"1" + "0".repeat(100_000) + "E-100000", "amount org.irrt.model.Money.scale"}, // 1, with 100,000 decimals
        {"9".repeat(100_000), "amount org.irrt.model.Money.tooLarge"},
        {"999999999999999999.99" + "0".repeat(98), "= 999999999999999999.99 USD"}};
    for (Object[] d : decimals) {
      BigDecimal value = new BigDecimal((String) d[0]);
      t.add(new Form("of(BigDecimal " + abbreviate((String) d[0]) + ")", () -> Money.of(value, USD), (String) d[1]));
    }
    BigDecimal widest = new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE);
    t.add(new Form("of(BigDecimal 1E-2147483647)", () -> Money.of(widest, USD), "amount org.irrt.model.Money.scale"));
    BigDecimal highest = new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE);
    t.add(new Form("of(BigDecimal 1E+2147483648)", () -> Money.of(highest, USD), "amount org.irrt.model.Money.tooLarge"));
    // Money.of(String, String)
    String[][] texts = {
        {"1E-100000000", "amount org.irrt.model.Money.scale"},
        {"1e+999999999", "amount org.irrt.model.Money.tooLarge"},
        {"0E+999999999", "= 0.00 USD"},
        {"1E-2147483648", "amount org.irrt.model.Money.format"},
        {"1".repeat(100), "amount org.irrt.model.Money.tooLarge"},
        {"1".repeat(101), "amount org.irrt.model.Money.tooLong"},
        {"1".repeat(10_000_000), "amount org.irrt.model.Money.tooLong"},
        {"0." + "0".repeat(98), "= 0.00 USD"},
        {"0." + "0".repeat(97) + "1", "amount org.irrt.model.Money.scale"}};
    for (String[] x : texts) {
      t.add(new Form("of(\"" + abbreviate(x[0]) + "\", \"USD\")", () -> Money.of(x[0], "USD"), x[1]));
    }
    // Money.parse in several locales: lengths, exponents, grouping, scripts
    Locale[] locales = {Locale.US, Locale.GERMANY, Locale.FRANCE, Locale.forLanguageTag("ar-EG"),
        Locale.forLanguageTag("hi-IN"), Locale.JAPAN};
    String[][] typed = {
        {"1".repeat(10_000_000), "amount org.irrt.model.Money.tooLong"},
        {"1".repeat(101), "amount org.irrt.model.Money.tooLong"},
        {"9".repeat(100), "amount org.irrt.model.Money.tooLarge"},
        {"-" + "9".repeat(99), "amount org.irrt.model.Money.tooLarge"},
        {"1E-100000000", "amount org.irrt.model.Money.format"},
        {"1e999999999", "amount org.irrt.model.Money.format"},
        {" ".repeat(99) + "7", "= 7.00 USD"},
        {"1" + "\u0662".repeat(99), "amount org.irrt.model.Money.digits"},
        {"\u0967".repeat(100), null}, // Devanagari: the digits of hi-IN only
        {"\uff11".repeat(100), "amount org.irrt.model.Money.digits"},
        {",".repeat(99) + "1", "amount org.irrt.model.Money.format"},
        {"\u200f".repeat(99) + "1", null}};
    for (Locale locale : locales) {
      for (String[] x : typed) {
        String expected = x[1] != null ? x[1] : x[0].startsWith("\u0967")
            ? (locale.getLanguage().equals("hi") ? "amount org.irrt.model.Money.tooLarge" : "amount org.irrt.model.Money.digits")
            : "= 1.00 USD";
        t.add(new Form("parse(\"" + abbreviate(x[0]) + "\", " + locale.toLanguageTag() + ")",
            () -> Money.parse(x[0], USD, locale), expected));
      }
      String grouped = formatted(locale, "123456789012345678.90");
      t.add(new Form("parse(grouped 18 digits and decimals, " + locale.toLanguageTag() + ")",
          () -> Money.parse(grouped, USD, locale), "= 123456789012345678.90 USD"));
      String hugeGrouped = formatted(locale, "1" + "0".repeat(59));
      t.add(new Form("parse(grouped 60 digits, " + locale.toLanguageTag() + ")",
          () -> Money.parse(hugeGrouped, USD, locale), "amount org.irrt.model.Money.tooLarge"));
    }
    // JSON through the hardened mapper and a host's plain mapper with IrrtModule, at its path
    String[][] documents = {
        {"1E-100000000", "total.amount org.irrt.model.Money.scale"},
        {"1e+999999999", "total.amount org.irrt.model.Money.tooLarge"},
        {"-1E-999999999", "total.amount org.irrt.model.Money.scale"},
        {"0E+999999999", "total org.irrt.model.Pledge.positive"},
        {"1" + "0".repeat(99), "total.amount org.irrt.model.Money.tooLarge"},
        {"0." + "0".repeat(97) + "1", "total.amount org.irrt.model.Money.scale"}};
    for (String[] x : documents) {
      String doc = PLEDGE.formatted(x[0]);
      t.add(new Form("IrrtJson total " + abbreviate(x[0]), () -> json.read(doc, Pledge.class), x[1]));
      t.add(new Form("host mapper total " + abbreviate(x[0]), () -> json.hostRead(doc, Pledge.class), x[1]));
      String quoted = PLEDGE.formatted("\"" + x[0] + "\"");
      t.add(new Form("host mapper total \"" + abbreviate(x[0]) + "\"", () -> json.hostRead(quoted, Pledge.class), x[1]));
    }
    String thousand = PLEDGE.formatted("9".repeat(1000));
    t.add(new Form("host mapper total of 1000 digits", () -> json.hostRead(thousand, Pledge.class),
        "total.amount org.irrt.model.Money.tooLarge"));
    String money = "{\"amount\": 1E-100000000, \"currency\": \"USD\"}";
    t.add(new Form("IrrtJson Money 1E-100000000", () -> json.read(money, Money.class), "amount org.irrt.model.Money.scale"));
    t.add(new Form("host mapper Money 1E-100000000", () -> json.hostRead(money, Money.class), "amount org.irrt.model.Money.scale"));
    return t;
  }

  @Test
  void everyHostileAmountIsDecidedInUnderTenMillisecondsAndAMegabyteWhateverItsText() {
    List<Form> table = table();
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> { // the old code took minutes for one form
      for (int round = 0; round < 3; round++) {
        for (Form f : table) {
          outcome(f);
        }
      }
      com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long worstNanos = 0;
      long worstBytes = 0;
      String slowest = "";
      String largest = "";
      for (Form f : table) {
        long nanos = Long.MAX_VALUE;
        long bytes = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
          long allocated = threads.getCurrentThreadAllocatedBytes();
          long start = System.nanoTime();
          String outcome = outcome(f);
          nanos = Math.min(nanos, System.nanoTime() - start);
          bytes = Math.min(bytes, threads.getCurrentThreadAllocatedBytes() - allocated);
          assertThat(outcome).as(f.name()).isEqualTo(f.expected());
        }
        if (nanos > worstNanos) {
          worstNanos = nanos;
          slowest = f.name();
        }
        if (bytes > worstBytes) {
          worstBytes = bytes;
          largest = f.name();
        }
      }
      System.out.printf("%d hostile amounts: worst %.3f ms (%s), worst %,d bytes allocated (%s)%n", table.size(),
          worstNanos / 1e6, slowest, worstBytes, largest);
      assertThat(worstNanos).as("the slowest form, " + slowest).isLessThan(LIMIT_NANOS);
      assertThat(worstBytes).as("the largest form, " + largest).isLessThan(LIMIT_BYTES);
    });
  }

  /** {@code "= value"}, or the violations as {@code "path code"} lines, from the call or its causes. */
  private static String outcome(Form f) {
    try {
      return "= " + f.run().call();
    } catch (Exception e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof InvalidValueException invalid) {
          return String.join("\n", invalid.violations().stream().map(v -> v.path() + " " + v.code()).toList());
        }
      }
      return e.getClass().getSimpleName();
    }
  }

  /** The number as the JDK writes it in the locale, grouped, with two decimals. */
  private static String formatted(Locale locale, String number) {
    java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(2);
    return format.format(new BigDecimal(number));
  }

  /** The text's start, non-ASCII characters escaped, and its length. */
  private static String abbreviate(String s) {
    StringBuilder b = new StringBuilder();
    s.substring(0, Math.min(s.length(), 12)).chars()
        .forEach(c -> b.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
    return s.length() <= 12 ? b.toString() : b + "...(" + s.length() + " chars)";
  }
}

package org.irrt.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.irrt.model.common.LanguageTag;
import org.irrt.model.common.ValidText;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The quick pass must never say "holds" where Hibernate Validator finds a violation, and should say
 * it wherever Hibernate Validator finds none (or it would save nothing).
 */
class PrecheckTest {
  private static final long SEED = 0x2911_2026L;

  /** Every constraint the quick pass knows, on a property and on container elements. */
  public static final class Bean {
    private final String text;
    private final Integer number;
    private final List<String> tags;
    private final Optional<String> note;
    private final String language;
    private final String slug;
    private final String required;
    private final BigDecimal amount;

    Bean(String text, Integer number, List<String> tags, Optional<String> note, String language, String slug,
        String required, BigDecimal amount) {
      this.text = text;
      this.number = number;
      this.tags = tags;
      this.note = note;
      this.language = language;
      this.slug = slug;
      this.required = required;
      this.amount = amount;
    }

    public @NotNull @ValidText(max = 5) String text() {
      return text;
    }

    public @Min(-3) @Max(7) Integer number() {
      return number;
    }

    public @NotNull @Size(min = 1, max = 3) List<@NotNull @ValidText(max = 4) String> tags() {
      return tags;
    }

    public Optional<@ValidText(max = 3, multiline = true) String> note() {
      return note;
    }

    public @LanguageTag String language() {
      return language;
    }

    public @Pattern(regexp = "[a-z]+(-[a-z]+)*", flags = Pattern.Flag.CASE_INSENSITIVE) String slug() {
      return slug;
    }

    public @NotEmpty String required() {
      return required;
    }

    public @Max(5) @Min(-5) BigDecimal amount() {
      return amount;
    }
  }

  /** Short texts over an alphabet of the characters the rules care about. */
  private static Gen<String> texts() {
    String[] pieces = {"a", "Z", "-", " ", "\n", "\t", "\u0000", "\u0301", "é", "\u202E", "\u00A0", "\uFFFF",
        "\uD800", "😀", "x", "en", "-US", "zh", "und", "\u200B"};
    return lists().of(integers().between(0, pieces.length - 1)).ofSizeBetween(0, 7).map(indexes -> {
      StringBuilder sb = new StringBuilder();
      indexes.forEach(i -> sb.append(pieces[i]));
      return sb.toString();
    });
  }

  private static Gen<String> nullableTexts() {
    return integers().between(0, 9).zip(texts(), (roll, text) -> roll == 0 ? null : text);
  }

  @Test
  void saysHoldsExactlyWhenHibernateValidatorFindsNothing() {
    Gen<List<String>> tagLists = lists().of(nullableTexts()).ofSizeBetween(0, 4);
    Gen<Integer> numbers = integers().between(-6, 10).map(n -> n == 10 ? null : n);
    int[] holding = {0};
    int[] breaking = {0};
    assertThat(Precheck.isSpecialised(Bean.class)).as("checked by its own specialised checker").isTrue();
    qt().withFixedSeed(SEED).withExamples(20_000)
        .forAll(integers().between(0, (1 << 24) - 1).zip(numbers, Roll::new), nullableTexts(), tagLists, nullableTexts())
        .checkAssert((roll, text, tags, note) -> {
          int mask = roll.mask();
          Integer number = roll.number();
          // Each part is generated one time in eight, a known good value otherwise, so that about a
          // third of the beans hold and the rest break one rule or several.
          String language = note == null ? null : note.length() > 3 ? "en-US" : note;
          BigDecimal amount = number == null ? null : BigDecimal.valueOf(number, 0).multiply(new BigDecimal("0.9"));
          Bean bean = new Bean(
              pick(mask, 0, text, "ab"),
              pick(mask, 1, number, 3),
              pick(mask, 2, tags == null ? null : new ArrayList<>(tags), List.of("x")),
              pick(mask, 3, Optional.ofNullable(note), Optional.of("é")),
              pick(mask, 4, language, "zh-Hant"),
              pick(mask, 5, text, "ab-CD"),
              pick(mask, 6, note, "r"),
              pick(mask, 7, amount, new BigDecimal("-4.5")));
          boolean valid = Validators.validator().validate(bean).isEmpty();
          assertThat(Precheck.holds(bean)).as("%s %s %s %s", text, number, tags, note).isEqualTo(valid);
          (valid ? holding : breaking)[0]++;
        });
    assertThat(holding[0]).as("generated values that hold").isGreaterThan(100);
    assertThat(breaking[0]).as("generated values that break a rule").isGreaterThan(1000);
  }

  private record Roll(int mask, Integer number) {}

  /** A constraint on a field, and a method of the same name that returns something else. */
  public static final class FieldBean {
    @NotNull private final String name = null;

    public String name() {
      return "not the field";
    }
  }

  /** A constraint on an optional that Hibernate Validator unwraps. */
  public static final class OptionalIntBean {
    public @NotNull java.util.OptionalInt count() {
      return java.util.OptionalInt.empty();
    }
  }

  @Test
  void leavesFieldConstraintsAndUnwrappedOptionalsToHibernateValidator() {
    assertThat(Precheck.hasPlan(FieldBean.class)).isFalse();
    assertThat(Precheck.holds(new FieldBean())).isFalse();
    assertThat(Validators.validator().validate(new FieldBean())).hasSize(1);
    assertThat(Precheck.hasPlan(OptionalIntBean.class)).isFalse();
    assertThat(Validators.validator().validate(new OptionalIntBean())).hasSize(1);
  }

  private static <T> T pick(int mask, int part, T generated, T good) {
    return ((mask >>> (3 * part)) & 7) == 0 ? generated : good;
  }

  @Test
  void everyValueTypeOfTheModelHasAPlan() throws Exception {
    List<String> without = new ArrayList<>();
    int planned = 0;
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.irrt.model")) {
      if (c.getSimpleName().startsWith("Immutable") && !c.isNestedClass()) {
        Class<?> type = Class.forName(c.getName());
        if (!Validators.validator().getConstraintsForClass(type).isBeanConstrained()) {
          continue;
        }
        if (Precheck.hasPlan(type) && Precheck.isSpecialised(type)) {
          planned++;
        } else {
          without.add(c.getSimpleName());
        }
      }
    }
    assertThat(new TreeSet<>(without)).as("value types without a specialised plan").isEmpty();
    assertThat(planned).isGreaterThan(30);
  }
}

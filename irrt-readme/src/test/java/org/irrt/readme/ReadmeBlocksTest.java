package org.irrt.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README.md's Java blocks and their twins in this module's test sources are the same text.
 *
 * <p><b>The rule, for whoever adds or changes a {@code ```java} block in README.md</b>: every such
 * block has its twin here, compiled and run by the build.
 *
 * <ol>
 *   <li>Name the block: on the line just before its fence, {@code <!-- README: some-name -->}
 *       (GitHub renders nothing for it).
 *   <li>Put the same text in {@code irrt-readme/src/test/java/org/irrt/readme/}, between a line
 *       {@code // README: some-name} and a line {@code // END README}, in a test that runs it and
 *       checks what it makes with real expected values. The block's imports go at the top of the test
 *       class in one region and its statements in a test method in a second region of the same name:
 *       the regions are joined with one blank line. Indentation common to a region's lines is ignored;
 *       nothing else is.
 *   <li>A block that cannot run alone may be compiled only (its twin in a method or class that no test
 *       calls), and say why beside it; it is compared all the same.
 * </ol>
 *
 * <p>The check fails, naming the block and the first line that differs, when a block has no twin, a
 * region has no block, or the two differ. Shell, XML and other blocks are not compared.
 */
class ReadmeBlocksTest {
  /** Where the twins live, as the messages name it. */
  static final String SOURCES = "irrt-readme/src/test/java/org/irrt/readme/";

  @Test
  void everyJavaBlockOfTheReadmeIsTheTextOfItsTwinInTheTestSources() throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, ReadmeBlocks.Block> readme = ReadmeBlocks.readmeBlocks(
        Files.readString(readme(), StandardCharsets.UTF_8), "README.md", problems);
    Map<String, ReadmeBlocks.Block> sources = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(sources())) {
      // the check's own files hold example markers in their test data, not twins
      for (Path file : files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.getFileName().toString().startsWith("ReadmeBlocks")).sorted().toList()) {
        String name = file.getFileName().toString();
        ReadmeBlocks.sourceBlocks(Files.readString(file, StandardCharsets.UTF_8), name, problems)
            .forEach((blockName, block) -> {
              ReadmeBlocks.Block other = sources.putIfAbsent(blockName, block);
              if (other != null) {
                problems.add(block.where() + ": region '" + blockName + "' is also in " + other.where()
                    + "; a block's regions are in one file");
              }
            });
      }
    }
    problems.addAll(ReadmeBlocks.differences(readme, sources));

    assertThat(problems).as(String.join("\n", problems)).isEmpty();
    assertThat(readme.keySet()).as("the README's blocks, in its order").containsExactly(
        "bundled-data", "reading-a-file", "building-values", "jackson3-host", "jackson2-host", "memberships",
        "workflows", "erasure", "pledges", "jdbc-store", "committee-volunteering");
  }

  @Test
  void oneChangedCharacterIsReportedWithTheBlockAndItsLine() {
    List<String> problems = new ArrayList<>();
    var readme = ReadmeBlocks.readmeBlocks("""
        Text.

        <!-- README: money -->
        ```java
        Money fee = Money.of("35.00", "EUR");
        List<Money> parts = fee.split(3);
        ```
        """, "README.md", problems);
    var source = ReadmeBlocks.sourceBlocks("""
        class MoneyTest {
          void test() {
            // README: money
            Money fee = Money.of("35.00", "EUR");
            List<Money> parts = fee.split(2);
            // END README
          }
        }
        """, "MoneyTest.java", problems);

    assertThat(problems).isEmpty();
    assertThat(ReadmeBlocks.differences(readme, source)).containsExactly("""
        README block 'money' (README.md line 4) differs from its twin (MoneyTest.java line 3) at line 2 of the \
        block:
          README.md line 6: List<Money> parts = fee.split(3);
          MoneyTest.java line 5: List<Money> parts = fee.split(2);""");
  }

  @Test
  void regionsOfOneNameAreJoinedWithABlankLineAndLoseTheirCommonIndentation() {
    List<String> problems = new ArrayList<>();
    var readme = ReadmeBlocks.readmeBlocks("""
        <!-- README: money -->
        ```java
        import java.util.List;

        if (fee.isZero()) {
          return;
        }
        ```
        """, "README.md", problems);
    var source = ReadmeBlocks.sourceBlocks("""
        // README: money
        import java.util.List;
        // END README
        class MoneyTest {
          void test() {
            // README: money
            if (fee.isZero()) {
              return;
            }
            // END README
          }
        }
        """, "MoneyTest.java", problems);

    assertThat(problems).isEmpty();
    assertThat(ReadmeBlocks.differences(readme, source)).isEmpty();
  }

  @Test
  void aBlockWithoutTwinARegionWithoutBlockAndAnUnnamedBlockAreEachReported() {
    List<String> problems = new ArrayList<>();
    var readme = ReadmeBlocks.readmeBlocks("""
        <!-- README: in-readme-only -->
        ```java
        int x = 1;
        ```

        ```java
        int y = 2;
        ```

        ```sh
        ./mvnw -B verify
        ```
        """, "README.md", problems);
    var source = ReadmeBlocks.sourceBlocks("""
        // README: in-source-only
        int z = 3;
        // END README
        // README: never-closed
        int w = 4;
        """, "Twins.java", problems);
    problems.addAll(ReadmeBlocks.differences(readme, source));

    assertThat(problems).hasSize(4);
    assertThat(problems.get(0)).startsWith("README.md line 6: a ```java block without a name");
    assertThat(problems.get(1)).startsWith("Twins.java line 4: // README: never-closed has no // END README");
    assertThat(problems.get(2)).startsWith("README block 'in-readme-only' (README.md line 2) has no twin");
    assertThat(problems.get(3)).startsWith("Region 'in-source-only' (Twins.java line 1) has no ```java block");
  }

  private static Path readme() {
    String given = System.getProperty("irrt.readme");
    return given != null ? Path.of(given) : root().resolve("README.md");
  }

  private static Path sources() {
    String given = System.getProperty("irrt.readme.sources");
    return given != null ? Path.of(given) : root().resolve(SOURCES);
  }

  /** The project folder, when the build did not say: the nearest folder up that holds this module. */
  private static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("irrt-readme")) && Files.isRegularFile(dir.resolve("README.md"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no folder holding irrt-readme and README.md above " + Path.of("").toAbsolutePath());
  }
}

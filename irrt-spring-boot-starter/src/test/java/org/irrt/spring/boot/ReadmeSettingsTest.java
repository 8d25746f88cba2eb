package org.irrt.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.irrt.workflow.Organisation;

/**
 * Fault: the README's {@code application.properties} block had comments at the ends of its lines,
 * which a {@code .properties} file reads as part of the value ("cannot read
 * classpath:org/irrt/data/irrt.json      # committees"). The block, pasted as it is (with this
 * module's test copies of the files it names), now starts a context. Found by a host's trial.
 */
class ReadmeSettingsTest {
  private static String block() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```properties\n");
    assertThat(start).as("the README's properties block").isNotNegative();
    return readme.substring(start + "```properties\n".length(), readme.indexOf("```", start + 3));
  }

  /** The README's sample {@code membership-types.json}, pasted as it is, is the membership types of a host. */
  @Test
  void theReadmesMembershipTypesSampleIsAValidFile(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```json\n", readme.indexOf("`membership-types.json` is a JSON array"));
    assertThat(start).as("the README's membership-types.json block").isNotNegative();
    Path file = Files.writeString(folder.resolve("membership-types.json"),
        readme.substring(start + "```json\n".length(), readme.indexOf("```", start + 3)));
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class))
        .withPropertyValues("irrt.membership-types=" + file.toUri()).run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(Organisation.class).membershipTypes()).singleElement()
              .satisfies(type -> assertThat(type.fee()).hasToString("60.00 USD"));
        });
  }

  @Test
  void theReadmesPropertiesBlockPastedAsItIsStartsTheStarter() throws IOException {
    Properties settings = new Properties();
    settings.load(new StringReader(block()));
    assertThat(settings).isNotEmpty();
    assertThat(settings.values()).allSatisfy(v -> assertThat((String) v).doesNotContain("#"));
    String[] pairs = settings.stringPropertyNames().stream().map(k -> k + "=" + settings.getProperty(k))
        .toArray(String[]::new);
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(IrrtAutoConfiguration.class))
        .withPropertyValues(pairs).run(context -> {
          assertThat(context).hasNotFailed();
          Organisation organisation = context.getBean(Organisation.class);
          assertThat(organisation.zone()).isEqualTo(ZoneId.of("America/Chicago"));
          assertThat(organisation.roundTable()).isPresent();
          assertThat(organisation.membershipTypes()).isNotEmpty();
          assertThat(organisation.campaigns()).isNotEmpty();
        });
  }
}

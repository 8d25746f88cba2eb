package org.irrt.model.testing;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * The architecture rule every module's tests check on its main classes: bytes become text, and
 * text bytes, in a charset named. The JVM's default charset is US-ASCII under {@code LANG=C} on
 * Java 17 and windows-1252 on Windows (JEP 400 makes UTF-8 the default only from Java 18), and
 * irrt's results must not depend on the host's locale. The calls listed are the JDK's whose
 * documentation says they use the default charset.
 */
public final class SystemCharsetRule {
  /** No class calls a JDK method or constructor that reads or writes text in the default charset. */
  public static final ArchRule NOTHING_READS_OR_WRITES_TEXT_IN_THE_SYSTEM_CHARSET = ArchRuleDefinition.noClasses()
      .should().callConstructor(String.class, byte[].class)
      .orShould().callConstructor(String.class, byte[].class, int.class, int.class)
      .orShould().callMethod(String.class, "getBytes")
      .orShould().callMethod(java.io.ByteArrayOutputStream.class, "toString")
      .orShould().callConstructor(java.io.InputStreamReader.class, java.io.InputStream.class)
      .orShould().callConstructor(java.io.OutputStreamWriter.class, java.io.OutputStream.class)
      .orShould().callConstructor(java.io.FileReader.class, String.class)
      .orShould().callConstructor(java.io.FileReader.class, java.io.File.class)
      .orShould().callConstructor(java.io.FileWriter.class, String.class)
      .orShould().callConstructor(java.io.FileWriter.class, java.io.File.class)
      .orShould().callConstructor(java.io.FileWriter.class, String.class, boolean.class)
      .orShould().callConstructor(java.io.FileWriter.class, java.io.File.class, boolean.class)
      .orShould().callConstructor(java.io.PrintStream.class, java.io.OutputStream.class)
      .orShould().callConstructor(java.io.PrintStream.class, java.io.OutputStream.class, boolean.class)
      .orShould().callConstructor(java.io.PrintStream.class, String.class)
      .orShould().callConstructor(java.io.PrintStream.class, java.io.File.class)
      .orShould().callConstructor(java.io.PrintWriter.class, java.io.OutputStream.class)
      .orShould().callConstructor(java.io.PrintWriter.class, java.io.OutputStream.class, boolean.class)
      .orShould().callConstructor(java.io.PrintWriter.class, String.class)
      .orShould().callConstructor(java.io.PrintWriter.class, java.io.File.class)
      .orShould().callConstructor(java.util.Scanner.class, java.io.InputStream.class)
      .orShould().callConstructor(java.util.Scanner.class, java.io.File.class)
      .orShould().callConstructor(java.util.Scanner.class, java.nio.file.Path.class)
      .orShould().callConstructor(java.util.Formatter.class, java.io.OutputStream.class)
      .orShould().callMethod(java.net.URLEncoder.class, "encode", String.class)
      .orShould().callMethod(java.net.URLDecoder.class, "decode", String.class)
      .orShould().callMethod(java.nio.charset.Charset.class, "defaultCharset");

  private SystemCharsetRule() {}
}

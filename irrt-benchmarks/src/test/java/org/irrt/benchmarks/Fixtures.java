package org.irrt.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.irrt.model.common.CountryCode;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.PersonName;
import org.irrt.model.common.PhoneNumber;
import org.irrt.jackson2.IrrtJson;
import org.irrt.model.member.Affiliation;
import org.irrt.model.member.Consent;
import org.irrt.model.member.Member;
import org.irrt.model.member.MemberCategory;
import org.irrt.model.member.MemberId;

/** The values every benchmark works on, and the plain baselines of the same shape. */
final class Fixtures {
  private Fixtures() {}

  static final JsonMapper IRRT = IrrtJson.newMapper();
  static final ObjectMapper PLAIN = new ObjectMapper();
  /** The same two on Jackson 3. */
  static final tools.jackson.databind.json.JsonMapper IRRT3 = org.irrt.jackson3.IrrtJson.newMapper();
  static final tools.jackson.databind.json.JsonMapper PLAIN3 = tools.jackson.databind.json.JsonMapper.builder().build();

  static Member member(int i) {
    return Member.builder()
        .id(MemberId.of("m-" + i))
        .name(PersonName.builder().givenNames("Ana María").familyName("García Márquez").build())
        .email(EmailAddress.of("ana" + i + "@biblioteca.example"))
        .phone(PhoneNumber.of("+573211234567"))
        .country(CountryCode.of("CO"))
        .preferredLanguage("es-CO")
        .affiliation(Affiliation.builder().institution("Biblioteca Pública Piloto").position("Coordinadora").build())
        .category(MemberCategory.INTERNATIONAL)
        .consent(Consent.builder().directoryListing(true).build())
        .build();
  }

  /**
   * A plain record of the same shape as {@link Member}, with no validation at all: the same
   * properties with the values the fixture's member has (its absent optionals are left out, as the
   * member's JSON leaves them out).
   */
  record MemberRecord(String id, NameRecord name, String email, String phone, String country, String preferredLanguage,
      AffiliationRecord affiliation, String category, ConsentRecord consent) {}

  record NameRecord(String givenNames, String familyName, boolean familyNameFirst) {}

  record AffiliationRecord(String institution, String position) {}

  record ConsentRecord(boolean directoryListing, boolean newsletter) {}

  static MemberRecord record(int i) {
    return new MemberRecord("m-" + i, new NameRecord("Ana María", "García Márquez", false), "ana" + i + "@biblioteca.example",
        "+573211234567", "CO", "es-CO", new AffiliationRecord("Biblioteca Pública Piloto", "Coordinadora"),
        "INTERNATIONAL", new ConsentRecord(true, false));
  }

  /** A plain bean with the same constraints, for Hibernate Validator's own {@code validate()}. */
  public static final class MemberBean {
    @NotNull @Pattern(regexp = "[a-z0-9]+(?:-[a-z0-9]+)*") @Size(max = 64) private final String id;
    @NotNull @Size(min = 1, max = 200) private final String givenNames;
    @NotNull @Size(min = 1, max = 200) private final String familyName;
    @NotNull @jakarta.validation.constraints.Email private final String email;
    @NotNull @Pattern(regexp = "\\+[1-9][0-9]{6,14}") private final String phone;
    @NotNull @Pattern(regexp = "[A-Z]{2}") private final String country;
    @NotNull @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") private final String preferredLanguage;
    @NotNull @Size(min = 1, max = 200) private final String institution;
    @NotNull private final String category;

    MemberBean(MemberRecord r) {
      this.id = r.id();
      this.givenNames = r.name().givenNames();
      this.familyName = r.name().familyName();
      this.email = r.email();
      this.phone = r.phone();
      this.country = r.country();
      this.preferredLanguage = r.preferredLanguage();
      this.institution = r.affiliation().institution();
      this.category = r.category();
    }
  }

  /** The same rules written by hand. */
  static List<String> handChecks(MemberRecord r) {
    List<String> problems = new ArrayList<>(0);
    if (r.id() == null || r.id().length() > 64 || !r.id().matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
      problems.add("id");
    }
    if (r.name() == null || blank(r.name().givenNames()) || blank(r.name().familyName())) {
      problems.add("name");
    }
    if (r.email() == null || r.email().indexOf('@') < 1 || r.email().indexOf('@') == r.email().length() - 1) {
      problems.add("email");
    }
    if (r.phone() == null || !r.phone().matches("\\+[1-9][0-9]{6,14}")) {
      problems.add("phone");
    }
    if (r.country() == null || !r.country().matches("[A-Z]{2}")) {
      problems.add("country");
    }
    if (r.preferredLanguage() == null || !r.preferredLanguage().matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
      problems.add("preferredLanguage");
    }
    if (r.affiliation() != null && blank(r.affiliation().institution())) {
      problems.add("affiliation");
    }
    if (r.category() == null) {
      problems.add("category");
    }
    return problems;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank() || s.length() > 200;
  }
}

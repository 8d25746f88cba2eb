package org.irrt.workflow;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irrt.model.common.EmailAddress;
import org.irrt.model.common.PaymentReversal;
import org.irrt.model.common.Money;
import org.irrt.model.common.PersonName;
import org.irrt.model.common.PhoneNumber;
import org.irrt.model.common.PostalAddress;
import org.irrt.model.common.WebUrl;
import org.irrt.model.contribution.PostContent;
import org.irrt.model.member.Affiliation;
import org.irrt.model.member.Consent;
import org.irrt.model.member.Member;
import org.irrt.model.membership.Membership;
import org.irrt.model.membership.PaymentReference;
import org.irrt.model.membership.Renewal;
import org.irrt.model.pledge.Donor;
import org.irrt.model.pledge.Frequency;
import org.irrt.model.pledge.Pledge;
import org.irrt.model.pledge.PledgePayment;
import org.irrt.model.pledge.Tribute;

/**
 * The canonical text of a command's full content, and its SHA-256: what tells a retry from a key
 * reused with other content. Plain Java, no JSON library: a record writes its type and its
 * components in order (the JDK's record components of our own command records); ids and simple
 * values write their text; the model's values write every attribute, personal data included (an
 * e-mail that differs makes another content), listed here by hand. The text is only ever hashed,
 * never stored or logged, so nothing personal leaves through it. A type with no canonical text is a
 * programming error ({@link IllegalArgumentException}), never a silent fallback to {@code toString()}
 * (which masks personal data).
 *
 * <p>Equal content gives equal text: collections keep their order, except sets, whose elements are
 * sorted by their text; amounts keep their scale, as {@code Money.equals} does. A host that writes
 * its own workflow declares its command records {@code public}, in a package irrt-workflows can
 * read, so that their components can be read here.
 */
final class CommandContent {
  private CommandContent() {}

  /** The SHA-256 of the canonical text, in hex. */
  static String fingerprint(Object command) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(canonical(command).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  /** The canonical text of a value. */
  static String canonical(Object value) {
    StringBuilder sb = new StringBuilder(64);
    write(sb, value);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object v) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String s) {
      quote(sb, s);
    } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short
        || v instanceof Byte || v instanceof Character) {
      sb.append(v);
    } else if (v instanceof BigDecimal d) {
      sb.append(d); // the scale is part of the value, as for equals
    } else if (v instanceof Enum<?> e) {
      sb.append(e.getDeclaringClass().getSimpleName()).append('.').append(e.name());
    } else if (v instanceof Optional<?> o) {
      if (o.isEmpty()) {
        sb.append("none");
      } else {
        write(sb.append("some("), o.get());
        sb.append(')');
      }
    } else if (v instanceof Set<?> set) {
      List<String> items = new ArrayList<>();
      set.forEach(x -> items.add(canonical(x)));
      items.sort(null);
      sb.append('{').append(String.join(",", items)).append('}');
    } else if (v instanceof Collection<?> list) {
      sb.append('[');
      boolean first = true;
      for (Object x : list) {
        if (!first) {
          sb.append(',');
        }
        write(sb, x);
        first = false;
      }
      sb.append(']');
    } else if (v instanceof Map<?, ?> map) {
      List<String> entries = new ArrayList<>();
      map.forEach((k, x) -> entries.add(canonical(k) + "=" + canonical(x)));
      entries.sort(null);
      sb.append("map{").append(String.join(",", entries)).append('}');
    } else if (v instanceof TemporalAccessor || v instanceof ZoneId || v instanceof Duration || v instanceof Period
        || v instanceof Currency) {
      sb.append(v.getClass().getSimpleName()).append(':').append(v);
    } else if (v instanceof Record r) {
      record(sb, r);
    } else {
      model(sb, v);
    }
  }

  /** A record: its type and components, in order, through their public accessors. */
  private static void record(StringBuilder sb, Record r) {
    sb.append(r.getClass().getSimpleName()).append('(');
    RecordComponent[] components = r.getClass().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(components[i].getName()).append('=');
      try {
        write(sb, components[i].getAccessor().invoke(r));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalArgumentException("the record " + r.getClass().getName() + " cannot be read", e);
      }
    }
    sb.append(')');
  }

  /** The model's values, every attribute by name; a test checks that no attribute is missing. */
  private static void model(StringBuilder sb, Object v) {
    if (v instanceof Money m) {
      fields(sb, "Money", "currency", m.currency(), "amount", m.amount());
    } else if (v instanceof EmailAddress e) {
      fields(sb, "EmailAddress", "value", e.value());
    } else if (v instanceof PhoneNumber p) {
      fields(sb, "PhoneNumber", "e164", p.e164());
    } else if (v instanceof WebUrl u) {
      fields(sb, "WebUrl", "value", u.value());
    } else if (v instanceof Member m) {
      fields(sb, "Member", "id", m.id(), "name", m.name(), "email", m.email(), "phone", m.phone(),
          "postalAddress", m.postalAddress(), "country", m.country(), "preferredLanguage", m.preferredLanguage(),
          "affiliation", m.affiliation(), "category", m.category(), "consent", m.consent(), "erasedAt", m.erasedAt());
    } else if (v instanceof PersonName n) {
      fields(sb, "PersonName", "givenNames", n.givenNames(), "familyName", n.familyName(),
          "familyNameFirst", n.familyNameFirst(), "latin", n.latin());
    } else if (v instanceof PostalAddress a) {
      fields(sb, "PostalAddress", "lines", a.lines(), "country", a.country());
    } else if (v instanceof Affiliation a) {
      fields(sb, "Affiliation", "institution", a.institution(), "position", a.position());
    } else if (v instanceof Consent c) {
      fields(sb, "Consent", "directoryListing", c.directoryListing(), "newsletter", c.newsletter());
    } else if (v instanceof Membership m) {
      fields(sb, "Membership", "id", m.id(), "memberId", m.memberId(), "typeId", m.typeId(), "joinDate", m.joinDate(),
          "startDate", m.startDate(), "endDate", m.endDate(), "statusOverride", m.statusOverride(),
          "statusOverrideEndDate", m.statusOverrideEndDate(), "pending", m.pending(),
          "renewalRequestedOn", m.renewalRequestedOn(), "payments", m.payments(), "renewals", m.renewals(),
          "reversals", m.reversals());
    } else if (v instanceof Renewal r) {
      fields(sb, "Renewal", "paymentId", r.paymentId(), "terms", r.terms(), "previousStartDate", r.previousStartDate(),
          "previousEndDate", r.previousEndDate(), "previouslyPending", r.previouslyPending(),
          "previousRenewalRequestedOn", r.previousRenewalRequestedOn(), "startDate", r.startDate(), "endDate", r.endDate());
    } else if (v instanceof PaymentReversal r) {
      fields(sb, "PaymentReversal", "paymentId", r.paymentId(), "reversedOn", r.reversedOn(), "reason", r.reason());
    } else if (v instanceof PaymentReference p) {
      fields(sb, "PaymentReference", "paymentId", p.paymentId(), "amount", p.amount(), "receivedOn", p.receivedOn());
    } else if (v instanceof PledgePayment p) {
      fields(sb, "PledgePayment", "paymentId", p.paymentId(), "amount", p.amount(), "receivedOn", p.receivedOn());
    } else if (v instanceof Pledge p) {
      fields(sb, "Pledge", "id", p.id(), "campaign", p.campaign(), "donor", p.donor(), "total", p.total(),
          "installmentCount", p.installmentCount(), "frequency", p.frequency(), "startDate", p.startDate(),
          "tribute", p.tribute(), "anonymous", p.anonymous(), "acknowledgedOn", p.acknowledgedOn(),
          "cancelledOn", p.cancelledOn(), "writtenOffOn", p.writtenOffOn(), "payments", p.payments(),
          "reversals", p.reversals());
    } else if (v instanceof Donor d) {
      fields(sb, "Donor", "member", d.member(), "name", d.name());
    } else if (v instanceof Tribute t) {
      fields(sb, "Tribute", "kind", t.kind(), "name", t.name());
    } else if (v instanceof Frequency f) {
      fields(sb, "Frequency", "interval", f.interval(), "unit", f.unit(), "dayOfMonth", f.dayOfMonth());
    } else if (v instanceof PostContent c) {
      fields(sb, "PostContent", "title", c.title(), "summary", c.summary(), "body", c.body(), "format", c.format(),
          "language", c.language(), "tags", c.tags(), "cover", c.cover());
    } else {
      throw new IllegalArgumentException("no canonical text for " + v.getClass().getName()
          + ": add it to CommandContent");
    }
  }

  private static void fields(StringBuilder sb, String type, Object... namesAndValues) {
    sb.append(type).append('(');
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(namesAndValues[i]).append('=');
      write(sb, namesAndValues[i + 1]);
    }
    sb.append(')');
  }

  private static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    sb.append('"');
  }
}

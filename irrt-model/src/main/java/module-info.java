/**
 * The irrt model: immutable, validated values of a round table. JSON comes from an adapter,
 * {@code org.irrt.jackson2} or {@code org.irrt.jackson3}.
 *
 * <p>Jackson and Hibernate Validator reach into the value packages reflectively (Immutables' JSON
 * form of a value is package-private), so those packages are opened to them and to nothing else.
 * The OWASP HTML sanitizer has no module name of its own; it is required by the name the JDK derives
 * from its file name, {@code owasp.java.html.sanitizer}, which Maven's file name (the artifact id)
 * keeps the same in every version.
 */
module org.irrt.model {
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive jakarta.validation;
  requires transitive org.jspecify;
  requires org.hibernate.validator;
  requires jakarta.el; // Hibernate Validator interpolates messages with EL; Expressly provides it
  requires com.google.i18n.phonenumbers.libphonenumber;
  requires com.ibm.icu;
  requires org.commonmark;
  requires owasp.java.html.sanitizer;
  requires static org.immutables.value.annotations;
  requires static com.fasterxml.jackson.databind;
  requires static tools.jackson.databind;

  exports org.irrt.model.common;
  exports org.irrt.model.committee;
  exports org.irrt.model.contribution;
  exports org.irrt.model.freelinks;
  exports org.irrt.model.link;
  exports org.irrt.model.member;
  exports org.irrt.model.membership;
  exports org.irrt.model.pledge;
  exports org.irrt.model.roundtable;
  exports org.irrt.model.internal to org.irrt.jackson2, org.irrt.jackson3, org.hibernate.validator;

  opens org.irrt.model.common to com.fasterxml.jackson.databind, tools.jackson.databind, org.hibernate.validator;
  opens org.irrt.model.committee to com.fasterxml.jackson.databind, tools.jackson.databind, org.hibernate.validator;
  opens org.irrt.model.contribution to com.fasterxml.jackson.databind, tools.jackson.databind, org.hibernate.validator;
  opens org.irrt.model.freelinks to com.fasterxml.jackson.databind, tools.jackson.databind, org.hibernate.validator;
  opens org.irrt.model.link to com.fasterxml.jackson.databind, tools.jackson.databind, org.hibernate.validator;
  opens org.irrt.model.member to com.fasterxml.jackson.databind, tools.jackson.databind, org.hibernate.validator;
  opens org.irrt.model.membership to com.fasterxml.jackson.databind, tools.jackson.databind, org.hibernate.validator;
  opens org.irrt.model.pledge to com.fasterxml.jackson.databind, tools.jackson.databind, org.hibernate.validator;
  opens org.irrt.model.roundtable to com.fasterxml.jackson.databind, tools.jackson.databind, org.hibernate.validator;
}

/**
 * The IRRT reference data: a round table described from public sources only, as a UTF-8 JSON
 * document, read with whichever JSON adapter the host has ({@code org.irrt.jackson2} or
 * {@code org.irrt.jackson3}).
 */
module org.irrt.data {
  requires transitive org.irrt.model;

  exports org.irrt.data;
}

/**
 * The IRRT reference data: a round table described from public sources only, as a UTF-8 JSON
 * document, read with whichever JSON adapter the host has ({@code org.irrt.jackson2} or
 * {@code org.irrt.jackson3}).
 */
module org.irrt.data {
  requires transitive org.irrt.model;
  // Compile time only, for Javadoc: the model's class files carry Immutables' @Value.Style, whose
  // enum constants Javadoc must resolve. Nothing of Immutables is needed at run time.
  requires static org.immutables.value.annotations;

  exports org.irrt.data;
}

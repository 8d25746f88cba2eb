/** JSON in and out of the irrt model for hosts on Jackson 3, as Spring Boot 4 uses. */
module org.irrt.jackson3 {
  requires transitive org.irrt.model;
  requires transitive tools.jackson.databind;

  exports org.irrt.jackson3;

  provides tools.jackson.databind.JacksonModule with org.irrt.jackson3.IrrtModule;
}

/** JSON in and out of the irrt model for hosts on Jackson 2. */
module org.irrt.jackson2 {
  requires transitive org.irrt.model;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;

  exports org.irrt.jackson2;

  provides com.fasterxml.jackson.databind.Module with org.irrt.jackson2.IrrtModule;
}

/**
 * Runnable example programs on the IRRT reference data and on users' files, and the {@code irrt}
 * command line ({@link org.irrt.examples.IrrtCommand}) that runs them. Each example is a small,
 * documented {@code main} that uses only the public API of the library.
 */
package org.irrt.examples;

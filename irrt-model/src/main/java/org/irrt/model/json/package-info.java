/**
 * JSON in and out: {@link org.irrt.model.json.IrrtModule} for a host's own Jackson mapper, and
 * {@link org.irrt.model.json.IrrtJson}, a ready hardened mapper with one-line read and write.
 */
@NullMarked
package org.irrt.model.json;

import org.jspecify.annotations.NullMarked;

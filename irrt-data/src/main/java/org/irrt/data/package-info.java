/**
 * The IRRT reference data ({@link org.irrt.data.IrrtData}): the International Relations Round Table
 * of the American Library Association, from public sources only.
 */
@NullMarked
package org.irrt.data;

import org.jspecify.annotations.NullMarked;

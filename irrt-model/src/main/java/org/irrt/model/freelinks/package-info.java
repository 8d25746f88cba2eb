/**
 * The Free Links Program's catalogue of free professional development opportunities, its queries,
 * and the featured-website-of-the-month schedule.
 */
@IrrtStyle
@NullMarked
package org.irrt.model.freelinks;

import org.irrt.model.common.IrrtStyle;
import org.jspecify.annotations.NullMarked;

/**
 * The round table aggregate: {@link org.irrt.model.roundtable.RoundTable} with its history,
 * purposes, liaison bodies, newsletter, initiatives and interest groups. Committees and links have
 * packages of their own.
 */
@IrrtStyle
@NullMarked
package org.irrt.model.roundtable;

import org.irrt.model.common.IrrtStyle;
import org.jspecify.annotations.NullMarked;

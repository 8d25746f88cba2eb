/**
 * Committees of a round table: kinds, roles, seat limits and term rules (ALA committee practice).
 * Appointments and volunteering are workflows in {@code org.irrt.workflow.committee}.
 */
@IrrtStyle
@NullMarked
package org.irrt.model.committee;

import org.irrt.model.common.IrrtStyle;
import org.jspecify.annotations.NullMarked;

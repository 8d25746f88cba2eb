/**
 * Values and exceptions shared by every aggregate: {@link org.irrt.model.common.WebUrl}, {@link
 * org.irrt.model.common.PartialDate}, {@link org.irrt.model.common.PaymentReversal} (a payment taken
 * back, for pledges and memberships alike), the constraints {@link org.irrt.model.common.ValidText} and
 * {@link org.irrt.model.common.LanguageTag}, the style {@link org.irrt.model.common.IrrtStyle}, and
 * the library's exceptions with their {@link org.irrt.model.common.Violation}s.
 */
@NullMarked
package org.irrt.model.common;

import org.jspecify.annotations.NullMarked;

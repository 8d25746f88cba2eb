/**
 * Members: {@link org.irrt.model.member.Member} with contact data and consent, and the {@link
 * org.irrt.model.member.MemberDirectory}. Memberships, their periods and status are in {@code
 * org.irrt.model.membership}.
 */
@IrrtStyle
@NullMarked
package org.irrt.model.member;

import org.irrt.model.common.IrrtStyle;
import org.jspecify.annotations.NullMarked;

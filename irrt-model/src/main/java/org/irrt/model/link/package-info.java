/**
 * Links and link groups as a round table's page shows them: featured websites of the month, related
 * links by topic, navigation. Addresses are {@link org.irrt.model.common.WebUrl}s or, where no
 * source gives one, plainly unknown.
 */
@IrrtStyle
@NullMarked
package org.irrt.model.link;

import org.irrt.model.common.IrrtStyle;
import org.jspecify.annotations.NullMarked;

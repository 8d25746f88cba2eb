/**
 * Contributed blog posts: {@link org.irrt.model.contribution.Contribution} with its append-only
 * revisions and editorial thread, {@link org.irrt.model.contribution.PostContent}, and {@link
 * org.irrt.model.contribution.SafeContent}, which renders Markdown and sanitises HTML to an
 * allow-list. The editorial workflow is in {@code org.irrt.workflow.contribution}.
 */
@IrrtStyle
@NullMarked
package org.irrt.model.contribution;

import org.irrt.model.common.IrrtStyle;
import org.jspecify.annotations.NullMarked;

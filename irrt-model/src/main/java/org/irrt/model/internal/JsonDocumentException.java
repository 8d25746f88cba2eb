package org.irrt.model.internal;

import java.util.List;
import org.irrt.model.common.InvalidValueException;
import org.irrt.model.common.Violation;

/**
 * The exception the reader throws for a whole document: every violation, with paths from the
 * document's root. Hosts see an {@link InvalidValueException}; the library recognises this subtype
 * so that it never prefixes the paths again.
 */
final class JsonDocumentException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  JsonDocumentException(String subject, List<Violation> violations) {
    super(subject, violations);
  }
}

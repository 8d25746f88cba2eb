package com.example.host;

import java.util.Objects;
import org.irrt.model.link.LinkGroup;

/**
 * A host's own types, in a host's package: a type in {@code org.irrt.model} (where the other tests
 * of this module live) counts as the library's and is read as a library value.
 */
public final class HostRecords {
  private HostRecords() {}

  /**
   * A host's record: a library value, then fields of its own.
   *
   * @param main a link group
   * @param note the host's text
   * @param rank the host's number
   */
  public record Page(LinkGroup main, String note, int rank) {}

  /**
   * A host's record that cannot be made without its library value.
   *
   * @param main a link group, required
   * @param note the host's text
   */
  public record Required(LinkGroup main, String note) {
    /** Refuses a missing link group. */
    public Required {
      Objects.requireNonNull(main, "main");
    }
  }

  /**
   * A host's request: library values beside a field of its own, as a Spring controller's body.
   *
   * @param main a link group
   * @param note the host's text
   * @param more more link groups
   */
  public record Request(LinkGroup main, String note, java.util.List<LinkGroup> more) {}
}

package com.example.host;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irrt.model.link.LinkGroup;

/** A host's records that hold library values only through other records of the host's, at any depth. */
public final class Nested {
  private Nested() {}

  /**
   * A host's record holding a host's record that holds library values, and lists, maps and optionals of such records.
   *
   * @param page a host's record holding a link group
   * @param pages a list of them
   * @param byName a map of them
   * @param maybe an optional one
   * @param note the host's text
   */
  public record Outer(HostRecords.Page page, List<HostRecords.Page> pages, Map<String, HostRecords.Page> byName,
      Optional<HostRecords.Page> maybe, String note) {}

  /**
   * Three levels of the host's records.
   *
   * @param outer the record above
   */
  public record Deep(Outer outer) {}

  /**
   * A host's record that refers to itself, holding a link group.
   *
   * @param group a link group
   * @param next the next one
   */
  public record Chain(LinkGroup group, Chain next) {}

  /**
   * A host's record of the host's own values only.
   *
   * @param name a text
   * @param count a number
   * @param tags texts
   */
  public record Plain(String name, int count, List<String> tags) {}

  /**
   * A host's record holding only its own record.
   *
   * @param plain the record
   */
  public record Holder(Plain plain) {}

  /**
   * A host's record holding library values in a map and an optional only.
   *
   * @param byName link groups by name
   * @param maybe an optional link group
   */
  public record Containers(Map<String, LinkGroup> byName, Optional<LinkGroup> maybe) {}

  /** A host's bean with library values, as a form object updated in place. */
  public static final class Form {
    /** A link group. */
    public LinkGroup one;
    /** Another. */
    public LinkGroup two;
    /** The host's text. */
    public String note;
  }

  /**
   * A host's generic envelope, as a response or request wrapper.
   *
   * @param <T> what it holds
   * @param body what it holds
   * @param note the host's text
   */
  public record Envelope<T>(T body, String note) {}
}

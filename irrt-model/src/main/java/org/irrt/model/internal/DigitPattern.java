package org.irrt.model.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A regular expression over the digits {@code 0}–{@code 9}, compiled to a deterministic automaton,
 * for the number patterns of libphonenumber's metadata.
 *
 * <p>Those patterns use a small part of the regular-expression language: digits, {@code \d},
 * classes of digits and ranges ({@code [2-589]}), groups ({@code (?:...)} or capturing), alternation
 * and the quantifiers {@code ?}, {@code *}, {@code +}, <code>{n}</code>, <code>{n,}</code> and
 * <code>{n,m}</code>. For whole matches of digit strings, such a pattern accepts exactly the
 * strings {@link java.util.regex.Pattern#matches} accepts: the language is the same, and greedy or
 * lazy choice does not change whether a whole string matches. {@link #compile} returns {@code null}
 * for a pattern outside that part of the language or one whose automaton would exceed {@value
 * #MAX_STATES} states; callers then use {@code java.util.regex}.
 *
 * <p>Why: {@code Pattern.matcher(...).matches()} allocates a matcher and clears its arrays for each
 * call, which cost more than the rest of reading a stored phone number; a table lookup per digit
 * costs a few nanoseconds and allocates nothing. Instances are immutable and thread-safe.
 */
public final class DigitPattern {
  /** The largest automaton built, in states. */
  public static final int MAX_STATES = 4096;

  // next[state * 10 + digit]: the next state, or -1 where no match can follow
  private final int[] next;
  private final boolean[] accepting;

  private DigitPattern(int[] next, boolean[] accepting) {
    this.next = next;
    this.accepting = accepting;
  }

  /**
   * Compiles a pattern.
   *
   * @param regex a pattern in the subset described above
   * @return the automaton, or {@code null} if the pattern is outside the subset or too large
   */
  public static DigitPattern compile(String regex) {
    try {
      Parser parser = new Parser(regex);
      Node tree = parser.alternation();
      if (parser.pos != regex.length()) {
        return null;
      }
      Nfa nfa = new Nfa();
      int start = nfa.state();
      int end = tree.build(nfa, start);
      return nfa.determinize(start, end);
    } catch (Unsupported | IndexOutOfBoundsException e) {
      return null; // outside the subset, or cut short ("1{2")
    }
  }

  /**
   * Whether the whole of {@code text} matches.
   *
   * @param text any text; one with a character other than an ASCII digit does not match
   * @return {@code true} if it matches
   */
  public boolean matches(CharSequence text) {
    return matches(text, 0);
  }

  /**
   * Whether the whole of {@code text[from..]} matches.
   *
   * @param text any text; one with a character other than an ASCII digit there does not match
   * @param from where the part to match starts, from 0 to the text's length
   * @return {@code true} if it matches
   */
  public boolean matches(CharSequence text, int from) {
    int state = 0;
    for (int i = from, n = text.length(); i < n; i++) {
      int d = text.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      state = next[state * 10 + d];
      if (state < 0) {
        return false;
      }
    }
    return accepting[state];
  }

  /**
   * Several automata run as one over the same digits: one table lookup per digit tells, at the
   * end, which of them match the whole text. Built from the reachable tuples of their states (the
   * product automaton); {@code null} when that would exceed {@code maxStates} states.
   *
   * @param parts up to 31 automata
   * @param maxStates the largest product built, in states, at most 6,553 (its table has 16-bit entries)
   * @return the product, or {@code null} (also for no parts, more than 31, or a larger {@code maxStates})
   */
  public static Product product(DigitPattern[] parts, int maxStates) {
    if (parts.length == 0 || parts.length > 31 || maxStates > 6553) {
      return null;
    }
    Map<List<Integer>, Integer> ids = new HashMap<>();
    List<int[]> tuples = new ArrayList<>();
    int[] first = new int[parts.length]; // every automaton starts in its state 0
    ids.put(key(first), 0);
    tuples.add(first);
    List<int[]> rows = new ArrayList<>();
    for (int i = 0; i < tuples.size(); i++) {
      int[] from = tuples.get(i);
      int[] row = new int[10];
      for (int d = 0; d < 10; d++) {
        int[] to = new int[parts.length];
        boolean alive = false;
        for (int k = 0; k < parts.length; k++) {
          to[k] = from[k] < 0 ? -1 : parts[k].next[from[k] * 10 + d];
          alive |= to[k] >= 0;
        }
        if (!alive) {
          row[d] = -1;
          continue;
        }
        Integer id = ids.get(key(to));
        if (id == null) {
          if (tuples.size() >= maxStates) {
            return null;
          }
          id = tuples.size();
          ids.put(key(to), id);
          tuples.add(to);
        }
        row[d] = id;
      }
      rows.add(row);
    }
    // 16 bits per entry (a row's start, at most 10 * maxStates, fits while maxStates < 6553): the
    // rows a number passes through share fewer cache lines than with 32
    char[] next = new char[rows.size() * 10];
    int[] accepted = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      for (int d = 0; d < 10; d++) {
        int to = rows.get(i)[d];
        next[i * 10 + d] = to < 0 ? DEAD : (char) (to * 10); // the row's start: one addition per digit
      }
      int[] tuple = tuples.get(i);
      for (int k = 0; k < parts.length; k++) {
        if (tuple[k] >= 0 && parts[k].accepting[tuple[k]]) {
          accepted[i] |= 1 << k;
        }
      }
    }
    return new Product(next, accepted);
  }

  private static final char DEAD = 0xFFFF;

  private static List<Integer> key(int[] tuple) {
    List<Integer> key = new ArrayList<>(tuple.length);
    for (int t : tuple) {
      key.add(t);
    }
    return key;
  }

  /** Automata run as one: see {@link #product}. Immutable and thread-safe. */
  public static final class Product {
    // next[row + digit]: the next state's row (its number times ten), or DEAD where none of the automata can go on
    private final char[] next;
    // accepted[state]: bit k set where automaton k accepts
    private final int[] accepted;

    private Product(char[] next, int[] accepted) {
      this.next = next;
      this.accepted = accepted;
    }

    /**
     * Which automata match the whole of {@code text[from..]}.
     *
     * @param text any text; one with a character other than an ASCII digit there matches none
     * @param from where the part to match starts, from 0 to the text's length
     * @return bit k set where automaton k matches; 0 where none does
     */
    public int matching(String text, int from) {
      int row = 0;
      for (int i = from, n = text.length(); i < n; i++) {
        int d = text.charAt(i) - '0';
        if (d < 0 || d > 9) {
          return 0;
        }
        row = next[row + d];
        if (row == DEAD) {
          return 0;
        }
      }
      return accepted[row / 10];
    }
  }

  /**
   * A random string this automaton accepts, of at most {@code maxLength} digits, found by a random
   * walk; for tests that compare it with {@code java.util.regex}.
   */
  String sample(java.util.Random random, int maxLength) {
    StringBuilder out = new StringBuilder();
    int state = 0;
    for (int i = 0; i <= maxLength; i++) {
      if (accepting[state] && (random.nextInt(3) == 0 || i == maxLength)) {
        return out.toString();
      }
      int[] choices = new int[10];
      int n = 0;
      for (int d = 0; d < 10; d++) {
        if (next[state * 10 + d] >= 0) {
          choices[n++] = d;
        }
      }
      if (n == 0) {
        return accepting[state] ? out.toString() : null;
      }
      int d = choices[random.nextInt(n)];
      out.append((char) ('0' + d));
      state = next[state * 10 + d];
    }
    return null;
  }

  /** Thrown for what the subset does not include. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  // ---- syntax ----

  private interface Node {
    /** Adds this node's states after {@code from}; returns the state reached at its end. */
    int build(Nfa nfa, int from);
  }

  /** One digit out of a set (a bit per digit). */
  private record Digits(int mask) implements Node {
    @Override
    public int build(Nfa nfa, int from) {
      int to = nfa.state();
      nfa.edge(from, mask, to);
      return to;
    }
  }

  private record Sequence(List<Node> parts) implements Node {
    @Override
    public int build(Nfa nfa, int from) {
      int at = from;
      for (Node part : parts) {
        at = part.build(nfa, at);
      }
      return at;
    }
  }

  private record Choice(List<Node> options) implements Node {
    @Override
    public int build(Nfa nfa, int from) {
      int end = nfa.state();
      for (Node option : options) {
        int start = nfa.state();
        nfa.epsilon(from, start);
        nfa.epsilon(option.build(nfa, start), end);
      }
      return end;
    }
  }

  /** {@code min} to {@code max} repetitions; {@code max} -1 for no limit. */
  private record Repeat(Node body, int min, int max) implements Node {
    @Override
    public int build(Nfa nfa, int from) {
      int at = from;
      for (int i = 0; i < min; i++) {
        at = body.build(nfa, at);
      }
      if (max < 0) {
        int loop = nfa.state();
        nfa.epsilon(at, loop);
        nfa.epsilon(body.build(nfa, loop), loop);
        return loop;
      }
      int end = nfa.state();
      nfa.epsilon(at, end);
      for (int i = min; i < max; i++) {
        at = body.build(nfa, at);
        nfa.epsilon(at, end);
      }
      return end;
    }
  }

  private static final class Parser {
    private final String s;
    int pos;

    Parser(String s) {
      this.s = s;
    }

    Node alternation() {
      List<Node> options = new ArrayList<>();
      options.add(sequence());
      while (pos < s.length() && s.charAt(pos) == '|') {
        pos++;
        options.add(sequence());
      }
      return options.size() == 1 ? options.get(0) : new Choice(options);
    }

    private Node sequence() {
      List<Node> parts = new ArrayList<>();
      while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
        parts.add(quantified(atom()));
      }
      return parts.size() == 1 ? parts.get(0) : new Sequence(parts);
    }

    private Node atom() {
      char c = s.charAt(pos++);
      if (c >= '0' && c <= '9') {
        return new Digits(1 << (c - '0'));
      }
      if (c == '\\') {
        expect('d');
        return new Digits(0x3FF);
      }
      if (c == '[') {
        return digitClass();
      }
      if (c == '(') {
        if (s.startsWith("?:", pos)) {
          pos += 2;
        } else if (pos < s.length() && s.charAt(pos) == '?') {
          throw new Unsupported(); // lookaround, named or flagged groups
        }
        Node inner = alternation();
        expect(')');
        return inner;
      }
      throw new Unsupported();
    }

    private Node digitClass() {
      if (pos < s.length() && s.charAt(pos) == '^') {
        throw new Unsupported();
      }
      int mask = 0;
      boolean first = true;
      while (true) {
        if (pos >= s.length()) {
          throw new Unsupported();
        }
        char c = s.charAt(pos++);
        if (c == ']' && !first) {
          break;
        }
        first = false;
        if (c == '\\') {
          expect('d');
          mask |= 0x3FF;
          continue;
        }
        if (c < '0' || c > '9') {
          throw new Unsupported();
        }
        int low = c - '0';
        int high = low;
        if (pos + 1 < s.length() && s.charAt(pos) == '-' && s.charAt(pos + 1) != ']') {
          char h = s.charAt(pos + 1);
          if (h < '0' || h > '9' || h < c) {
            throw new Unsupported();
          }
          high = h - '0';
          pos += 2;
        }
        for (int d = low; d <= high; d++) {
          mask |= 1 << d;
        }
      }
      return new Digits(mask);
    }

    private Node quantified(Node atom) {
      Node node = atom;
      while (pos < s.length()) {
        char c = s.charAt(pos);
        int min;
        int max;
        if (c == '?') {
          min = 0;
          max = 1;
          pos++;
        } else if (c == '*') {
          min = 0;
          max = -1;
          pos++;
        } else if (c == '+') {
          min = 1;
          max = -1;
          pos++;
        } else if (c == '{') {
          pos++;
          min = number();
          if (s.charAt(pos) == ',') {
            pos++;
            max = s.charAt(pos) == '}' ? -1 : number();
          } else {
            max = min;
          }
          expect('}');
          if (max >= 0 && max < min || min > 64 || max > 64) {
            throw new Unsupported();
          }
        } else {
          return node;
        }
        if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
          pos++; // lazy or possessive: the same whole-match language... except possessive
          if (s.charAt(pos - 1) == '+') {
            throw new Unsupported(); // possessive quantifiers can refuse what the language holds
          }
        }
        node = new Repeat(node, min, max);
      }
      return node;
    }

    private int number() {
      int start = pos;
      while (pos < s.length() && Character.isDigit(s.charAt(pos)) && s.charAt(pos) < 128) {
        pos++;
      }
      if (pos == start || pos - start > 3) {
        throw new Unsupported();
      }
      return Integer.parseInt(s, start, pos, 10);
    }

    private void expect(char c) {
      if (pos >= s.length() || s.charAt(pos) != c) {
        throw new Unsupported();
      }
      pos++;
    }
  }

  // ---- automata ----

  /** A nondeterministic automaton with empty moves, built by the nodes above. */
  private static final class Nfa {
    private final List<int[]> edges = new ArrayList<>(); // per state: pairs of (mask, target)
    private final List<int[]> empties = new ArrayList<>(); // per state: targets

    int state() {
      if (edges.size() > 20_000) {
        throw new Unsupported();
      }
      edges.add(new int[0]);
      empties.add(new int[0]);
      return edges.size() - 1;
    }

    void edge(int from, int mask, int to) {
      int[] old = edges.get(from);
      int[] now = java.util.Arrays.copyOf(old, old.length + 2);
      now[old.length] = mask;
      now[old.length + 1] = to;
      edges.set(from, now);
    }

    void epsilon(int from, int to) {
      int[] old = empties.get(from);
      int[] now = java.util.Arrays.copyOf(old, old.length + 1);
      now[old.length] = to;
      empties.set(from, now);
    }

    private BitSet closure(BitSet states) {
      BitSet out = (BitSet) states.clone();
      int[] stack = new int[edges.size()];
      int top = 0;
      for (int s = states.nextSetBit(0); s >= 0; s = states.nextSetBit(s + 1)) {
        stack[top++] = s;
      }
      while (top > 0) {
        int s = stack[--top];
        for (int t : empties.get(s)) {
          if (!out.get(t)) {
            out.set(t);
            stack[top++] = t;
          }
        }
      }
      return out;
    }

    DigitPattern determinize(int start, int end) {
      Map<BitSet, Integer> ids = new HashMap<>();
      List<BitSet> sets = new ArrayList<>();
      BitSet first = new BitSet();
      first.set(start);
      first = closure(first);
      ids.put(first, 0);
      sets.add(first);
      List<int[]> rows = new ArrayList<>();
      for (int i = 0; i < sets.size(); i++) {
        BitSet from = sets.get(i);
        int[] row = new int[10];
        for (int d = 0; d < 10; d++) {
          BitSet moved = new BitSet();
          for (int s = from.nextSetBit(0); s >= 0; s = from.nextSetBit(s + 1)) {
            int[] e = edges.get(s);
            for (int k = 0; k < e.length; k += 2) {
              if ((e[k] & (1 << d)) != 0) {
                moved.set(e[k + 1]);
              }
            }
          }
          if (moved.isEmpty()) {
            row[d] = -1;
            continue;
          }
          BitSet to = closure(moved);
          Integer id = ids.get(to);
          if (id == null) {
            if (sets.size() >= MAX_STATES) {
              throw new Unsupported();
            }
            id = sets.size();
            ids.put(to, id);
            sets.add(to);
          }
          row[d] = id;
        }
        rows.add(row);
      }
      int[] next = new int[rows.size() * 10];
      boolean[] accepting = new boolean[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        System.arraycopy(rows.get(i), 0, next, i * 10, 10);
        accepting[i] = sets.get(i).get(end);
      }
      return new DigitPattern(next, accepting);
    }
  }
}

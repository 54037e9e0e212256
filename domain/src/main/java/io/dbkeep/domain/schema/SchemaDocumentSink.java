package io.dbkeep.domain.schema;

import io.dbkeep.domain.json.JsonBoolean;
import io.dbkeep.domain.json.JsonNull;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonSink;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonTreeSink;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.problem.BoundedProblems;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.schema.SinkFrames.ArrayFrame;
import io.dbkeep.domain.schema.SinkFrames.Frame;
import io.dbkeep.domain.schema.SinkFrames.Kind;
import io.dbkeep.domain.schema.SinkFrames.ObjectFrame;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@link SchemaDocument} straight from a parser's events, without a {@link JsonValue} tree
 * of the document (ADR 0141): the same result and the same problems, in the same order, as {@link
 * SchemaDocumentReader#read} of the tree of the same text.
 *
 * <p>Each element object's members are collected as they come (scalars as values, the element
 * arrays and objects the rules read as what the sink has read of them already) and, when the object
 * ends, the reader's own rule for it runs over them ({@link JsonFields}): so members are looked up
 * in rule order, and a nested member's problems are added where the rule asks for it. Unknown
 * members, and members of an unexpected type, are kept as trees (an element's {@code extra}). An
 * array past its limit ({@code TOO_MANY_TABLES} …) is only counted from then on.
 *
 * <p>Names must be unique in each object: a repeated one ends the read with {@link
 * IllegalArgumentException} ("duplicate member name …", as {@link JsonObject.Builder#build()}) from
 * the {@link #endObject()} of its object. What the read holds is bounded by the caller (the adapter
 * that parses charges the tree the text would have made). Not thread-safe; one value per sink.
 */
public final class SchemaDocumentSink implements JsonSink {

  private static final JsonNumber[] SMALL = new JsonNumber[1_024];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = JsonNumber.of(i);
    }
  }

  private final SchemaDocumentReader reader;

  /** The member of a body object that holds the document; null when the value is the document. */
  private final String documentMember;

  private final List<Frame> open = new ArrayList<>();

  /** The innermost open frame (the last of {@link #open}), or null: asked for at every value. */
  private Frame top;

  private final List<ObjectFrame> objectFrames = new ArrayList<>();
  private final List<ArrayFrame> arrayFrames = new ArrayList<>();

  /** The tree of a value kept as it is (unknown or of an unexpected type), while it is open. */
  private JsonTreeSink tree;

  private int treeDepth;

  /** The estimated bytes of the records and problems read so far ({@link #retained()}). */
  private long retained;

  private boolean done;
  private JsonValue body;
  private Decoded<SchemaDocument> document;

  private SchemaDocumentSink(SchemaLimits limits, String documentMember) {
    this.reader = new SchemaDocumentReader(limits);
    this.documentMember = documentMember;
  }

  /** A sink whose one value is a bare document ({@link #document()}). */
  public static SchemaDocumentSink document(SchemaLimits limits) {
    return new SchemaDocumentSink(limits, null);
  }

  /**
   * A sink whose one value is a request body: an object whose member {@code member}, when it is an
   * object, is read as a document ({@link #document()}); the rest is kept as a tree ({@link
   * #body()}, without that member when it was read as a document).
   */
  public static SchemaDocumentSink member(SchemaLimits limits, String member) {
    return new SchemaDocumentSink(limits, member);
  }

  /** The document read: as {@link SchemaDocumentReader#read} would from the tree of the value. */
  public Option<Decoded<SchemaDocument>> document() {
    requireDone();
    return Option.of(document);
  }

  /** A body sink's value, less its document member when that was read as a document. */
  public JsonValue body() {
    requireDone();
    if (documentMember == null) {
      throw new IllegalStateException("a document sink has no body");
    }
    return body;
  }

  private void requireDone() {
    if (!done) {
      throw new IllegalStateException("no complete value was written");
    }
  }

  /**
   * What the document read so far keeps beyond a tree of its text: each element's record ({@value
   * #RECORD} bytes) and each problem (its record, path and message). A tree charges four bytes for
   * an empty object in an array, while its element becomes a record and, say, three problems of
   * some 150 bytes each: a body of a million {@code {}} columns would otherwise fill the heap.
   */
  @Override
  public long retained() {
    return retained;
  }

  /** The estimated bytes of one element's record (a column's is 72, with its options more). */
  static final int RECORD = 96;

  /**
   * Counts the problems {@code frame}'s rule added to {@code problems} from {@code from} on, less
   * those of its members read already (counted when they were read, only copied here).
   */
  private void keep(ObjectFrame frame, List<Problem> problems, int from) {
    var added = estimate(problems, from);
    for (int i = 0; i < frame.size; i++) {
      if (frame.values[i] instanceof ReadArray read) {
        added -= estimate(read.problems(), 0);
      } else if (frame.values[i] instanceof ReadObject read) {
        added -= estimate(read.problems(), 0);
      }
    }
    retained += added;
  }

  private static long estimate(List<Problem> problems, int from) {
    long bytes = 0;
    for (int i = from; i < problems.size(); i++) {
      var problem = problems.get(i);
      bytes += 36 + text(problem.path()) + text(problem.message());
    }
    return bytes;
  }

  private static long text(String text) {
    return 24 + ((16 + (long) text.length() * 2 + 7) & ~7L);
  }

  // --- events

  @Override
  public void startObject() {
    if (treeDepth > 0) {
      treeDepth++;
      tree.startObject();
      return;
    }
    var kind = childObject();
    if (kind == null) {
      startTree().startObject();
      return;
    }
    var frame = objectFrame(open.size());
    frame.start(kind, top(), pendingName(), pendingIndex());
    push(frame);
  }

  @Override
  public void endObject() {
    if (treeDepth > 0) {
      tree.endObject();
      endTreeLevel();
      return;
    }
    var frame = (ObjectFrame) pop();
    frame.refuseDuplicates();
    switch (frame.kind) {
      case BODY -> endBody(frame);
      case DOCUMENT -> {
        var problems = new ArrayList<Problem>();
        var read = reader.document(frame.fields(problems), problems);
        keep(frame, problems, 0);
        // listed as the tree's read lists them: at most BoundedProblems.MAX, then a count
        var listed = BoundedProblems.listed(problems);
        if (documentMember == null) {
          finish(null, new Decoded<>(read, listed));
        } else {
          ((ObjectFrame) top()).add(new Decoded<>(read, listed));
        }
      }
      case POSITION -> {
        var problems = new ArrayList<Problem>(0);
        var read = SchemaDocumentReader.position(frame.fields(problems), problems);
        retained += RECORD;
        keep(frame, problems, 0);
        ((ObjectFrame) top()).add(new ReadObject(read, problems));
      }
      case SIZE -> {
        var problems = new ArrayList<Problem>(0);
        var read = SchemaDocumentReader.size(frame.fields(problems), problems);
        retained += RECORD;
        keep(frame, problems, 0);
        ((ObjectFrame) top()).add(new ReadObject(read, problems));
      }
      default -> {
        var array = (ArrayFrame) top();
        var from = array.problems.size();
        array.addElement(element(frame, array.problems));
        retained += RECORD;
        keep(frame, array.problems, from);
      }
    }
  }

  @Override
  public void startArray() {
    if (treeDepth > 0) {
      treeDepth++;
      tree.startArray();
      return;
    }
    var kind = childArray();
    if (kind == null) {
      startTree().startArray();
      return;
    }
    var frame = arrayFrame(open.size());
    frame.open(kind, top(), pendingName(), limit(kind));
    push(frame);
  }

  @Override
  public void endArray() {
    if (treeDepth > 0) {
      tree.endArray();
      endTreeLevel();
      return;
    }
    var frame = (ArrayFrame) pop();
    ((ObjectFrame) top()).add(frame.read());
  }

  @Override
  public void name(String name) {
    if (treeDepth > 0) {
      tree.name(name);
    } else {
      ((ObjectFrame) top()).pending = name;
    }
  }

  @Override
  public void string(String value) {
    if (treeDepth > 0) {
      tree.string(value);
    } else {
      add(value);
    }
  }

  @Override
  public void number(long value) {
    if (treeDepth > 0) {
      tree.number(value);
    } else {
      add(value >= 0 && value < SMALL.length ? SMALL[(int) value] : JsonNumber.of(value));
    }
  }

  @Override
  public void number(BigDecimal value) {
    if (treeDepth > 0) {
      tree.number(value);
    } else {
      add(new JsonNumber(value));
    }
  }

  @Override
  public void bool(boolean value) {
    if (treeDepth > 0) {
      tree.bool(value);
    } else {
      add(JsonBoolean.of(value));
    }
  }

  @Override
  public void nullValue() {
    if (treeDepth > 0) {
      tree.nullValue();
    } else {
      add(JsonNull.INSTANCE);
    }
  }

  // --- where values go

  private JsonTreeSink startTree() {
    tree = new JsonTreeSink();
    treeDepth = 1;
    return tree;
  }

  private void endTreeLevel() {
    treeDepth--;
    if (treeDepth == 0) {
      var value = tree.result();
      tree = null;
      add(value);
    }
  }

  /** A value that is not read as part of the document (a scalar, or a tree kept as it is). */
  private void add(Object value) {
    var frame = top();
    if (frame == null) {
      // the top-level value is not an object
      var json = value instanceof String text ? new JsonString(text) : (JsonValue) value;
      if (documentMember == null) {
        finish(
            null,
            new Decoded<>(
                SchemaDocument.empty(),
                List.of(
                    Problem.error(
                        "",
                        "WRONG_TYPE",
                        "the document must be a JSON object, not " + json.typeName()))));
      } else {
        finish(json, null);
      }
    } else if (frame instanceof ObjectFrame object) {
      object.add(value);
    } else {
      var array = (ArrayFrame) frame;
      if (array.problems != null) {
        var from = array.problems.size();
        array.addValue(value);
        if (array.problems != null) {
          retained += 4 + estimate(array.problems, from);
        }
      } else {
        array.addValue(value);
      }
    }
  }

  private void finish(JsonValue body, Decoded<SchemaDocument> document) {
    if (done) {
      throw new IllegalStateException("a sink takes one top-level value");
    }
    this.body = body;
    this.document = document;
    this.done = true;
  }

  private void endBody(ObjectFrame frame) {
    var members = JsonObject.builder();
    Decoded<SchemaDocument> read = null;
    for (int i = 0; i < frame.size; i++) {
      var value = frame.values[i];
      if (value instanceof Decoded<?> decoded) {
        @SuppressWarnings("unchecked")
        var documentRead = (Decoded<SchemaDocument>) decoded;
        read = documentRead;
      } else {
        members.add(
            frame.names[i],
            value instanceof String text ? new JsonString(text) : (JsonValue) value);
      }
    }
    finish(members.build(), read);
  }

  private Object element(ObjectFrame frame, List<Problem> problems) {
    var fields = frame.fields(problems);
    return switch (frame.kind) {
      case TABLE -> reader.table(fields, problems);
      case COLUMN -> SchemaDocumentReader.column(fields, problems);
      case INDEX -> SchemaDocumentReader.index(fields, problems);
      case CHECK -> SchemaDocumentReader.check(fields, problems);
      case RELATION -> reader.relation(fields, problems);
      case COLUMN_PAIR -> SchemaDocumentReader.columnPair(fields, problems);
      case GROUP -> SchemaDocumentReader.group(fields, problems);
      case NOTE -> SchemaDocumentReader.note(fields, problems);
      case ENUM -> SchemaDocumentReader.enumType(fields, problems);
      default -> throw new IllegalStateException("not an element: " + frame.kind);
    };
  }

  // --- what a container is read as

  private Frame top() {
    return top;
  }

  private void push(Frame frame) {
    open.add(frame);
    top = frame;
  }

  private Frame pop() {
    var frame = open.remove(open.size() - 1);
    top = open.isEmpty() ? null : open.get(open.size() - 1);
    return frame;
  }

  private String pendingName() {
    return top() instanceof ObjectFrame object ? object.pending : null;
  }

  private int pendingIndex() {
    return top() instanceof ArrayFrame array ? array.count : -1;
  }

  /** What an object starting here is read as; null to keep it as a tree. */
  private Kind childObject() {
    var parent = top();
    if (parent == null) {
      return documentMember == null ? Kind.DOCUMENT : Kind.BODY;
    }
    if (parent instanceof ArrayFrame array) {
      return array.element == Kind.STRING || array.dropping() ? null : array.element;
    }
    var object = (ObjectFrame) parent;
    var name = object.pending;
    return switch (object.kind) {
      case BODY -> name.equals(documentMember) ? Kind.DOCUMENT : null;
      case TABLE -> name.equals("position") ? Kind.POSITION : null;
      case GROUP, NOTE ->
          name.equals("position") ? Kind.POSITION : name.equals("style") ? Kind.SIZE : null;
      default -> null;
    };
  }

  /** The kind of the elements of an array starting here; null to keep it as a tree. */
  private Kind childArray() {
    if (!(top() instanceof ObjectFrame object)) {
      return null;
    }
    var name = object.pending;
    return switch (object.kind) {
      case DOCUMENT ->
          switch (name) {
            case "tables" -> Kind.TABLE;
            case "relations" -> Kind.RELATION;
            case "groups" -> Kind.GROUP;
            case "notes" -> Kind.NOTE;
            case "enums" -> Kind.ENUM;
            default -> null;
          };
      case TABLE ->
          switch (name) {
            case "columns" -> Kind.COLUMN;
            case "indexes" -> Kind.INDEX;
            case "checks" -> Kind.CHECK;
            default -> null;
          };
      case INDEX -> name.equals("columnIds") ? Kind.STRING : null;
      case ENUM -> name.equals("values") ? Kind.STRING : null;
      case RELATION -> name.equals("additionalColumns") ? Kind.COLUMN_PAIR : null;
      default -> null;
    };
  }

  /**
   * How many elements of an array are read: past the reader's limit for it the rule refuses the
   * array by its size alone, so later elements are only counted.
   */
  private int limit(Kind element) {
    var limits = reader.limits();
    return switch (element) {
      case TABLE -> limits.maxTables();
      case COLUMN -> limits.maxColumnsPerTable();
      case COLUMN_PAIR -> limits.maxColumnsPerTable() - 1;
      default -> Integer.MAX_VALUE;
    };
  }

  private ObjectFrame objectFrame(int depth) {
    while (objectFrames.size() <= depth) {
      objectFrames.add(null);
    }
    var frame = objectFrames.get(depth);
    if (frame == null) {
      frame = new ObjectFrame();
      objectFrames.set(depth, frame);
    }
    return frame;
  }

  private ArrayFrame arrayFrame(int depth) {
    while (arrayFrames.size() <= depth) {
      arrayFrames.add(null);
    }
    var frame = arrayFrames.get(depth);
    if (frame == null) {
      frame = new ArrayFrame();
      arrayFrames.set(depth, frame);
    }
    return frame;
  }
}

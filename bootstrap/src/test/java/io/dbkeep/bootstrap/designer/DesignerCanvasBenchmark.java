package io.dbkeep.bootstrap.designer;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import io.dbkeep.bootstrap.browser.Chromium;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The designer's canvas measured in Chromium against a running server, as a person meets it: a
 * project of {@code tables} generated tables (five columns each, each table referencing an earlier
 * one, positions in a grid) is stored through the API, then opened at {@code /projects/{id}} in a
 * fresh page. Figures:
 *
 * <ul>
 *   <li><b>first paint</b>: from navigation start to the first animation frame in which a table of
 *       the canvas is visible (that frame is the one painted next), measured in the page;
 *   <li><b>pan</b> and <b>zoom</b> frames per second: animation frames the page produced while the
 *       mouse dragged the background (pan) or the wheel zoomed in and out (zoom), counted in the
 *       page with {@code requestAnimationFrame}, and the longest frame. Each frame also reads the
 *       canvas's transform, so the figures say how many frames showed a moved view (a stretch in
 *       which the view did not move measures nothing), and Chromium's {@code TaskDuration} over the
 *       stretch divided by the frames gives the main thread's busy time per frame, which depends
 *       less on the machine's load than frames per second do;
 *   <li>Chromium's own counters (CDP {@code Performance.getMetrics}) for the open: time in scripts,
 *       style and layout, to show where the time goes.
 * </ul>
 *
 * Nothing here asserts a duration (the machine is shared); callers print the figures. Run it
 * against a server: {@code DesignerCanvasBenchmarkIT} (Failsafe, the packaged jar) or {@code
 * scripts/designer-canvas-benchmark.sh}.
 */
final class DesignerCanvasBenchmark implements AutoCloseable {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

  /** Installed before any page script: watches for the first visible table, once per frame. */
  private static final String PROBE =
      """
      (() => {
        const probe = { firstPaint: null, frames: null };
        window.__dbkBenchmark = probe;
        const look = () => {
          const node = document.querySelector('.vue-flow__node-table');
          if (node && getComputedStyle(node).visibility !== 'hidden' && node.getBoundingClientRect().width > 0) {
            probe.firstPaint = performance.now();
            return;
          }
          requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      })();
      """;

  private static final String START_FRAMES =
      """
      () => {
        const pane = document.querySelector('.vue-flow__transformationpane');
        const frames = { on: true, times: [], moved: 0, last: pane ? pane.style.transform : '' };
        window.__dbkFrames = frames;
        const tick = (time) => {
          if (!frames.on) return;
          frames.times.push(time);
          const now = pane ? pane.style.transform : '';
          if (now !== frames.last) frames.moved++;
          frames.last = now;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }
      """;

  private static final String STOP_FRAMES =
      """
      () => {
        const frames = window.__dbkFrames;
        frames.on = false;
        const t = frames.times;
        let longest = 0;
        for (let i = 1; i < t.length; i++) longest = Math.max(longest, t[i] - t[i - 1]);
        const span = t.length > 1 ? t[t.length - 1] - t[0] : 0;
        return { frames: t.length, span, longest, moved: frames.moved };
      }
      """;

  /** One open of a project: first paint and Chromium's counters, in milliseconds. */
  record Open(
      int tables,
      double firstPaintMs,
      double projectReadMs,
      double canvasReadyMs,
      double scriptMs,
      double layoutMs,
      double styleMs) {}

  /**
   * One stretch of interaction: frames per second, the longest frame, how many frames showed a
   * moved view, and the main thread's busy time per frame (Chromium's TaskDuration).
   */
  record Frames(
      String what,
      int tables,
      double framesPerSecond,
      double longestFrameMs,
      int frames,
      int movedFrames,
      double mainThreadMsPerFrame,
      double spanMs) {

    /** Frames per second that showed a moved view (bounded by how fast the input arrives). */
    double movedPerSecond() {
      return spanMs > 0 ? movedFrames * 1000 / spanMs : 0;
    }
  }

  private final String base;
  private final Chromium chromium;

  DesignerCanvasBenchmark(String base) {
    this.base = base;
    this.chromium = Chromium.launch("dbkeep.designer.screenshots", "target/designer-screenshots");
  }

  /** Signs a new user up in {@code context} (its cookie then goes with every page). */
  void signUp(BrowserContext context) {
    var email = "bench-" + UUID.randomUUID() + "@example.com";
    var signUp =
        context
            .request()
            .post(
                base + "/api/auth/sign-up/email",
                RequestOptions.create()
                    .setHeader("Origin", base)
                    .setData(
                        Map.of(
                            "name", "Bench", "email", email, "password", "correct horse battery")));
    require(signUp.status() == 200, "sign-up answered " + signUp.status() + ": " + signUp.text());
  }

  /** Stores a project of {@code tables} generated tables for the signed-in user; returns its id. */
  String createProject(BrowserContext context, int tables) {
    var api = context.request();
    var created =
        api.post(
            base + "/api/projects",
            RequestOptions.create()
                .setHeader("Origin", base)
                .setHeader("Content-Type", "application/json")
                .setData(
                    "{\"name\":\"Bench "
                        + tables
                        + "\",\"engine\":\"PostgreSQL\",\"data\":"
                        + generatedDocument(tables)
                        + "}"));
    require(
        created.status() == 201 || created.status() == 200,
        "create answered " + created.status() + ": " + created.text());
    var matcher = ID.matcher(created.text());
    require(matcher.find(), "no id in " + created.text());
    return matcher.group(1);
  }

  BrowserContext newContext() {
    var context = chromium.newContext(1400, 900);
    context.setDefaultTimeout(60_000);
    context.addInitScript(PROBE);
    return context;
  }

  /** Opens the project in a fresh page of {@code context} and measures until the first paint. */
  Open open(BrowserContext context, String id, int tables) {
    var page = context.newPage();
    CDPSession cdp = context.newCDPSession(page);
    cdp.send("Performance.enable");
    page.navigate(base + "/projects/" + id);
    page.waitForFunction(
        "() => window.__dbkBenchmark && window.__dbkBenchmark.firstPaint !== null");
    var firstPaint =
        ((Number) page.evaluate("() => window.__dbkBenchmark.firstPaint")).doubleValue();
    // When the project's GET had its answer (resource timing), and the editor's own mark.
    var projectRead = projectReceived(page, id);
    var canvasReady = mark(page, "dbkeep:canvas-ready");
    var metrics = metrics(cdp);
    page.close();
    return new Open(
        tables,
        firstPaint,
        projectRead,
        canvasReady,
        metrics.getOrDefault("ScriptDuration", 0.0) * 1000,
        metrics.getOrDefault("LayoutDuration", 0.0) * 1000,
        metrics.getOrDefault("RecalcStyleDuration", 0.0) * 1000);
  }

  /** Opens the project, waits until it settles, then pans and zooms for a few seconds each. */
  List<Frames> panAndZoom(BrowserContext context, String id, int tables) {
    var page = context.newPage();
    page.navigate(base + "/projects/" + id);
    page.waitForFunction(
        "() => window.__dbkBenchmark && window.__dbkBenchmark.firstPaint !== null");
    // The live problem check and the first autosave state settle in a few seconds.
    page.waitForTimeout(4_000);
    var spot = emptySpot(page);
    var results = new ArrayList<Frames>();
    CDPSession cdp = context.newCDPSession(page);
    cdp.send("Performance.enable");

    page.mouse().move(spot[0], spot[1]);
    var busy = metrics(cdp).getOrDefault("TaskDuration", 0.0);
    page.evaluate(START_FRAMES);
    page.mouse().down();
    long until = System.nanoTime() + 5_000_000_000L;
    double x = spot[0];
    double y = spot[1];
    int direction = -1;
    while (System.nanoTime() < until) {
      for (int i = 0; i < 30; i++) {
        x += 12 * direction;
        y += 6 * direction;
        page.mouse().move(x, y);
      }
      direction = -direction;
    }
    page.mouse().up();
    results.add(frames(page, cdp, busy, "pan", tables));

    page.mouse().move(spot[0], spot[1]);
    busy = metrics(cdp).getOrDefault("TaskDuration", 0.0);
    page.evaluate(START_FRAMES);
    until = System.nanoTime() + 5_000_000_000L;
    direction = 1;
    while (System.nanoTime() < until) {
      for (int i = 0; i < 6; i++) {
        page.mouse().wheel(0, 120 * direction);
        page.waitForTimeout(16);
      }
      direction = -direction;
    }
    results.add(frames(page, cdp, busy, "zoom", tables));
    page.close();
    return results;
  }

  private static Frames frames(
      Page page, CDPSession cdp, double busyBefore, String what, int tables) {
    @SuppressWarnings("unchecked")
    var result = (Map<String, Object>) page.evaluate(STOP_FRAMES);
    double busy = metrics(cdp).getOrDefault("TaskDuration", 0.0) - busyBefore;
    double frames = ((Number) result.get("frames")).doubleValue();
    double span = ((Number) result.get("span")).doubleValue();
    double longest = ((Number) result.get("longest")).doubleValue();
    int moved = ((Number) result.get("moved")).intValue();
    return new Frames(
        what,
        tables,
        span > 0 ? (frames - 1) * 1000 / span : 0,
        longest,
        (int) frames,
        moved,
        frames > 1 ? busy * 1000 / (frames - 1) : 0,
        span);
  }

  /** A point of the canvas's background (no table under it), to drag from. */
  private static double[] emptySpot(Page page) {
    @SuppressWarnings("unchecked")
    var point =
        (List<Number>)
            page.evaluate(
                """
                () => {
                  const pane = document.querySelector('.vue-flow__pane').getBoundingClientRect();
                  for (let y = pane.top + pane.height / 2; y < pane.bottom - 10; y += 7) {
                    for (let x = pane.left + pane.width / 2; x < pane.right - 10; x += 7) {
                      const hit = document.elementFromPoint(x, y);
                      if (hit && hit.classList.contains('vue-flow__pane')) return [x, y];
                    }
                  }
                  return [pane.left + 5, pane.top + 5];
                }
                """);
    return new double[] {point.get(0).doubleValue(), point.get(1).doubleValue()};
  }

  /**
   * When the answer to {@code GET /api/projects/{id}} was in (ms since navigation start), or -1.
   */
  private static double projectReceived(Page page, String id) {
    var at =
        page.evaluate(
            "id => { const r = performance.getEntriesByType('resource')"
                + ".find(e => e.name.endsWith('/api/projects/' + id)); return r ? r.responseEnd : -1; }",
            id);
    return ((Number) at).doubleValue();
  }

  /** When the page marked {@code name} (ms since navigation start), or -1 if it did not. */
  private static double mark(Page page, String name) {
    var at =
        page.evaluate(
            "name => { const m = performance.getEntriesByName(name, 'mark')[0];"
                + " return m ? m.startTime : -1; }",
            name);
    return ((Number) at).doubleValue();
  }

  private static Map<String, Double> metrics(CDPSession cdp) {
    var answer = cdp.send("Performance.getMetrics");
    var values = new LinkedHashMap<String, Double>();
    for (var element : answer.getAsJsonArray("metrics")) {
      var metric = element.getAsJsonObject();
      values.put(metric.get("name").getAsString(), metric.get("value").getAsDouble());
    }
    return values;
  }

  /**
   * The generated document (as web-ui's {@code generate.ts}): a grid of tables 320 × 260 apart,
   * five columns each, table i referencing table (i − 1) / 2.
   */
  static String generatedDocument(int count) {
    var json = new StringBuilder(count * 700);
    int perRow = (int) Math.max(1, Math.ceil(Math.sqrt(count)));
    String[] colors = {"#3b82f6", "#22c55e", "#a855f7", "#f97316"};
    json.append("{\"tables\":[");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"id\":\"t").append(i).append("\",\"name\":\"table_").append(i);
      json.append("\",\"color\":\"").append(colors[i % 4]).append("\",\"position\":{\"x\":");
      json.append((i % perRow) * 320).append(",\"y\":").append((i / perRow) * 260).append("},");
      json.append(
          "\"columns\":[{\"id\":\"id\",\"name\":\"id\",\"type\":\"BIGSERIAL\",\"primaryKey\":true,"
              + "\"nullable\":false,\"unique\":true},{\"id\":\"parent\",\"name\":\"parent_id\","
              + "\"type\":\"BIGINT\",\"nullable\":true},{\"id\":\"name\",\"name\":\"name\","
              + "\"type\":\"VARCHAR\",\"length\":120,\"nullable\":false},{\"id\":\"created\","
              + "\"name\":\"created_at\",\"type\":\"TIMESTAMPTZ\",\"nullable\":false,"
              + "\"default\":\"now()\"},{\"id\":\"note\",\"name\":\"note\",\"type\":\"TEXT\","
              + "\"nullable\":true}]}");
    }
    json.append("],\"relations\":[");
    for (int i = 1; i < count; i++) {
      if (i > 1) {
        json.append(',');
      }
      json.append("{\"id\":\"r").append(i).append("\",\"sourceTableId\":\"t").append(i);
      json.append("\",\"sourceColumnId\":\"parent\",\"targetTableId\":\"t");
      json.append((i - 1) / 2).append("\",\"targetColumnId\":\"id\",\"type\":\"1:N\",");
      json.append("\"onDelete\":\"SET NULL\"}");
    }
    json.append("],\"groups\":[],\"notes\":[]}");
    return json.toString();
  }

  /** Runs {@code runs} opens of 2,000 and 500 tables and {@code runs} pan/zoom stretches at 500. */
  Report run(int runs) {
    var report = new Report();
    try (var setup = newContext()) {
      signUp(setup);
      var large = createProject(setup, 2000);
      var medium = createProject(setup, 500);
      for (int i = 0; i < runs; i++) {
        report.opens.add(open(setup, large, 2000));
        report.opens.add(open(setup, medium, 500));
        report.frames.addAll(panAndZoom(setup, medium, 500));
      }
    }
    return report;
  }

  /** The figures of a run, and their medians as text. */
  static final class Report {
    final List<Open> opens = new ArrayList<>();
    final List<Frames> frames = new ArrayList<>();

    String summary() {
      var text = new StringBuilder();
      for (int tables : new int[] {2000, 500}) {
        var paints = opens.stream().filter(o -> o.tables() == tables).toList();
        if (paints.isEmpty()) {
          continue;
        }
        text.append(
            String.format(
                Locale.ROOT,
                "open %,d tables: first paint median %.0f ms (runs: %s); project received at %.0f ms,"
                    + " canvas ready at %.0f ms; script %.0f ms, layout %.0f ms, style %.0f ms"
                    + " (medians)%n",
                tables,
                median(paints.stream().map(Open::firstPaintMs).toList()),
                paints.stream()
                    .map(o -> String.format(Locale.ROOT, "%.0f", o.firstPaintMs()))
                    .toList(),
                median(paints.stream().map(Open::projectReadMs).toList()),
                median(paints.stream().map(Open::canvasReadyMs).toList()),
                median(paints.stream().map(Open::scriptMs).toList()),
                median(paints.stream().map(Open::layoutMs).toList()),
                median(paints.stream().map(Open::styleMs).toList())));
      }
      for (var what : List.of("pan", "zoom")) {
        var stretch = frames.stream().filter(f -> f.what().equals(what)).toList();
        if (stretch.isEmpty()) {
          continue;
        }
        text.append(
            String.format(
                Locale.ROOT,
                "%s at %d tables: median %.1f frames/s (runs: %s); longest frame median %.0f ms;"
                    + " main thread busy %.1f ms per frame (median); frames with a moved view: %s,"
                    + " %.1f per second (median)%n",
                what,
                stretch.get(0).tables(),
                median(stretch.stream().map(Frames::framesPerSecond).toList()),
                stretch.stream()
                    .map(f -> String.format(Locale.ROOT, "%.1f", f.framesPerSecond()))
                    .toList(),
                median(stretch.stream().map(Frames::longestFrameMs).toList()),
                median(stretch.stream().map(Frames::mainThreadMsPerFrame).toList()),
                stretch.stream().map(f -> f.movedFrames() + "/" + f.frames()).toList(),
                median(stretch.stream().map(Frames::movedPerSecond).toList())));
      }
      return text.toString();
    }
  }

  static double median(List<Double> values) {
    var sorted = values.stream().sorted().toList();
    int n = sorted.size();
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }

  @Override
  public void close() {
    chromium.close();
  }

  /**
   * {@code java … DesignerCanvasBenchmark http://127.0.0.1:8080 [runs]}: against a running server.
   */
  public static void main(String[] args) {
    var base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    try (var benchmark = new DesignerCanvasBenchmark(base)) {
      var report = benchmark.run(runs);
      report.opens.forEach(System.out::println);
      report.frames.forEach(System.out::println);
      System.out.print(report.summary());
    }
  }
}

// The report's page: markup, stylesheet and renderer. The renderer builds every element with
// createElement/textContent and never parses the call's strings as HTML, so a hostile parameter
// value is shown, not run. Errors (window.onerror, console.error) are written into
// #console-errors so a headless browser's --dump-dom reveals them.

/// The HTML of a call's report (``ReportPage/fill(_:title:data:)`` fills its markers).
enum ReportTemplate {
    static let call = #"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; media-src *">
        <title>/*TITLE*/ &#183; texml report</title>
        <script>
        window.__errors = [];
        (function () {
          function note(text) {
            window.__errors.push(String(text));
            var out = document.getElementById('console-errors');
            if (out) { out.textContent = window.__errors.join('\n'); out.hidden = false; }
            if (document.body) document.body.setAttribute('data-errors', String(window.__errors.length));
          }
          window.addEventListener('error', function (e) { note('error: ' + (e.message || e.type)); });
          window.addEventListener('unhandledrejection', function (e) { note('rejection: ' + e.reason); });
          var original = console.error;
          console.error = function () { note(Array.prototype.join.call(arguments, ' ')); original.apply(console, arguments); };
          window.__note = note;
        })();
        </script>
        <style>
        :root { --bg:#f7f8fa; --panel:#fff; --ink:#1d2330; --muted:#667085; --line:#e4e7ec; --grid:#eef0f3;
          --verb:#4f5bd5; --caller:#0f9b8e; --party:#e07b24; --dtmf:#c99a06; --beep:#d6456b; --rec:#b4233c;
          --hook:#2f6fdf; --api:#8a4fd1; --call:#7a8699; --warn:#d48806; --err:#d92d20; --wave:#22577a; }
        * { box-sizing: border-box; }
        body { margin:0; font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif; color:var(--ink); background:var(--bg); }
        header { padding:16px 24px 12px; background:var(--panel); border-bottom:1px solid var(--line); display:flex; gap:24px; align-items:flex-start; }
        header > div:first-child { flex:1 1 320px; min-width:0; }
        header h1 { font-size:18px; margin:0 0 2px; font-weight:650; }
        header .source { color:var(--muted); font-family:ui-monospace,"DejaVu Sans Mono",monospace; font-size:12px; }
        .facts { display:flex; gap:8px; flex-wrap:wrap; justify-content:flex-end; flex:0 1 auto; }
        .fact { border:1px solid var(--line); border-radius:8px; padding:4px 10px; background:var(--bg); }
        .fact b { display:block; font-size:10px; text-transform:uppercase; letter-spacing:.06em; color:var(--muted); font-weight:600; }
        .fact.ok { border-color:#a6e3c4; background:#ecfdf3; } .fact.bad { border-color:#fecdca; background:#fef3f2; }
        main { display:grid; grid-template-columns:minmax(0,1fr) 360px; gap:16px; padding:16px 24px; }
        section { background:var(--panel); border:1px solid var(--line); border-radius:10px; padding:12px 14px; margin-bottom:16px; }
        section h2 { font-size:13px; margin:0 0 8px; text-transform:uppercase; letter-spacing:.06em; color:var(--muted); }
        .toolbar { display:flex; gap:6px; align-items:center; margin-bottom:8px; }
        .toolbar button { border:1px solid var(--line); background:var(--panel); border-radius:6px; padding:2px 10px; cursor:pointer; font:inherit; }
        .toolbar button:hover { background:var(--grid); }
        .toolbar .window { color:var(--muted); margin-left:8px; font-variant-numeric:tabular-nums; }
        .toolbar .hint { margin-left:auto; color:var(--muted); font-size:12px; }
        #timeline { width:100%; display:block; user-select:none; cursor:grab; }
        #timeline text { font-size:11px; fill:var(--ink); pointer-events:none; }
        #timeline .lane-label { fill:var(--muted); font-weight:600; font-size:11px; }
        #timeline .tick { fill:var(--muted); font-variant-numeric:tabular-nums; }
        #timeline .item { cursor:pointer; }
        #timeline .item:hover > * { filter:brightness(1.12); }
        #timeline .selected > rect, #timeline .selected > path, #timeline .selected > circle { stroke:#111; stroke-width:2; }
        #timeline .agg { cursor:zoom-in; }
        .problems li { margin:3px 0; }
        .problems a { color:inherit; }
        .sev { display:inline-block; min-width:58px; font-weight:650; }
        .sev.error { color:var(--err); } .sev.warning { color:var(--warn); }
        .mono { font-family:ui-monospace,"DejaVu Sans Mono",monospace; font-size:12px; }
        .empty { color:var(--muted); }
        aside section { position:sticky; top:12px; max-height:calc(100vh - 24px); overflow:auto; }
        table.kv { border-collapse:collapse; width:100%; }
        table.kv td { border-top:1px solid var(--grid); padding:2px 6px 2px 0; vertical-align:top; word-break:break-all; }
        table.kv td:first-child { color:var(--muted); white-space:nowrap; word-break:normal; }
        .recording { display:flex; gap:12px; align-items:center; border-top:1px solid var(--grid); padding:6px 0; flex-wrap:wrap; }
        .recording .sid { font-weight:600; cursor:pointer; }
        .recording audio { height:32px; }
        .legend { display:flex; flex-wrap:wrap; gap:12px; margin-top:6px; color:var(--muted); font-size:12px; }
        .legend i { display:inline-block; width:10px; height:10px; border-radius:2px; margin-right:4px; vertical-align:-1px; }
        #console-errors { color:var(--err); white-space:pre-wrap; }
        @media (max-width: 1100px) { header { flex-wrap:wrap; } main { grid-template-columns:minmax(0,1fr); } aside section { position:static; max-height:none; } }
        </style>
        </head>
        <body data-status="loading" data-errors="0">
        <header>
          <div><h1 id="title"></h1><div class="source" id="source"></div></div>
          <div class="facts" id="facts"></div>
        </header>
        <main>
          <div>
            <section id="problems-section"><h2>Warnings and errors</h2><ul class="problems" id="problems"></ul></section>
            <section>
              <h2>Timeline</h2>
              <div class="toolbar">
                <button id="fit" title="Show the whole call">Fit</button>
                <button id="zoom-out" title="Zoom out">&#8722;</button>
                <button id="zoom-in" title="Zoom in">+</button>
                <span class="window" id="window"></span>
                <span class="hint">drag to pan &#183; wheel to zoom &#183; click an item for its details</span>
              </div>
              <svg id="timeline" xmlns="http://www.w3.org/2000/svg"></svg>
              <div class="legend" id="legend"></div>
            </section>
            <section id="recordings-section"><h2>Recordings</h2><div id="recordings"></div></section>
            <pre id="console-errors" hidden></pre>
          </div>
          <aside><section><h2>Details</h2><div id="details"><p class="empty">Click an item of the timeline.</p></div></section></aside>
        </main>
        <script type="application/json" id="report-data">/*DATA*/</script>
        <script>
        (function () {
        'use strict';
        var R = JSON.parse(document.getElementById('report-data').textContent);
        var S = R.strings, items = R.items, NS = 'http://www.w3.org/2000/svg';
        var COLORS = { verb:'--verb', callerSpeech:'--caller', callerDTMF:'--dtmf', callerHangup:'--caller',
          partySpeech:'--party', partyDTMF:'--dtmf', party:'--party', beep:'--beep', recording:'--rec',
          stream:'--api', webhook:'--hook', api:'--api', call:'--call', warning:'--warn', error:'--err' };
        var LANES = [['call','Call'],['verbs','Verbs'],['caller','Caller'],['parties','Parties'],
          ['recordings','Recordings'],['webhooks','Webhooks'],['problems','Problems']];
        var LANE_OF = { verb:'verbs', callerSpeech:'caller', callerDTMF:'caller', callerHangup:'caller',
          partySpeech:'parties', partyDTMF:'parties', party:'parties', beep:'recordings', recording:'recordings',
          stream:'recordings', webhook:'webhooks', api:'webhooks', call:'call', warning:'problems', error:'problems' };
        var MAX_PER_LANE = 400, LABEL_W = 92, ROW = 22, WAVE_H = 46;
        var css = getComputedStyle(document.documentElement);
        function color(kind) { return css.getPropertyValue(COLORS[kind] || '--call').trim(); }
        function el(tag, attrs, text) {
          var node = document.createElement(tag);
          for (var k in attrs || {}) node.setAttribute(k, attrs[k]);
          if (text != null) node.textContent = text;
          return node;
        }
        function svg(tag, attrs, parent) {
          var node = document.createElementNS(NS, tag);
          for (var k in attrs) node.setAttribute(k, attrs[k]);
          if (parent) parent.appendChild(node);
          return node;
        }
        function fmt(ms) {
          var neg = ms < 0; ms = Math.abs(ms);
          var s = ms / 1000, h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, sec = s - Math.floor(s / 60) * 60;
          var out = (h ? h + ':' + String(m).padStart(2, '0') : String(m)) + ':' + sec.toFixed(3).padStart(6, '0');
          return (neg ? '-' : '') + out;
        }
        function pairs(flat) { var out = []; for (var i = 0; i + 1 < flat.length; i += 2) out.push([S[flat[i]], S[flat[i + 1]]]); return out; }
        function end(item) { return item.end == null ? item.start : item.end; }

        // Header, facts and problems.
        document.getElementById('title').textContent = R.title;
        document.getElementById('source').textContent = R.source + ' \u00b7 ' + R.dialect;
        var facts = document.getElementById('facts');
        function fact(name, value, cls) { var f = el('div', { class: 'fact ' + (cls || '') }); f.appendChild(el('b', {}, name)); f.appendChild(document.createTextNode(value)); facts.appendChild(f); }
        fact('outcome', R.outcome.status + ' \u00b7 ' + R.outcome.reason, R.outcome.hadError ? 'bad' : 'ok');
        fact('duration', fmt(R.duration));
        fact('events', String(items.length));
        fact('webhooks', String(items.filter(function (i) { return i.kind === 'webhook'; }).length));
        fact('recordings', String(R.recordings.length));
        var warnings = R.problems.filter(function (i) { return items[i].severity === 'warning'; }).length;
        fact('problems', (R.problems.length - warnings) + ' errors \u00b7 ' + warnings + ' warnings', R.problems.length - warnings ? 'bad' : '');
        var problems = document.getElementById('problems');
        // None: the header's count says so, and the timeline moves up.
        if (!R.problems.length) document.getElementById('problems-section').hidden = true;
        R.problems.forEach(function (index) {
          var item = items[index], li = el('li');
          li.appendChild(el('span', { class: 'sev ' + item.severity }, item.severity));
          li.appendChild(el('span', { class: 'mono' }, fmt(item.start) + ' '));
          li.appendChild(document.createTextNode(S[item.label] + ' '));
          var target = item.link != null ? item.link : index;
          var a = el('a', { href: '#', class: 'mono problem-link', 'data-item': String(target) },
            item.place != null ? '\u2192 ' + S[items[target].label] + ' ' + S[item.place] : '\u2192 show');
          a.addEventListener('click', function (e) { e.preventDefault(); focus(target); select(index); });
          li.appendChild(a);
          problems.appendChild(li);
        });

        // Legend.
        var legend = document.getElementById('legend');
        [['verb','verb'],['callerSpeech','caller speech'],['partySpeech','party speech'],['callerDTMF','DTMF'],['beep','beep'],
         ['recording','recording'],['webhook','webhook'],['api','API'],['warning','warning'],['error','error']].forEach(function (entry) {
          var span = el('span'); var i = el('i'); i.style.background = color(entry[0]); span.appendChild(i);
          span.appendChild(document.createTextNode(entry[1])); legend.appendChild(span);
        });

        // Verb depth gives the verbs lane its rows.
        var verbRows = 1;
        items.forEach(function (item) { if (item.kind === 'verb') verbRows = Math.max(verbRows, Math.min(item.depth, 3) + 1); });
        // Lanes nothing happens in are left out, but for the call and its verbs.
        var used = { call: true, verbs: true };
        items.forEach(function (item) { used[LANE_OF[item.kind]] = true; });
        LANES = LANES.filter(function (lane) { return used[lane[0]]; });
        var laneTop = {}, y = 28;
        LANES.forEach(function (lane) { laneTop[lane[0]] = y; y += (lane[0] === 'verbs' ? verbRows : 1) * ROW + 6; });
        var waves = R.recordings.filter(function (r) { return r.waveform; });
        var waveTop = [];
        waves.forEach(function (r) { waveTop.push(y + 16); y += 16 + r.waveform.channels.length * (WAVE_H + 4) + 6; });
        var HEIGHT = y + 4;

        var timeline = document.getElementById('timeline');
        var view = { from: 0, to: Math.max(R.duration, 1000) };
        var selected = null, width = 800;

        function draw() {
          var started = performance.now();
          width = Math.max(400, timeline.clientWidth || timeline.parentNode.clientWidth || 800);
          timeline.setAttribute('viewBox', '0 0 ' + width + ' ' + HEIGHT);
          timeline.setAttribute('height', HEIGHT);
          while (timeline.firstChild) timeline.removeChild(timeline.firstChild);
          var span = view.to - view.from, plot = width - LABEL_W - 8;
          function x(t) { return LABEL_W + (t - view.from) / span * plot; }
          var defs = svg('defs', {}, timeline);
          var pattern = svg('pattern', { id: 'hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, defs);
          svg('rect', { width: 6, height: 6, fill: '#fbe9ec' }, pattern);
          svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#e7a1ae', 'stroke-width': 2 }, pattern);
          var clip = svg('clipPath', { id: 'plot' }, defs);
          svg('rect', { x: LABEL_W, y: 0, width: plot, height: HEIGHT }, clip);
          // Grid and axis.
          var step = niceStep(span / Math.max(2, plot / 110));
          var grid = svg('g', {}, timeline);
          for (var t = Math.ceil(view.from / step) * step; t <= view.to; t += step) {
            svg('line', { x1: x(t), x2: x(t), y1: 20, y2: HEIGHT, stroke: '#eef0f3' }, grid);
            svg('text', { x: x(t) + 3, y: 14, class: 'tick' }, grid).textContent = step >= 1000 ? fmt(t).replace(/\.000$/, '') : fmt(t);
          }
          LANES.forEach(function (lane) {
            svg('text', { x: 4, y: laneTop[lane[0]] + 15, class: 'lane-label' }, timeline).textContent = lane[1];
            svg('line', { x1: 0, x2: width, y1: laneTop[lane[0]] - 3, y2: laneTop[lane[0]] - 3, stroke: '#e4e7ec' }, timeline);
          });
          var layer = svg('g', { 'clip-path': 'url(#plot)' }, timeline);
          var visible = {}, drawn = 0, aggregated = 0;
          LANES.forEach(function (lane) { visible[lane[0]] = []; });
          for (var i = 0; i < items.length; i++) {
            var item = items[i];
            if (end(item) < view.from || item.start > view.to) continue;
            visible[LANE_OF[item.kind]].push(i);
          }
          LANES.forEach(function (lane) {
            var list = visible[lane[0]], top = laneTop[lane[0]];
            if (list.length > MAX_PER_LANE) {
              // Too many to draw one by one: one bar per few pixels with its count; a click zooms in.
              var bin = 6, counts = {}, kinds = {};
              list.forEach(function (index) {
                var b = Math.floor((Math.max(x(items[index].start), LABEL_W) - LABEL_W) / bin);
                counts[b] = (counts[b] || 0) + 1; kinds[b] = kinds[b] || items[index].kind;
              });
              var max = 0; for (var b in counts) max = Math.max(max, counts[b]);
              var rows = lane[0] === 'verbs' ? verbRows : 1;
              for (var b in counts) {
                var h = Math.max(3, (ROW * rows - 4) * counts[b] / max);
                var g = svg('g', { class: 'agg' }, layer);
                svg('rect', { x: LABEL_W + b * bin, y: top + ROW * rows - 2 - h, width: bin - 1, height: h, fill: color(kinds[b]), opacity: 0.75, rx: 1 }, g);
                svg('title', {}, g).textContent = counts[b] + ' items; click to zoom in';
                (function (from) { g.addEventListener('click', function () { zoomTo(from, from + bin / plot * span); }); })(view.from + b * bin / plot * span);
                aggregated += counts[b];
              }
              return;
            }
            var lastX = -1e9, shift = 0;
            list.forEach(function (index) {
              // Points at the same moment (an action and its callbacks) side by side, not on top.
              var item = items[index], px = x(item.start);
              if (item.end == null || item.kind === 'webhook') {
                shift = px - lastX < 12 ? Math.min(shift + 1, 4) : 0;
                if (!shift) lastX = px;
              } else shift = 0;
              drawItem(layer, index, x, top, shift * 12); drawn++;
            });
          });
          drawWaves(layer, x);
          timeline.setAttribute('data-drawn', String(drawn));
          timeline.setAttribute('data-aggregated', String(aggregated));
          document.getElementById('window').textContent = fmt(view.from) + ' \u2013 ' + fmt(view.to);
          timeline.setAttribute('data-draw-ms', (performance.now() - started).toFixed(1));
        }

        function niceStep(raw) {
          var steps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 15000, 30000, 60000, 120000, 300000, 600000, 900000, 1800000, 3600000];
          for (var i = 0; i < steps.length; i++) if (steps[i] >= raw) return steps[i];
          return steps[steps.length - 1];
        }

        function drawItem(layer, index, x, top, nudge) {
          var item = items[index], c = color(item.kind);
          var g = svg('g', { class: 'item' + (index === selected ? ' selected' : ''), 'data-index': index, 'data-kind': item.kind }, layer);
          var label = S[item.label];
          if (item.end != null && item.kind !== 'webhook') {
            var row = item.kind === 'verb' ? Math.min(item.depth, 3) : 0;
            var x0 = x(item.start), x1 = Math.max(x(item.end), x0 + 2), yy = top + row * ROW;
            var h = item.kind === 'recording' ? ROW - 4 : ROW - 6;
            var fill = item.kind === 'recording' ? c : c;
            svg('rect', { x: x0, y: yy + 1, width: x1 - x0, height: h, rx: 3, fill: fill, opacity: item.kind === 'verb' ? 0.88 - 0.14 * row : 0.85 }, g);
            var room = Math.min(x1, LABEL_W + 100000) - Math.max(x0, LABEL_W) - 8;
            if (room > 24) {
              var text = item.kind === 'verb' && item.place != null ? label + ' ' + S[item.place].split('/').pop() : label;
              var fit = Math.floor(room / 6.2);
              svg('text', { x: Math.max(x0, LABEL_W) + 4, y: yy + 13, fill: '#fff', style: 'fill:#fff' }, g).textContent = text.length > fit ? text.slice(0, Math.max(1, fit - 1)) + '\u2026' : text;
            }
          } else {
            var cx = x(item.start) + nudge, cy = top + ROW / 2;
            if (item.kind === 'webhook' || item.kind === 'api') {
              svg('path', { d: 'M' + cx + ' ' + (cy - 7) + 'l6 7l-6 7l-6 -7z', fill: item.severity ? color('error') : c }, g);
            } else if (item.kind === 'warning' || item.kind === 'error') {
              svg('path', { d: 'M' + cx + ' ' + (cy - 7) + 'l7 13h-14z', fill: c }, g);
            } else if (item.kind === 'callerDTMF' || item.kind === 'partyDTMF') {
              svg('rect', { x: cx - 7, y: cy - 8, width: 14, height: 16, rx: 3, fill: c }, g);
              svg('text', { x: cx - 3.5, y: cy + 4, style: 'fill:#fff;font-weight:700' }, g).textContent = label.slice(0, 1);
            } else {
              svg('circle', { cx: cx, cy: cy, r: 5, fill: c }, g);
            }
          }
          svg('title', {}, g).textContent = fmt(item.start) + ' ' + label;
          g.addEventListener('click', function (e) { e.stopPropagation(); select(index); });
        }

        function drawWaves(layer, x) {
          waves.forEach(function (r, n) {
            var top = waveTop[n], w = r.waveform, rate = w.sampleRate, per = w.framesPerBucket;
            svg('text', { x: 4, y: top - 4, class: 'lane-label' }, timeline).textContent = 'Waveform';
            svg('text', { x: LABEL_W, y: top - 4, class: 'tick' }, timeline).textContent = r.sid + ' \u00b7 ' +
              r.status + (r.stopReason ? ' \u00b7 ' + r.stopReason : '') + ' \u00b7 ' + r.channels + ' ch ' + r.format + (r.keptStart > 0 ? ' \u00b7 trimmed ' + fmt(r.keptStart) + ' at the start' : '');
            w.channels.forEach(function (peaks, ch) {
              var y0 = top + ch * (WAVE_H + 4), mid = y0 + WAVE_H / 2;
              svg('rect', { x: LABEL_W, y: y0, width: width - LABEL_W - 8, height: WAVE_H, fill: '#f5f8fb' }, layer);
              svg('text', { x: 4, y: mid + 4, class: 'tick' }, timeline).textContent = 'channel ' + (ch + 1);
              // Trimmed stretches, hatched, in call time.
              r.segments.forEach(function (seg) {
                var segEnd = seg.offset + (seg.end - seg.start);
                var cut = [[seg.offset, Math.min(segEnd, r.keptStart)], [Math.max(seg.offset, r.keptEnd), segEnd]];
                cut.forEach(function (c) {
                  if (c[1] <= c[0]) return;
                  var a = x(seg.start + c[0] - seg.offset), b = x(seg.start + c[1] - seg.offset);
                  var t = svg('rect', { x: a, y: y0, width: Math.max(1, b - a), height: WAVE_H, fill: 'url(#hatch)', class: 'trimmed' }, layer);
                  svg('title', {}, t).textContent = 'trimmed: silence removed from the file';
                });
              });
              var d = [], lastX = -1, lo = 0, hi = 0;
              function flush() { if (lastX >= 0) d.push('M' + lastX + ' ' + (mid - hi * (WAVE_H / 2 - 1) / 127).toFixed(1) + 'V' + (mid - lo * (WAVE_H / 2 - 1) / 127 + 0.5).toFixed(1)); }
              r.segments.forEach(function (seg) {
                if (seg.end < view.from || seg.start > view.to) return;
                var first = Math.floor(seg.offset * rate / 1000 / per), last = Math.ceil((seg.offset + seg.end - seg.start) * rate / 1000 / per);
                for (var b = Math.max(0, first); b < Math.min(last, peaks.length / 2); b++) {
                  var t = seg.start + b * per * 1000 / rate - seg.offset;
                  if (t + per * 1000 / rate < view.from || t > view.to) continue;
                  var px = Math.round(x(t));
                  if (px !== lastX) { flush(); lastX = px; lo = peaks[2 * b]; hi = peaks[2 * b + 1]; }
                  else { lo = Math.min(lo, peaks[2 * b]); hi = Math.max(hi, peaks[2 * b + 1]); }
                }
              });
              flush();
              svg('line', { x1: LABEL_W, x2: width - 8, y1: mid, y2: mid, stroke: '#c9d6e3' }, layer);
              svg('path', { d: d.join('') || 'M0 0', class: 'wave', 'data-recording': r.sid, 'data-channel': ch + 1, stroke: css.getPropertyValue('--wave').trim(), 'stroke-width': 1.2, fill: 'none' }, layer);
            });
          });
        }

        function zoomTo(from, to) {
          var min = 20, total = Math.max(R.duration, 1000);
          if (to - from < min) { var c = (from + to) / 2; from = c - min / 2; to = c + min / 2; }
          var pad = total * 0.02;
          from = Math.max(-pad, from); to = Math.min(total + pad, to);
          view.from = from; view.to = to; draw();
        }
        function zoom(factor, at) {
          var span = view.to - view.from; at = at == null ? view.from + span / 2 : at;
          zoomTo(at - (at - view.from) * factor, at + (view.to - at) * factor);
        }
        function focus(index) {
          var item = items[index], len = Math.max(end(item) - item.start, 500);
          zoomTo(item.start - len * 0.5, end(item) + len * 0.5);
        }
        function select(index) {
          selected = index; draw();
          var item = items[index], box = document.getElementById('details');
          while (box.firstChild) box.removeChild(box.firstChild);
          box.appendChild(el('h3', { style: 'margin:0 0 4px;font-size:15px' }, S[item.label]));
          var rows = [['kind', item.kind], ['at', fmt(item.start)]];
          if (item.end != null) rows.push(['until', fmt(item.end) + '  (' + ((item.end - item.start) / 1000).toFixed(3) + ' s)']);
          if (item.place != null) rows.push(['where', S[item.place]]);
          box.appendChild(table(rows.concat(pairs(item.fields))));
          if (item.link != null && item.link !== index) {
            var a = el('a', { href: '#' }, 'concerns ' + S[items[item.link].label] + ' ' + (items[item.link].place != null ? S[items[item.link].place] : ''));
            a.addEventListener('click', function (e) { e.preventDefault(); focus(item.link); select(item.link); });
            box.appendChild(el('p')).appendChild(a);
          }
          if (item.parameters.length) {
            box.appendChild(el('h4', { style: 'margin:10px 0 2px' }, 'Parameters (' + item.parameters.length / 2 + ')'));
            box.appendChild(table(pairs(item.parameters)));
          }
        }
        function table(rows) {
          var t = el('table', { class: 'kv' });
          rows.forEach(function (row) { var tr = el('tr'); tr.appendChild(el('td', {}, row[0])); tr.appendChild(el('td', { class: 'mono' }, row[1])); t.appendChild(tr); });
          return t;
        }

        // Recordings: one line each, with the player when a file was written.
        var list = document.getElementById('recordings');
        if (!R.recordings.length) list.appendChild(el('p', { class: 'empty' }, 'The call made no recording.'));
        R.recordings.forEach(function (r) {
          var row = el('div', { class: 'recording' });
          var sid = el('span', { class: 'sid mono' }, r.sid);
          sid.addEventListener('click', function () {
            var index = items.findIndex(function (i) { return i.kind === 'recording' && R.recordings[i.recording] === r; });
            if (index >= 0) { focus(index); select(index); }
          });
          row.appendChild(sid);
          row.appendChild(el('span', {}, r.status + (r.stopReason ? ' \u00b7 stopped: ' + r.stopReason : '') + ' \u00b7 ' + r.channels + ' ch ' + r.format));
          if (r.audio) row.appendChild(el('audio', { controls: '', preload: 'none', src: r.audio }));
          else row.appendChild(el('span', { class: 'empty' }, 'no file written (run with --out to hear it)'));
          list.appendChild(row);
        });

        // Pan and zoom.
        var drag = null;
        timeline.addEventListener('mousedown', function (e) { drag = { x: e.clientX, from: view.from, to: view.to }; timeline.style.cursor = 'grabbing'; });
        window.addEventListener('mouseup', function () { drag = null; timeline.style.cursor = ''; });
        window.addEventListener('mousemove', function (e) {
          if (!drag) return;
          var dt = (e.clientX - drag.x) / (width - LABEL_W - 8) * (drag.to - drag.from);
          view.from = drag.from - dt; view.to = drag.to - dt; draw();
        });
        timeline.addEventListener('wheel', function (e) {
          e.preventDefault();
          var rect = timeline.getBoundingClientRect(), px = (e.clientX - rect.left) * width / rect.width;
          var at = view.from + (px - LABEL_W) / (width - LABEL_W - 8) * (view.to - view.from);
          zoom(e.deltaY > 0 ? 1.25 : 0.8, at);
        }, { passive: false });
        document.getElementById('fit').addEventListener('click', function () { zoomTo(0, Math.max(R.duration, 1000)); });
        document.getElementById('zoom-in').addEventListener('click', function () { zoom(0.5); });
        document.getElementById('zoom-out').addEventListener('click', function () { zoom(2); });
        window.addEventListener('resize', draw);

        draw();
        // #item=N opens item N: a link to one webhook or verb of a report.
        var wanted = /^#item=(\d+)$/.exec(location.hash);
        if (wanted && items[+wanted[1]]) select(+wanted[1]);
        var body = document.body;
        body.setAttribute('data-items', String(items.length));
        body.setAttribute('data-waves', String(document.querySelectorAll('path.wave').length));
        body.setAttribute('data-render-ms', performance.now().toFixed(1));
        body.setAttribute('data-status', 'rendered');
        })();
        </script>
        </body>
        </html>

        """#
}

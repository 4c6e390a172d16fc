// Run buttons for snippets marked `# browser: runnable`. hooks/code_output_tabs.py leaves a
// <div class="live-code" data-code="…base64…"> in the Code tab; this turns it into an editor with Run /
// Stop / Reset and an output panel. Python is Pyodide, self-hosted under assets/vendor/pyodide/,
// loaded only when a reader first presses Run, inside a Web Worker (live-code-worker.mjs) so an
// endless example cannot freeze the page. Stop (or the time limit) terminates the worker.
(function () {
  const base = document.currentScript.src;
  const workerURL = new URL("live-code-worker.mjs", base).href;
  const pyodideURL = new URL("../vendor/pyodide/pyodide.mjs", base).href;
  const TIME_LIMIT_S = 10;
  const TEXT = {
    zh: {
      run: "运行", stop: "停止", reset: "重置", editor: "可编辑的代码（在浏览器中运行）",
      hint: "在浏览器中运行这段代码（Pyodide），改了代码可以再运行；上面的“输出”标签页是测试验证过的输出。",
      loading: "正在加载 Python（Pyodide）……首次运行需要下载约 13 MB。", running: "运行中……",
      done: "运行结束。", stopped: "已停止。", failed: "程序抛出了异常。",
      timeout: `超过 ${TIME_LIMIT_S} 秒的时间限制，已停止。`,
      missing: "本站构建时没有打包 Pyodide，所以无法在浏览器中运行。用 ./run build（需要能访问 npm registry）重新构建即可启用；也可以把代码复制到本地文件里运行。",
    },
    en: {
      run: "Run", stop: "Stop", reset: "Reset", editor: "Editable code (runs in your browser)",
      hint: "Run this code in your browser (Pyodide), edit it and run it again; the Output tab above shows the verified output.",
      loading: "Loading Python (Pyodide)… the first run downloads about 13 MB.", running: "Running…",
      done: "Finished.", stopped: "Stopped.", failed: "The program raised an exception.",
      timeout: `Stopped: it ran longer than the ${TIME_LIMIT_S} s time limit.`,
      missing: "This build of the site does not include Pyodide, so code cannot run in the browser. Rebuild with ./run build (needs the npm registry) to enable it, or copy the code into a file and run it locally.",
    },
  };
  const text = () => TEXT[document.documentElement.lang.startsWith("zh") ? "zh" : "en"];

  let worker = null;
  let current = null; // the panel whose program is running
  let runs = 0; // run ids, so messages of a stopped run are ignored
  let available = null; // Promise<boolean>: is Pyodide on the server?

  function pyodideAvailable() {
    available = available || fetch(pyodideURL, { method: "HEAD" }).then((r) => r.ok, () => false);
    return available;
  }

  function ensureWorker() {
    if (worker) return worker;
    worker = new Worker(workerURL, { type: "module" });
    worker.onmessage = ({ data }) => current && data.id === runs && current.receive(data);
    worker.onerror = (event) => current && current.receive({ kind: "error", text: event.message || String(event) });
    return worker;
  }

  function stopWorker() {
    if (worker) worker.terminate();
    worker = null;
  }

  function button(label, cls, onClick) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "md-button live-code__" + cls;
    b.textContent = label;
    b.addEventListener("click", onClick);
    return b;
  }

  function setUp(holder) {
    const t = text();
    const original = new TextDecoder().decode(Uint8Array.from(atob(holder.dataset.code), (c) => c.charCodeAt(0)));
    const hint = document.createElement("p");
    hint.className = "live-code__hint";
    hint.textContent = t.hint;
    const editor = document.createElement("textarea");
    editor.className = "live-code__editor";
    editor.spellcheck = false;
    editor.value = original;
    editor.rows = Math.min(original.split("\n").length + 1, 30);
    editor.setAttribute("aria-label", t.editor);
    editor.hidden = true;
    const status = document.createElement("p");
    status.className = "live-code__status";
    status.setAttribute("role", "status");
    const output = document.createElement("pre");
    output.className = "live-code__output";
    output.hidden = true;
    let timer = null;

    const panel = {
      stop: () => finish(t.stopped, true),
      receive(msg) {
        if (msg.kind === "started") {
          status.textContent = t.running;
          timer = setTimeout(() => finish(t.timeout, true), TIME_LIMIT_S * 1000);
        } else if (msg.kind === "out" || msg.kind === "err") {
          const line = document.createElement("span");
          line.className = "live-code__" + msg.kind;
          line.textContent = msg.text + "\n";
          output.appendChild(line);
        } else if (msg.kind === "done") {
          finish(t.done, false);
        } else if (msg.kind === "error") {
          panel.receive({ kind: "err", text: msg.text });
          finish(t.failed, false);
        }
      },
    };

    function finish(message, kill) {
      clearTimeout(timer);
      holder.dataset.runs = Number(holder.dataset.runs || 0) + 1; // finished runs, for tests and scripts
      if (kill) stopWorker();
      status.textContent = message;
      current = null;
      run.disabled = false;
      stop.disabled = true;
    }

    async function start() {
      if (current) current.stop(); // one program at a time
      editor.hidden = false;
      output.hidden = false;
      output.textContent = "";
      if (!(await pyodideAvailable())) {
        finish(t.missing, false);
        holder.classList.add("live-code--unavailable");
        return;
      }
      current = panel;
      run.disabled = true;
      stop.disabled = false;
      status.textContent = worker ? t.running : t.loading;
      ensureWorker().postMessage({ id: ++runs, code: editor.value, file: holder.dataset.snippet.split("/").pop() });
    }

    const run = button("▶ " + t.run, "run", start);
    const stop = button("■ " + t.stop, "stop", () => finish(t.stopped, true));
    const reset = button("↺ " + t.reset, "reset", () => { editor.value = original; });
    stop.disabled = true;
    editor.addEventListener("keydown", (event) => {
      if (event.key === "Tab" && !event.shiftKey && !event.ctrlKey && !event.altKey) {
        event.preventDefault(); // indent instead of leaving the editor (Esc then Tab leaves it)
        editor.setRangeText("    ", editor.selectionStart, editor.selectionEnd, "end");
      } else if (event.key === "Escape") {
        editor.blur();
      } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !run.disabled) {
        event.preventDefault();
        start();
      }
    });
    const bar = document.createElement("div");
    bar.className = "live-code__bar";
    bar.append(run, stop, reset);
    holder.append(hint, bar, editor, status, output);
    holder.classList.add("ready");
  }

  document$.subscribe(() => {
    for (const holder of document.querySelectorAll(".live-code:not(.ready)")) setUp(holder);
  });
})();

// Runs one program at a time for live-code.js with Pyodide (self-hosted, loaded on the first run).
// Each run gets fresh globals with __name__ == "__main__", so `if __name__ == "__main__":` runs, and
// __file__ set to the snippet's file name, which tracebacks show too.
const indexURL = new URL("../vendor/pyodide/", import.meta.url).href;
let pyodide = null;

// Drop the frames of Pyodide's own machinery from a traceback; keep the reader's code.
function readable(message) {
  const lines = message.split("\n");
  const kept = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^ {2}File "\/lib\/python[^"]*\/_pyodide\//.test(lines[i])) {
      while (i + 1 < lines.length && /^ {4}/.test(lines[i + 1])) i++;
      continue;
    }
    kept.push(lines[i]);
  }
  return kept.join("\n").trimEnd();
}

self.onmessage = async ({ data: { id, code, file } }) => {
  const send = (kind, text) => postMessage({ id, kind, text });
  try {
    if (!pyodide) {
      const { loadPyodide } = await import(indexURL + "pyodide.mjs");
      pyodide = await loadPyodide({ indexURL });
    }
  } catch (error) {
    send("error", String(error));
    return;
  }
  pyodide.setStdout({ batched: (text) => send("out", text) });
  pyodide.setStderr({ batched: (text) => send("err", text) });
  send("started");
  const globals = pyodide.globals.get("dict")();
  globals.set("__name__", "__main__");
  globals.set("__file__", file);
  try {
    await pyodide.runPythonAsync(code, { globals, filename: file });
    send("done");
  } catch (error) {
    send("error", readable(error.message));
  } finally {
    globals.destroy();
  }
};

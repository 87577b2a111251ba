// Eenheid: loads the enhancement modules this page names in data-eh-module, and only those.
// Each module is <name>.js + <name>_bg.wasm in this file's folder. Without this script (or when a
// module fails) the page stays complete server HTML.
// data-eh-loading says the loader runs (a page with scripts off still fetches this file, but never
// sets it); data-eh-ready says every module has started or failed.
document.documentElement.setAttribute("data-eh-loading", "");
const names = new Set();
for (const element of document.querySelectorAll("[data-eh-module]")) {
  for (const name of element.getAttribute("data-eh-module").split(" ")) {
    if (/^[a-z][a-z-]*$/.test(name)) names.add(name);
  }
}
const started = [...names].map(async (name) => {
  const url = new URL(`${name}.js`, import.meta.url);
  try {
    const module = await import(url);
    await module.default();
  } catch (error) {
    // Name the file that is missing, so whoever deploys sees what to fix.
    const missing = [];
    for (const file of [url, new URL(`${name}_bg.wasm`, import.meta.url)]) {
      const gone = await fetch(file, { method: "HEAD" }).then((r) => r.status === 404, () => false);
      if (gone) missing.push(file);
    }
    console.error(`Eenheid: the enhancement "${name}" did not start: ${missing.length ? `missing ${missing.join(", ")}` : error}`);
  }
});
Promise.all(started).then(() => document.documentElement.setAttribute("data-eh-ready", ""));

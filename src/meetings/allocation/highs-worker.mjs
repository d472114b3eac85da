// Runs HiGHS off the main thread: a solve is synchronous WebAssembly and would otherwise stall every
// other request the server is answering. Plain JavaScript, so the worker needs no TypeScript loader.
import { parentPort } from "node:worker_threads";
import loadHighs from "highs";

const ready = loadHighs();

parentPort?.on("message", async ({ id, lp, options }) => {
  try {
    const result = (await ready).solve(lp, options);
    // Only the variables at 1 travel back: the model can have hundreds of thousands of columns.
    const columns = Object.values(result.Columns ?? {});
    const solved = columns.length > 0 && columns.every((c) => typeof c.Primal === "number");
    const ones = solved ? columns.filter((c) => c.Primal > 0.5).map((c) => c.Name) : null;
    parentPort?.postMessage({ id, status: result.Status, ones });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});

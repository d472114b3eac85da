import { Worker } from "node:worker_threads";

/** What the allocation needs from a MIP solver; tests and benchmarks call it directly or replace it. */
export interface Solver {
  solve(lp: string, options: SolveOptions): Promise<SolveResult>;
  /** Frees the solver (its worker thread); a later solve starts a new one. */
  close(): Promise<void>;
}

export interface SolveOptions {
  timeLimitSeconds: number;
}

export interface SolveResult {
  /** `limit`: stopped by the time limit, with the best solution found so far if `ones` is set. */
  status: "optimal" | "limit" | "infeasible" | "failed";
  /** Names of the binary variables at 1; null when the solver has no solution to give. */
  ones: string[] | null;
  /** HiGHS's own words for the outcome. */
  detail: string;
}

const limits = new Set([
  "Time limit reached",
  "Iteration limit reached",
  "Bound on objective reached",
  "Target for objective reached",
]);

export function toResult(status: string, ones: string[] | null): SolveResult {
  const kind =
    status === "Optimal"
      ? "optimal"
      : limits.has(status)
        ? "limit"
        : status === "Infeasible"
          ? "infeasible"
          : "failed";
  return { status: kind, ones: kind === "infeasible" || kind === "failed" ? null : ones, detail: status };
}

/** HiGHS settings for an exact lexicographic solve: every objective here has integer values. */
export function highsOptions(o: SolveOptions) {
  return {
    output_flag: false,
    time_limit: o.timeLimitSeconds,
    mip_rel_gap: 0,
    // A gap under one unit proves an integer objective optimal.
    mip_abs_gap: 0.5,
    random_seed: 0,
  };
}

type Reply = { id: number; status: string; ones: string[] | null } | { id: number; error: string };
interface Pending {
  resolve: (r: SolveResult) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * HiGHS in a worker thread, kept for the solver's lifetime so the WebAssembly module loads once.
 * The worker keeps the process alive only while a solve is pending.
 */
export function createHighsSolver(): Solver {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(error);
    }
    pending.clear();
    worker = null;
  };

  const start = () => {
    const w = new Worker(new URL("./highs-worker.mjs", import.meta.url));
    w.on("message", (reply: Reply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      clearTimeout(p.timer);
      if (pending.size === 0) w.unref();
      if ("error" in reply) p.reject(new Error(`HiGHS: ${reply.error}`));
      else p.resolve(toResult(reply.status, reply.ones));
    });
    w.on("error", (e) => failAll(e));
    w.on("exit", (code) => {
      if (worker === w) failAll(new Error(`the solver's worker stopped (exit code ${code})`));
    });
    return w;
  };

  return {
    solve(lp, options) {
      worker ??= start();
      const w = worker;
      w.ref();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        // HiGHS checks its clock between steps; if it ever fails to, the thread is stopped from outside.
        const timer = setTimeout(
          () => {
            worker = null;
            failAll(
              new Error(`the solver did not stop within its time limit (${options.timeLimitSeconds} s)`),
            );
            void w.terminate();
          },
          options.timeLimitSeconds * 1500 + 10_000,
        );
        pending.set(id, { resolve, reject, timer });
        w.postMessage({ id, lp, options: highsOptions(options) });
      });
    },
    async close() {
      const w = worker;
      worker = null;
      failAll(new Error("the solver was closed"));
      if (w) await w.terminate();
    },
  };
}

import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Uploaded files, kept outside the web root and addressed by the SHA-256 of their content. They are
 * only ever served through routes that check who may see them.
 */
export interface FileStore {
  put(bytes: Uint8Array): Promise<string>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

const KEY = /^[a-f0-9]{64}$/;

export function diskFileStore(root: string): FileStore {
  const where = (key: string) => {
    if (!KEY.test(key)) throw new Error("Not a file key");
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    async put(bytes) {
      const key = createHash("sha256").update(bytes).digest("hex");
      const file = where(key);
      await mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, bytes, { mode: 0o600 });
      await rename(tmp, file);
      return key;
    },
    async get(key) {
      try {
        return await readFile(where(key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw err;
      }
    },
    async delete(key) {
      await rm(where(key), { force: true });
    },
  };
}

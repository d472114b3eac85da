import { hash, verify } from "@node-rs/argon2";
import type { PasswordHasher } from "./password";

/** argon2id with OWASP's recommended minimum cost (19 MiB, 2 passes). */
export const argon2Hasher: PasswordHasher = {
  hash: (password) =>
    hash(password, { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 }),
  async verify(stored, password) {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  },
};

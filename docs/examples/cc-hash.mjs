// The event hash of the commandcenter hub protocol (hash scheme 2), in plain Node.js.
//   canonical = RFC 8785 (JCS) of {id, station, seq, actor, ts, kind, payload}
//   hash      = sha256(prev + canonical)          ghash = sha256(prev_ghash + hash)
// Run as a script it reads one JSON event per line on stdin and prints each one's hash.
import { createHash } from "node:crypto";
import { createInterface } from "node:readline";

// RFC 8785: JSON.stringify already spells numbers and escapes strings as JCS requires;
// only key order (UTF-16 code units: JavaScript's default sort) and refusals are added.
export function jcs(v) {
  if (typeof v === "number" && !Number.isFinite(v)) throw new Error(`${v} has no JSON form`);
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(jcs).join(",")}]`;
  const keys = Object.keys(v).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${jcs(v[k])}`).join(",")}}`;
}

// Canonical time: UTC, "Z", and ".ffffff" (six digits) only when the fraction is not zero.
export function tsText(date) {
  const iso = date.toISOString(); // 2026-06-03T06:00:00.250Z (milliseconds)
  const ms = iso.slice(20, 23);
  return ms === "000" ? `${iso.slice(0, 19)}Z` : `${iso.slice(0, 19)}.${ms}000Z`;
}

const sha256 = (text) => createHash("sha256").update(text, "utf8").digest("hex");
const HASHED = ["id", "station", "seq", "actor", "ts", "kind", "payload"];

export function eventHash(ev) {
  const body = Object.fromEntries(HASHED.map((k) => [k, ev[k]]));
  return sha256(ev.prev + jcs(body));
}

export const globalHash = (prevGhash, hash) => sha256(prevGhash + hash);
export const GENESIS = "0".repeat(64);

if (import.meta.url === `file://${process.argv[1]}`) {
  for await (const line of createInterface({ input: process.stdin })) {
    if (line.trim()) console.log(eventHash(JSON.parse(line)));
  }
}

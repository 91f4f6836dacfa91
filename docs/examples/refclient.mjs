// A reference client of the commandcenter hub protocol, written from docs/protocol.md alone:
// hello, replay check, submit an event hashed here, receive it back, resubmit, resume.
//   node refclient.mjs ws://HOST:PORT TOKEN STATION        (Node 22+; on Node 20 add
//   --experimental-websocket before the script name). Needs a token of role field or desk.
// Prints one JSON line of results; exits 1 naming the first check that failed.
import { GENESIS, eventHash, globalHash, tsText } from "./cc-hash.mjs";

const [url, token, station] = process.argv.slice(2);
const fail = (why) => { console.log(JSON.stringify({ ok: false, why })); process.exit(1); };
const check = (cond, why) => cond || fail(why);
setTimeout(() => fail("timed out"), 20000).unref();

// One connection: frames queue up; next(types) resolves with the next frame of those types.
function connect() {
  const ws = new WebSocket(url);
  const queue = [];
  let wake = () => {};
  ws.onmessage = (m) => { queue.push(JSON.parse(m.data)); wake(); };
  ws.onclose = (c) => { queue.push({ type: "closed", code: c.code, reason: c.reason }); wake(); };
  const next = async (...types) => {
    for (;;) {
      const i = queue.findIndex((f) => types.includes(f.type) || f.type === "closed");
      if (i >= 0) return queue.splice(i, 1)[0];
      await new Promise((r) => (wake = r));
    }
  };
  const open = new Promise((ok, err) => { ws.onopen = ok; ws.onerror = () => err(new Error(`cannot reach ${url}`)); });
  return { ws, next, open, send: (msg) => ws.send(JSON.stringify(msg)) };
}

// Verify the event frames up to `until`: each event's hash, each station's chain, the global chain.
const heads = {};
let ghash = GENESIS, gseq = 0;
function absorb(f) {
  check(f.gseq === gseq + 1, `gseq ${f.gseq} after ${gseq}`);
  const ev = f.event;
  if (ev.scheme === 2) check(eventHash(ev) === ev.hash, `event ${ev.id}: hash does not verify`);
  check(ev.prev === (heads[ev.station]?.hash ?? GENESIS), `event ${ev.id}: breaks its chain`);
  ghash = globalHash(ghash, ev.hash);
  check(f.ghash === ghash, `gseq ${f.gseq}: global chain breaks`);
  heads[ev.station] = { seq: ev.seq, hash: ev.hash };
  gseq = f.gseq;
}

async function session(lastGseq) {
  const c = connect();
  await c.open;
  c.send({ type: "hello", version: 2, station, token, last_gseq: lastGseq });
  const w = await c.next("welcome", "error");
  check(w.type === "welcome", `hello refused: ${w.message ?? w.reason}`);
  return { ...c, welcome: w };
}

const a = await session(0);
while (gseq < a.welcome.last_gseq) absorb(await a.next("event"));
const replayed = gseq;

// A new event of this station, sent with the bureau's +08:00 offset; the hash covers UTC.
const now = new Date();
const head = heads[station] ?? { seq: 0, hash: GENESIS };
const ev = {
  id: `node-${now.getTime()}-${Math.random().toString(16).slice(2, 10)}`,
  station, seq: head.seq + 1, actor: "节点客户端", ts: tsText(now), kind: "incident.reported",
  payload: { incident: `node-${now.getTime()}`, type: "flood", severity: 4, title: "参考客户端 测试",
    place: { township: "t1", lon: 118.000001, lat: 1e-7 } },
  prev: head.hash, scheme: 2,
};
ev.hash = eventHash(ev);
const local = new Date(now.getTime() + 8 * 3600e3).toISOString().slice(0, 23);
a.send({ type: "submit", events: [{ ...ev, ts: `${local}+08:00` }] });
let own; // other stations' events may come first: check them into the chains too
do {
  own = await a.next("event", "reject");
  check(own.type === "event", `submit refused: ${own.code} ${own.reason}`);
  absorb(own);
} while (own.event.id !== ev.id);
check(own.event.id === ev.id && own.event.hash === ev.hash, "relayed event is not the one sent");
check(own.event.ts === ev.ts, `relayed ts ${own.event.ts}, not canonical ${ev.ts}`);
const ack = await a.next("ack");
check(ack.acks[ev.id] === own.gseq, "ack does not give the relayed gseq");
a.send({ type: "submit", events: [ev] }); // idempotent: acked again with the same gseq
check((await a.next("ack")).acks[ev.id] === own.gseq, "resubmit not acked with the same gseq");
a.ws.close();

// Resume: a new connection from the gseq before ours replays our event, identical.
const b = await session(own.gseq - 1);
const again = await b.next("event");
check(JSON.stringify(again) === JSON.stringify(own), "replayed frame differs from the live one");
b.ws.close();
console.log(JSON.stringify({ ok: true, replayed, gseq: own.gseq, ghash: own.ghash, hash: ev.hash }));

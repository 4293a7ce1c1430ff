"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/local-date.ts
var formatters = /* @__PURE__ */ new Map();
function formatterFor(timeZone) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
}
var QUARTER_HOUR_MS = 9e5;
var CACHE_LIMIT = 1e4;
var cache = /* @__PURE__ */ new Map();
function format(epochMs, timeZone) {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const part = (type) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}
var intlLocalDateOf = (epochMs, timeZone) => {
  const key = `${timeZone}|${Math.floor(epochMs / QUARTER_HOUR_MS)}`;
  let date = cache.get(key);
  if (date === void 0) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    date = format(epochMs, timeZone);
    cache.set(key, date);
  }
  return date;
};
function isValidTimeZone(timeZone) {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

// mail/mail-files.ts
var import_promises = require("node:fs/promises");
var path = __toESM(require("node:path"));

// mail/parsed-mail.ts
var MailFileError = class extends Error {
  constructor(path3, cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Cannot read mail from ${path3}: ${reason}`);
    this.name = "MailFileError";
    this.path = path3;
    this.cause = cause;
  }
};

// mail/mail-files.ts
async function emlFilesUnder(dir) {
  const entries = await (0, import_promises.readdir)(dir, { withFileTypes: true });
  const sorted = entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const files = [];
  for (const entry of sorted) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...await emlFilesUnder(full));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".eml")) files.push(full);
  }
  return files;
}
async function sizeOf(file) {
  try {
    return (await (0, import_promises.stat)(file)).size;
  } catch (error) {
    throw new MailFileError(file, error);
  }
}
async function listMailFiles(paths, warnings) {
  const out = [];
  for (const p of paths) {
    let info;
    try {
      info = await (0, import_promises.stat)(p);
    } catch (error) {
      throw new MailFileError(p, error);
    }
    const files = info.isDirectory() ? await emlFilesUnder(p) : [p];
    if (info.isDirectory() && files.length === 0) warnings.push(`${p}: folder holds no .eml files`);
    for (const file of files) out.push({ path: file, bytes: await sizeOf(file) });
  }
  return out;
}

// mail/parse-message.ts
var import_node_crypto2 = require("node:crypto");
var import_postal_mime2 = __toESM(require("postal-mime"));

// mail/html-to-text.ts
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code) => {
    if (code[0] === "#") {
      const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      const valid2 = Number.isFinite(n) && n > 0 && n <= 1114111 && !(n >= 55296 && n <= 57343);
      return valid2 ? String.fromCodePoint(n) : "\uFFFD";
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}
function htmlToText(html) {
  const text = html.replace(/<(script|style|head)\b[^>]*>[\s\S]*?<\/\1>/gi, "").replace(/<br\s*\/?>/gi, "\n").replace(/<\/(p|div|li|tr|h[1-6]|blockquote)>/gi, "\n").replace(/<[^>]+>/g, "");
  return decodeEntities(text).replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}

// mail/id-limits.ts
var import_node_crypto = require("node:crypto");
var MAX_ID_LENGTH = 250;
var MAX_REFERENCES = 100;
function capId(id) {
  if (id.length <= MAX_ID_LENGTH) return id;
  const hash = (0, import_node_crypto.createHash)("sha256").update(id).digest("hex").slice(0, 16);
  return `${id.slice(0, MAX_ID_LENGTH - 17)}~${hash}`;
}
function capReferences(ids) {
  const kept = ids.length <= MAX_REFERENCES ? ids : [ids[0], ...ids.slice(-(MAX_REFERENCES - 1))];
  return kept.map(capId);
}
function idLimitWarnings(messageId, references) {
  const out = [];
  if (messageId !== void 0 && messageId.length > MAX_ID_LENGTH)
    out.push(`Message-ID of ${messageId.length} characters cut to ${MAX_ID_LENGTH}`);
  const long = references.filter((r) => r.length > MAX_ID_LENGTH).length;
  if (references.length > MAX_REFERENCES)
    out.push(`References holds ${references.length} ids: kept the first and the last ${MAX_REFERENCES - 1}`);
  if (long > 0) out.push(`${long} id(s) in References longer than ${MAX_ID_LENGTH} characters cut`);
  return out;
}

// mail/mail-date.ts
var FIRST = Date.UTC(1970, 0, 1);
var LAST = Date.UTC(1e4, 0, 1) - 1;
function mailDate(parsed, header, warn) {
  if (!parsed) return null;
  const ms = Date.parse(parsed);
  if (Number.isNaN(ms)) return null;
  if (ms < FIRST || ms > LAST) {
    warn(`date "${(header ?? parsed).slice(0, 60)}" is outside 1970-9999: read as unknown`);
    return null;
  }
  return ms;
}

// mail/message-ids.ts
function messageIds(value) {
  if (!value) return [];
  const bracketed = value.match(/<[^<>]+>/g);
  const tokens = bracketed ?? value.split(/[\s,]+/);
  return tokens.map((t) => t.replace(/^<|>$/g, "").trim()).filter((t) => t !== "");
}

// mail/mime-repairs.ts
function withTextSubtypes(latin1) {
  return latin1.replace(/^(content-type:[ \t]*)text([ \t]*(?:;|\r?\n))/gim, "$1text/plain$2");
}
function boundaryOf(headerBlock2) {
  const type = /^content-type:([^\n]*(?:\n[ \t][^\n]*)*)/im.exec(headerBlock2)?.[1] ?? "";
  if (!/^\s*multipart\//i.test(type)) return null;
  const match = /boundary\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(type);
  return match ? match[1] ?? match[2] ?? null : null;
}
function preambleOf(latin1) {
  const end = latin1.search(/\r?\n\r?\n/);
  if (end === -1) return "";
  const boundary = boundaryOf(latin1.slice(0, end));
  if (boundary === null) return "";
  const body = latin1.slice(end).replace(/^\r?\n\r?\n/, "");
  const lines = body.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trimEnd() === `--${boundary}`);
  if (first <= 0) return "";
  return lines.slice(0, first).join("\n").replace(/^this is a multi-?part message in mime format\.?\s*$/im, "").trim();
}
function textOfAttachment(content) {
  if (typeof content === "string") return content;
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content);
  if (bytes.length === 0 || bytes.length > 1e5) return "";
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "";
  }
  const control = text.replace(/[\t\n\r\x20-\x7e\u00a0-\uffff]/g, "").length;
  return control === 0 ? text : "";
}

// mail/simple-mail.ts
var import_postal_mime = require("postal-mime");
var LF = 10;
var CR = 13;
var PLAIN = /^text\/plain(?:;[ \t]*charset=("?)(utf-8|us-ascii)\1)?$/i;
var utf8 = new TextDecoder("utf-8");
function trimWsp(text) {
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start += 1;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end -= 1;
  return text.slice(start, end);
}
function lineEnds(bytes, from) {
  const lf = bytes.indexOf(LF, from);
  const next = lf === -1 ? bytes.length : lf + 1;
  let end = lf === -1 ? bytes.length : lf;
  while (end > from && bytes[end - 1] === CR) end -= 1;
  return { start: from, end, next };
}
function headerFields(lines) {
  const folded = [];
  for (const line of lines) {
    const last = folded[folded.length - 1];
    if (last && /^[ \t]/.test(line)) last.push(line);
    else folded.push([line]);
  }
  return folded.map((parts) => {
    const line = parts.join("");
    const sep = line.indexOf(":");
    const key = trimWsp(sep < 0 ? line : line.slice(0, sep)).toLowerCase();
    return { key, value: sep < 0 ? "" : trimWsp(line.slice(sep + 1).replace(/[\r\n]+/g, " ")) };
  });
}
function addressesOf(headers, key) {
  const out = [];
  for (const h of headers) if (h.key === key && h.value) out.push(...(0, import_postal_mime.addressParser)(h.value));
  return out;
}
function headerLines(bytes) {
  const lines = [];
  for (let at = 0; at < bytes.length; ) {
    const { start, end, next } = lineEnds(bytes, at);
    if (end === start) return lines.length === 0 || at > 1 << 20 ? null : { lines, body: next };
    const line = bytes.toString("latin1", start, end);
    if (/[\x80-\xff]/.test(line)) return null;
    lines.push(line);
    at = next;
  }
  return null;
}
function bodyText(bytes, from, ascii) {
  if (ascii && bytes.subarray(from).some((c) => c >= 128)) return null;
  const out = Buffer.allocUnsafe(bytes.length - from + 1);
  let size = 0;
  for (let at = from; at < bytes.length; ) {
    const { start, end, next } = lineEnds(bytes, at);
    size += bytes.copy(out, size, start, end);
    out[size++] = LF;
    at = next;
  }
  return utf8.decode(out.subarray(0, size));
}
function simpleEmail(input) {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const block = headerLines(bytes);
  if (block === null) return null;
  const headers = headerFields(block.lines);
  const first = (key) => headers.find((h) => h.key === key);
  const type = PLAIN.exec(first("content-type")?.value ?? "text/plain");
  const encoding = first("content-transfer-encoding")?.value ?? "";
  if (type === null || first("content-disposition") || !/^(?:|7bit|8bit)$/i.test(encoding)) return null;
  const text = bodyText(bytes, block.body, type[2]?.toLowerCase() === "us-ascii");
  if (text === null || text === "") return null;
  const from = first("from");
  const subject = first("subject");
  const date = first("date");
  const parsedDate = date && new Date(date.value);
  const email3 = { headers: headers.map(({ key, value }) => ({ key, value })) };
  const fromList = from?.value ? (0, import_postal_mime.addressParser)(from.value) : [];
  if (fromList.length > 0) email3["from"] = fromList[0];
  for (const [key, name] of [
    ["to", "to"],
    ["cc", "cc"],
    ["reply-to", "replyTo"]
  ]) {
    const list2 = addressesOf(headers, key);
    if (list2.length > 0) email3[name] = list2;
  }
  if (subject?.value) email3["subject"] = (0, import_postal_mime.decodeWords)(subject.value);
  if (date && parsedDate)
    email3["date"] = parsedDate.toString() === "Invalid Date" ? date.value : parsedDate.toISOString();
  email3["text"] = text;
  email3["attachments"] = [];
  return email3;
}

// mail/parse-message.ts
function toParties(list2) {
  const out = [];
  for (const a of list2 ?? []) {
    const boxes = a.group ?? [a];
    for (const box of boxes) {
      if (box.address) out.push({ email: box.address.toLowerCase(), name: box.name ?? "" });
    }
  }
  return out;
}
function firstHeaders(headers) {
  const out = {};
  for (const h of headers) {
    if (!/^[!-9;-~]+$/.test(h.key)) continue;
    if (!(h.key in out)) out[h.key] = h.value.replace(/\r?\n[ \t]+/g, " ").trim();
  }
  return out;
}
function bytesToText(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return Buffer.from(bytes).toString("latin1");
  }
}
function textOf(email3, latin1) {
  if (email3.text) return email3.text;
  if (email3.html) return htmlToText(email3.html);
  const inline = email3.attachments.filter((a) => a.disposition !== "attachment").map((a) => textOfAttachment(a.content)).filter((t) => t.trim() !== "");
  return [preambleOf(latin1), ...inline].filter((t) => t !== "").join("\n\n");
}
async function parseMessage(bytes, source, options = {}) {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const repaired = withTextSubtypes(latin1);
  const input = repaired === latin1 ? bytes : Buffer.from(repaired, "latin1");
  const email3 = simpleEmail(input) ?? await import_postal_mime2.default.parse(input);
  const headers = firstHeaders(email3.headers);
  if (Object.keys(headers).length === 0) throw new Error("no header fields found");
  const raw = options.keepRaw === false ? "" : bytesToText(bytes);
  const from = toParties(email3.from ? [email3.from] : void 0)[0] ?? null;
  const id = messageIds(headers["message-id"])[0];
  const inReplyTo = messageIds(headers["in-reply-to"])[0];
  const warn = options.warn ?? (() => void 0);
  return {
    source,
    messageId: id === void 0 ? synthesisedId(bytes) : capId(id),
    gmThreadId: headers["x-gm-thrid"] ?? null,
    inReplyTo: inReplyTo === void 0 ? null : capId(inReplyTo),
    references: capReferences(messageIds(headers["references"])),
    date: mailDate(email3.date, headers["date"], warn),
    from,
    to: toParties(email3.to),
    cc: toParties(email3.cc),
    replyTo: toParties(email3.replyTo),
    subject: email3.subject ?? "",
    headers,
    text: textOf(email3, repaired),
    contentType: (headers["content-type"] ?? "text/plain").split(";")[0].trim().toLowerCase(),
    raw
  };
}
function synthesisedId(bytes) {
  return (0, import_node_crypto2.createHash)("sha256").update(bytesToText(bytes)).digest("hex").slice(0, 24) + "@synthesised.invalid";
}

// mail/scan-mail.ts
var import_node_fs = require("node:fs");
var import_promises3 = require("node:fs/promises");

// mail/mbox-regions.ts
var import_promises2 = require("node:fs/promises");
var LF2 = 10;
var CR2 = 13;
var GT = 62;
var FROM_LINE = Buffer.from("\nFrom ", "latin1");
var FROM = Buffer.from("From ", "latin1");
function nextSeparator(buf, from) {
  for (let i = buf.indexOf(FROM_LINE, Math.max(from - 1, 0)); i !== -1; i = buf.indexOf(FROM_LINE, i + 1)) {
    const blankBefore = buf[i - 1] === LF2 || buf[i - 1] === CR2 && buf[i - 2] === LF2;
    if (blankBefore && i + 1 >= from) return i + 1;
  }
  return -1;
}
function regionOf(block, at) {
  if (!block.subarray(0, 5).equals(FROM)) return null;
  const eol = block.indexOf(LF2);
  if (eol === -1) return null;
  return { offset: at + eol + 1, bytes: block.subarray(eol + 1) };
}
function readBuffer(buf, start, end, chunkSize) {
  const length = end - start;
  const wanted = length + Math.max(chunkSize, length);
  if (buf.length < wanted || buf.length > 4 * wanted) {
    const next = Buffer.allocUnsafe(wanted);
    buf.copy(next, 0, start, end);
    return next;
  }
  buf.copyWithin(0, start, end);
  return buf;
}
async function* mboxRegions(file, chunkSize = 1 << 20) {
  const handle = await (0, import_promises2.open)(file, "r");
  try {
    let buf = Buffer.allocUnsafe(chunkSize);
    let start = 0;
    let end = 0;
    let pendingAt = 0;
    let scanFrom = 1;
    for (; ; ) {
      const pending = buf.subarray(start, end);
      const sep = nextSeparator(pending, scanFrom);
      if (sep !== -1) {
        const region = regionOf(pending.subarray(0, sep), pendingAt);
        if (region) yield region;
        start += sep;
        pendingAt += sep;
        scanFrom = 1;
        continue;
      }
      const length = end - start;
      buf = readBuffer(buf, start, end, chunkSize);
      start = 0;
      end = length;
      const { bytesRead } = await handle.read(buf, end, buf.length - end, pendingAt + end);
      if (bytesRead === 0) {
        const region = regionOf(buf.subarray(0, end), pendingAt);
        if (region && region.bytes.length > 0) yield region;
        return;
      }
      scanFrom = Math.max(length - 2, 1);
      end += bytesRead;
    }
  } finally {
    await handle.close();
  }
}
function withoutLineEnd(bytes, end) {
  if (end === 0 || bytes[end - 1] !== LF2) return end;
  return end >= 2 && bytes[end - 2] === CR2 ? end - 2 : end - 1;
}
function isQuotedFrom(bytes, at, end) {
  let i = at;
  while (i < end && bytes[i] === GT) i += 1;
  return i > at && i + 5 <= end && FROM.equals(bytes.subarray(i, i + 5));
}
function mboxMessageBytes(region) {
  let end = withoutLineEnd(region, region.length);
  if (end < region.length) end = withoutLineEnd(region, end);
  const out = Buffer.allocUnsafe(end * 2 + 2);
  let size = 0;
  for (let at = 0; ; ) {
    const lf = region.indexOf(LF2, at);
    const lineEnd = lf === -1 || lf >= end ? end : lf;
    const textEnd = lineEnd > at && region[lineEnd - 1] === CR2 && lineEnd < end ? lineEnd - 1 : lineEnd;
    const from = isQuotedFrom(region, at, textEnd) ? at + 1 : at;
    size += region.copy(out, size, from, textEnd);
    out[size++] = CR2;
    out[size++] = LF2;
    if (lineEnd >= end) break;
    at = lineEnd + 1;
  }
  return out.subarray(0, size);
}
function startsWithFromLine(bytes) {
  return Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "From ";
}

// mail/scan-mail.ts
function emlMessageBytes(bytes) {
  if (!startsWithFromLine(bytes)) return bytes;
  const eol = bytes.indexOf(10);
  return eol === -1 ? Buffer.alloc(0) : bytes.subarray(eol + 1);
}
async function firstBytes(file) {
  const handle = await (0, import_promises3.open)(file, "r").catch((error) => {
    throw new MailFileError(file, error);
  });
  try {
    const head = Buffer.alloc(5);
    const { bytesRead } = await handle.read(head, 0, 5, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
async function* scanMailFiles(files, warnings) {
  for (const { path: file, bytes: size } of files) {
    const isEml = file.toLowerCase().endsWith(".eml");
    const isMbox = !isEml && (file.toLowerCase().endsWith(".mbox") || startsWithFromLine(await firstBytes(file)));
    if (!isMbox) {
      const ref = { file, offset: 0, length: size, mbox: false, source: file };
      yield { ref, stored: loadMessage(ref), fileBytesRead: size };
      continue;
    }
    let n = 0;
    try {
      for await (const region of mboxRegions(file)) {
        n += 1;
        const ref = {
          file,
          offset: region.offset,
          length: region.bytes.length,
          mbox: true,
          source: `${file}#${n}`
        };
        yield {
          ref,
          stored: region.bytes,
          fileBytesRead: region.offset + region.bytes.length
        };
      }
    } catch (error) {
      if (error.code !== void 0) throw new MailFileError(file, error);
      throw error;
    }
    if (n === 0) warnings.push(`${file}: no messages found (no "From " separator line)`);
  }
}
function readAt(fd, ref) {
  const bytes = Buffer.allocUnsafe(ref.length);
  let read = 0;
  while (read < ref.length) {
    const n = (0, import_node_fs.readSync)(fd, bytes, read, ref.length - read, ref.offset + read);
    if (n === 0) break;
    read += n;
  }
  const got = bytes.subarray(0, read);
  return ref.mbox ? mboxMessageBytes(got) : emlMessageBytes(got);
}
function openFile(file) {
  try {
    return (0, import_node_fs.openSync)(file, "r");
  } catch (error) {
    throw new MailFileError(file, error);
  }
}
function loadMessage(ref) {
  const fd = openFile(ref.file);
  try {
    return readAt(fd, ref);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
var MessageReader = class {
  constructor() {
    this.open = /* @__PURE__ */ new Map();
  }
  load(ref) {
    if (!ref.mbox) return loadMessage(ref);
    let fd = this.open.get(ref.file);
    if (fd === void 0) {
      fd = openFile(ref.file);
      this.open.set(ref.file, fd);
    }
    return readAt(fd, ref);
  }
  close() {
    for (const fd of this.open.values()) (0, import_node_fs.closeSync)(fd);
    this.open.clear();
  }
};

// mail/threading-headers.ts
var WANTED = /* @__PURE__ */ new Set(["message-id", "in-reply-to", "references", "x-gm-thrid", "subject", "date"]);
function headerBlock(bytes) {
  const lf = bytes.indexOf("\n\n", 0, "latin1");
  const crlf = bytes.indexOf("\n\r\n", 0, "latin1");
  const ends = [lf, crlf].filter((i) => i !== -1);
  const end = ends.length === 0 ? bytes.length : Math.min(...ends) + 1;
  return bytes.subarray(0, end).toString("latin1");
}
function wantedFields(block) {
  const fields = /* @__PURE__ */ new Map();
  let name = null;
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && name !== null) {
      fields.set(name, `${fields.get(name)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(":");
    const key = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : "";
    name = WANTED.has(key) && !fields.has(key) ? key : null;
    if (name !== null) fields.set(name, line.slice(colon + 1).trim());
  }
  return fields;
}
function readThreadingHeaders(bytes) {
  const block = headerBlock(bytes);
  const fields = wantedFields(block);
  const id = messageIds(fields.get("message-id"))[0];
  const references = messageIds(fields.get("references"));
  const inReplyTo = messageIds(fields.get("in-reply-to"))[0];
  return {
    headers: {
      messageId: id === void 0 ? null : capId(id),
      inReplyTo: inReplyTo === void 0 ? null : capId(inReplyTo),
      references: capReferences(references),
      gmThreadId: fields.get("x-gm-thrid") ?? null,
      subject: fields.get("subject") ?? ""
    },
    warnings: idLimitWarnings(id, references),
    hasHeader: /^[!-9;-~]+:/m.test(block),
    year: yearOf(fields.get("date"))
  };
}
function yearOf(date) {
  const ms = date === void 0 ? NaN : Date.parse(date);
  const year = Number.isNaN(ms) ? null : new Date(ms).getUTCFullYear();
  return year !== null && year >= 1970 && year <= 9999 ? year : null;
}

// mail/read-mail.ts
function placeOf(source) {
  const hash = source.lastIndexOf("#");
  return hash === -1 ? `${source}: message 1` : `${source.slice(0, hash)}: message ${source.slice(hash + 1)}`;
}

// mail/fast-blob.ts
var encoder = new TextEncoder();
function bytesOf(part) {
  if (typeof part === "string") return encoder.encode(part);
  if (part instanceof ArrayBuffer) return new Uint8Array(part);
  return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
}
var JoinedBytes = class {
  constructor(parts = [], options = {}) {
    const pieces = parts.map(bytesOf);
    const total = pieces.reduce((sum, p) => sum + p.byteLength, 0);
    this.bytes = new Uint8Array(total);
    let at = 0;
    for (const p of pieces) {
      this.bytes.set(p, at);
      at += p.byteLength;
    }
    this.type = options.type ?? "";
  }
  get size() {
    return this.bytes.byteLength;
  }
  arrayBuffer() {
    return Promise.resolve(this.bytes.buffer);
  }
};
function useFastBlob() {
  globalThis.Blob = JoinedBytes;
}

// mail/chunked-array.ts
var BLOCK_BYTES_BITS = 22;
var ChunkedArray = class {
  constructor(make, bytesPerElement, initial = 0) {
    this.make = make;
    this.initial = initial;
    this.blocks = [];
    this.bits = BLOCK_BYTES_BITS - Math.log2(bytesPerElement);
    this.mask = (1 << this.bits) - 1;
  }
  /** Makes sure index i exists (new slots hold `initial`). */
  ensure(i) {
    while (this.blocks.length <= i >>> this.bits) {
      const block = this.make(1 << this.bits);
      if (this.initial !== 0) block.fill(this.initial);
      this.blocks.push(block);
    }
  }
  /** The value at i; `initial` where nothing was set yet. */
  get(i) {
    const block = this.blocks[i >>> this.bits];
    return block === void 0 ? this.initial : block[i & this.mask];
  }
  set(i, value) {
    this.ensure(i);
    this.blocks[i >>> this.bits][i & this.mask] = value;
  }
  /** Lets go of every block (the memory returns at the next garbage collection). */
  clear() {
    this.blocks.length = 0;
  }
};
var int32s = (initial = 0) => new ChunkedArray((n) => new Int32Array(n), 4, initial);
var uint32s = () => new ChunkedArray((n) => new Uint32Array(n), 4);
var uint8s = () => new ChunkedArray((n) => new Uint8Array(n), 1);
var float64s = () => new ChunkedArray((n) => new Float64Array(n), 8);

// mail/message-places.ts
var STEP = 2 ** 32;
function lastAtOrBefore(marks, i) {
  let found;
  for (let lo = 0, hi = marks.length - 1; lo <= hi; ) {
    const mid = lo + hi >> 1;
    const mark = marks[mid];
    if (mark.at <= i) {
      found = mark;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
var MessagePlaces = class {
  constructor() {
    this.files = [];
    /** Offsets modulo 4 GiB; the 4 GiB steps of each file are kept as jumps (offsets grow within a file). */
    this.offsets = uint32s();
    this.lengths = uint32s();
    this.count = 0;
  }
  get size() {
    return this.count;
  }
  add(ref, number2) {
    let last = this.files[this.files.length - 1];
    if (last === void 0 || last.file !== ref.file) {
      last = { file: ref.file, mbox: ref.mbox, first: this.count, jumps: [], steps: [] };
      this.files.push(last);
    }
    const i = this.count;
    if (number2 !== this.numberOf(last, i)) last.jumps.push({ at: i, number: number2 });
    const step = Math.floor(ref.offset / STEP);
    if (step !== (last.steps[last.steps.length - 1]?.number ?? 0)) last.steps.push({ at: i, number: step });
    this.offsets.set(i, ref.offset % STEP);
    this.lengths.set(i, ref.length);
    this.count += 1;
    return i;
  }
  numberOf(f, i) {
    let base = { at: f.first, number: 1 };
    for (let lo = 0, hi = f.jumps.length - 1; lo <= hi; ) {
      const mid = lo + hi >> 1;
      const jump = f.jumps[mid];
      if (jump.at <= i) {
        base = jump;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return base.number + (i - base.at);
  }
  fileOf(i) {
    let lo = 0;
    for (let hi = this.files.length - 1; lo < hi; ) {
      const mid = lo + hi + 1 >> 1;
      if (this.files[mid].first <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.files[lo];
  }
  get(i) {
    const f = this.fileOf(i);
    return {
      file: f.file,
      offset: (lastAtOrBefore(f.steps, i)?.number ?? 0) * STEP + this.offsets.get(i),
      length: this.lengths.get(i),
      mbox: f.mbox,
      source: f.mbox ? `${f.file}#${this.numberOf(f, i)}` : f.file
    };
  }
};

// mail/id-table.ts
function hash64(text, into) {
  let h1 = 3735928559;
  let h2 = 1103547991;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
  into[0] = h1 >>> 0;
  into[1] = (h2 ^ text.length) >>> 0;
}
var PARTS = 256;
var IdTable = class {
  constructor() {
    this.high = uint32s();
    this.low = uint32s();
    /** Open addressing, linear probing: slot → number + 1 (0 is empty). Each part at most 70 % full. */
    this.parts = Array.from({ length: PARTS }, () => new Int32Array(16));
    this.used = new Uint32Array(PARTS);
    this.count = 0;
    this.probe = new Uint32Array(2);
  }
  get size() {
    return this.count;
  }
  /** The string's number, or -1 when it was never added. */
  find(text) {
    hash64(text, this.probe);
    const h1 = this.probe[0];
    const h2 = this.probe[1];
    const part = this.partOf(h2);
    return part[this.slotOf(part, h1, h2)] - 1;
  }
  /** The string's number, a new one when it is new. */
  add(text) {
    hash64(text, this.probe);
    const h1 = this.probe[0];
    const h2 = this.probe[1];
    const part = this.partOf(h2);
    const slot = this.slotOf(part, h1, h2);
    const found = part[slot];
    if (found !== 0) return found - 1;
    const n = this.count;
    this.high.set(n, h1);
    this.low.set(n, h2);
    this.count += 1;
    part[slot] = n + 1;
    const p = h2 >>> 24;
    this.used[p] = this.used[p] + 1;
    if (this.used[p] > part.length * 0.7) this.grow(p);
    return n;
  }
  /** Lets go of the table: size stays, find and add may no longer be called. */
  release() {
    this.high.clear();
    this.low.clear();
    this.parts = [];
  }
  partOf(h2) {
    const part = this.parts[h2 >>> 24];
    if (part === void 0) throw new Error("IdTable: used after release()");
    return part;
  }
  /** The slot of this part holding this hash, or the empty slot where it would go. */
  slotOf(part, h1, h2) {
    const size = part.length;
    for (let slot = h1 % size; ; slot = slot + 1 === size ? 0 : slot + 1) {
      const n = part[slot] - 1;
      if (n === -1 || this.high.get(n) === h1 && this.low.get(n) === h2) return slot;
    }
  }
  grow(p) {
    const old = this.parts[p];
    const part = new Int32Array(Math.ceil(old.length * 1.5));
    for (const entry of old) {
      if (entry === 0) continue;
      part[this.slotOf(part, this.high.get(entry - 1), this.low.get(entry - 1))] = entry;
    }
    this.parts[p] = part;
  }
};

// mail/normalise-subject.ts
var PREFIX = /^\s*(re|fwd?|fw|r|rif|aw|wg|tr|rv)\s*(\[\d+\])?\s*:\s*/i;
function normaliseSubject(subject) {
  let s = subject;
  for (let previous = ""; previous !== s; ) {
    previous = s;
    s = s.replace(PREFIX, "");
  }
  return s.replace(/\s+/g, " ").trim().toLowerCase();
}

// mail/thread-index.ts
function labelOf(kind, first) {
  if (kind === "gm") return `gm:${first.gmThreadId}`;
  return kind === "subject" ? `subject:${normaliseSubject(first.subject)}` : null;
}
var ThreadGroups = class {
  constructor(order, starts, kinds) {
    this.order = order;
    this.starts = starts;
    this.kinds = kinds;
  }
  get count() {
    return this.kinds.length;
  }
  /** Indices of group g's messages, in order of arrival. */
  members(g) {
    return this.order.subarray(this.starts[g], this.starts[g + 1]);
  }
  kind(g) {
    const k = this.kinds[g];
    return k === GM ? "gm" : k === SUBJECT ? "subject" : null;
  }
};
var GM = 1;
var SUBJECT = 2;
var ThreadIndex = class {
  constructor() {
    this.ids = new IdTable();
    /** Gmail thread ids and subjects, told apart by their first character. */
    this.labels = new IdTable();
    this.parent = int32s();
    this.referenced = uint8s();
    this.nodeOf = int32s();
    /** Per message: its subject's number in `labels`, -(n + 2) for its Gmail thread id's, -1 for none. */
    this.labelOf = int32s();
    this.count = 0;
    this.grouped = false;
  }
  get size() {
    return this.count;
  }
  node(id) {
    const before = this.ids.size;
    const n = this.ids.add(id);
    if (n < before) return n;
    this.parent.set(n, n);
    this.referenced.set(n, 0);
    return n;
  }
  find(x) {
    let root = x;
    while (this.parent.get(root) !== root) root = this.parent.get(root);
    for (let n = x; this.parent.get(n) !== root; ) {
      const next = this.parent.get(n);
      this.parent.set(n, root);
      n = next;
    }
    return root;
  }
  union(a, b) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
  /** Adds one message; returns its index. */
  add(h) {
    if (this.grouped) throw new Error("ThreadIndex: add after groups()");
    const i = this.count;
    const own = this.node(h.messageId ?? `\0${i}`);
    const links = h.inReplyTo === null ? h.references : [...h.references, h.inReplyTo];
    for (const link of links) {
      const n = this.node(link);
      this.union(own, n);
      this.referenced.set(n, 1);
    }
    this.nodeOf.set(i, own);
    this.labelOf.set(
      i,
      h.gmThreadId ? -(this.labels.add(`g${h.gmThreadId}`) + 2) : links.length > 0 ? -1 : this.labels.add(`s${normaliseSubject(h.subject)}`)
    );
    this.count += 1;
    return i;
  }
  /**
   * Each message's group key (its label's number past the ids, else its chain's root) and label kind,
   * written over nodeOf and labelOf; the ids and the union-find are let go.
   */
  keys() {
    const idCount = this.ids.size;
    this.ids.release();
    this.labels.release();
    for (let i = 0; i < this.count; i += 1) {
      const node = this.nodeOf.get(i);
      const label = this.labelOf.get(i);
      let key = this.find(node);
      let kind = 0;
      if (label <= -2) [key, kind] = [idCount - label - 2, GM];
      else if (label >= 0 && this.referenced.get(node) === 0) [key, kind] = [idCount + label, SUBJECT];
      this.nodeOf.set(i, key);
      this.labelOf.set(i, kind);
    }
    this.parent.clear();
    this.referenced.clear();
  }
  /** Threads in order of first appearance. Once only: the index is let go as the groups are made. */
  groups() {
    if (this.grouped) throw new Error("ThreadIndex: groups() twice");
    this.grouped = true;
    const groupOfKey = int32s(-1);
    this.keys();
    const sizes = uint32s();
    const kinds = uint8s();
    let groups = 0;
    for (let i = 0; i < this.count; i += 1) {
      const key = this.nodeOf.get(i);
      let g = groupOfKey.get(key);
      if (g === -1) {
        g = groups;
        groups += 1;
        kinds.set(g, this.labelOf.get(i));
        groupOfKey.set(key, g);
      }
      sizes.set(g, sizes.get(g) + 1);
      this.nodeOf.set(i, g);
    }
    groupOfKey.clear();
    this.labelOf.clear();
    const starts = new Uint32Array(groups + 1);
    for (let g = 0; g < groups; g += 1) starts[g + 1] = starts[g] + sizes.get(g);
    sizes.clear();
    const next = starts.slice(0, groups);
    const order = new Uint32Array(this.count);
    for (let i = 0; i < this.count; i += 1) {
      const g = this.nodeOf.get(i);
      order[next[g]] = i;
      next[g] = next[g] + 1;
    }
    this.nodeOf.clear();
    return new ThreadGroups(
      order,
      starts,
      Uint8Array.from({ length: groups }, (_, g) => kinds.get(g))
    );
  }
};

// mail/group-threads.ts
function byDate(a, b) {
  return (a.date ?? Number.MAX_SAFE_INTEGER) - (b.date ?? Number.MAX_SAFE_INTEGER);
}
function threadOf(label, messages) {
  const sorted = [...messages].sort(byDate);
  const oldest = sorted[0];
  const key = label === null ? oldest.references[0] ?? oldest.inReplyTo ?? oldest.messageId : label.replace(/^gm:/, "");
  return { key, subject: oldest.subject, messages: sorted };
}

// src/core/message/header-names.ts
var SERVICE_HEADERS = [
  "x-ses-outgoing",
  "x-sg-eid",
  "x-mailgun-sid",
  "x-mc-user",
  "x-mandrill-user",
  "x-campaign",
  "x-campaignid",
  "x-csa-complaints"
];
var HEADER_NAMES = [
  "message-id",
  "in-reply-to",
  "references",
  "auto-submitted",
  "x-autoreply",
  "x-autorespond",
  "x-auto-response-suppress",
  "precedence",
  "list-id",
  "list-unsubscribe",
  "return-path",
  "content-type",
  "x-failed-recipients",
  "content-language",
  "sender",
  // Lists (RFC 2369/2919) and old list servers' own headers: a list relayed the message.
  "list-post",
  "list-help",
  "list-subscribe",
  "mailing-list",
  "x-mailing-list",
  // The author of a post whose From a list rewrote to its own address (Google Groups, Mailman 3).
  "x-original-from",
  // Bulk-mail services (RFC 8058 one-click unsubscribe, Amazon SES, SendGrid, Mailgun, Mailchimp …).
  "list-unsubscribe-post",
  "feedback-id",
  ...SERVICE_HEADERS,
  // Programs that name themselves: mailers, loop guards, trackers, forges, CI and cron.
  "x-mailer",
  "x-loop",
  "x-bugzilla-reason",
  "x-github-reason",
  "x-gitlab-project",
  "x-jenkins-job",
  "x-cron-env"
];

// mail/to-mail-message.ts
function toMailMessage(p, bodyLimit = 2e4) {
  const headers = {};
  for (const name of HEADER_NAMES) {
    const value = p.headers[name];
    if (value !== void 0) headers[name] = value;
  }
  return {
    id: p.messageId,
    at: p.date ?? 0,
    from: p.from,
    to: p.to,
    cc: p.cc,
    replyTo: p.replyTo,
    subject: p.subject,
    headers,
    body: p.text.slice(0, bodyLimit)
  };
}

// scripts/analyze/kept-threads.ts
var import_node_fs2 = require("node:fs");
var import_node_os = require("node:os");
var path2 = __toESM(require("node:path"));
var import_node_v8 = require("node:v8");
function keptInMemory() {
  const list2 = [];
  return {
    push: (item) => list2.push(item),
    get count() {
      return list2.length;
    },
    items: () => list2
  };
}
var FLUSH_AT = 1 << 20;
var KeptOnDisk = class {
  constructor(dir = (0, import_node_os.tmpdir)()) {
    /** Set when the folder could not be removed while the file was open (Windows): removed at the end. */
    this.folder = null;
    this.pending = [];
    this.pendingBytes = 0;
    this.written = 0;
    this.n = 0;
    const folder = (0, import_node_fs2.mkdtempSync)(path2.join(dir, "fuc-analyze-"));
    try {
      this.fd = (0, import_node_fs2.openSync)(path2.join(folder, "threads.bin"), "w+");
    } catch (error) {
      (0, import_node_fs2.rmSync)(folder, { recursive: true, force: true });
      throw error;
    }
    try {
      (0, import_node_fs2.rmSync)(folder, { recursive: true, force: true });
    } catch {
      this.folder = folder;
    }
  }
  get count() {
    return this.n;
  }
  push(item) {
    const body = (0, import_node_v8.serialize)(item);
    const head = Buffer.allocUnsafe(4);
    head.writeUInt32LE(body.length, 0);
    this.pending.push(head, body);
    this.pendingBytes += 4 + body.length;
    this.n += 1;
    if (this.pendingBytes >= FLUSH_AT) this.flush();
  }
  flush() {
    const bytes = Buffer.concat(this.pending, this.pendingBytes);
    for (let at = 0; at < bytes.length; )
      at += (0, import_node_fs2.writeSync)(this.fd, bytes, at, bytes.length - at, this.written + at);
    this.written += bytes.length;
    this.pending = [];
    this.pendingBytes = 0;
  }
  *items() {
    this.flush();
    let buf = Buffer.allocUnsafe(FLUSH_AT);
    let at = 0;
    let end = 0;
    try {
      for (let read = 0; read < this.written || at < end; ) {
        const need = at + 4 <= end ? 4 + buf.readUInt32LE(at) : 4;
        if (at + need <= end) {
          yield (0, import_node_v8.deserialize)(buf.subarray(at + 4, at + need));
          at += need;
          continue;
        }
        if (need > buf.length) {
          const bigger = Buffer.allocUnsafe(need);
          buf.copy(bigger, 0, at, end);
          buf = bigger;
        } else buf.copyWithin(0, at, end);
        end -= at;
        at = 0;
        const got = (0, import_node_fs2.readSync)(this.fd, buf, end, buf.length - end, read);
        if (got === 0) throw new Error("analyze: the temporary file of threads ended early");
        read += got;
        end += got;
      }
    } finally {
      (0, import_node_fs2.closeSync)(this.fd);
      if (this.folder !== null) (0, import_node_fs2.rmSync)(this.folder, { recursive: true, force: true });
    }
  }
};

// src/core/calendar-days.ts
var DAY_MS = 864e5;
function toUtcMs(date) {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}
var dayNumber = (date) => Math.round(toUtcMs(date) / DAY_MS);
var weekdayOfDay = (day) => ((day + 3) % 7 + 7) % 7 + 1;
function fromUtcMs(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function isLocalDate(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return fromUtcMs(toUtcMs(value)) === value;
}
function addDays(date, days) {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}
function addMonths(date, months) {
  const [y, m, d] = date.split("-").map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtcMs(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay)));
}
function daysBetween(a, b) {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}
function weekdayOf(date) {
  const sundayZero = new Date(toUtcMs(date)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}
function isWorkingDay(date, calendar) {
  return calendar.workingDays.includes(weekdayOf(date)) && !calendar.holidays.has(date);
}
var holidayDays = /* @__PURE__ */ new WeakMap();
function sortedHolidays(holidays) {
  const cached = holidayDays.get(holidays);
  if (cached && cached.size === holidays.size) return cached.days;
  const days = [...holidays].filter(isLocalDate).map(dayNumber);
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  holidayDays.set(holidays, { size: holidays.size, days: sorted });
  return sorted;
}
function upperBound(sorted, value) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function workingDaysBetween(from, to, calendar) {
  const first = dayNumber(from) + 1;
  const last = dayNumber(to);
  if (last < first) return 0;
  const span = last - first + 1;
  const weeks = Math.floor(span / 7);
  let count3 = weeks * new Set(calendar.workingDays).size;
  for (let day = first + weeks * 7; day <= last; day += 1) {
    if (calendar.workingDays.includes(weekdayOfDay(day))) count3 += 1;
  }
  const holidays = sortedHolidays(calendar.holidays);
  for (let i = upperBound(holidays, first - 1); i < holidays.length; i += 1) {
    const day = holidays[i];
    if (day > last) break;
    if (calendar.workingDays.includes(weekdayOfDay(day))) count3 -= 1;
  }
  return count3;
}
function workingDayOnOrAfter(date, calendar) {
  for (let i = 0, d = date; i < 366; i += 1, d = addDays(d, 1)) {
    if (isWorkingDay(d, calendar)) return d;
  }
  return date;
}
function addWorkingDays(date, n, calendar) {
  if (n <= 0) return workingDayOnOrAfter(date, calendar);
  let d = date;
  for (let left = n, guard = 0; left > 0 && guard < 3660; guard += 1) {
    d = addDays(d, 1);
    if (isWorkingDay(d, calendar)) left -= 1;
  }
  return d;
}
function elapsed(fromMs, nowMs, calendar) {
  const from = calendar.localDateOf(fromMs, calendar.timeZone);
  const to = calendar.localDateOf(nowMs, calendar.timeZone);
  return { days: Math.max(0, daysBetween(from, to)), workingDays: workingDaysBetween(from, to, calendar) };
}

// src/core/addresses.ts
var MAX_DISPLAY_NAME = 100;
function unquote(name) {
  let n = name.trim();
  if (n === "") return n;
  if (n.length >= 2 && n.startsWith('"') && n.endsWith('"')) {
    n = n.slice(1, -1);
    if (n.includes("\\")) n = n.replace(/\\(.)/g, "$1");
  }
  if (/\s\s|[^\S ]/.test(n)) n = n.replace(/\s+/g, " ");
  n = n.trim();
  return n.length > MAX_DISPLAY_NAME ? `${n.slice(0, MAX_DISPLAY_NAME - 1).trimEnd()}\u2026` : n;
}
var SPECIAL_ASCII = new Set(["<", ">", "(", ")", '"', ",", ";", ":"].map((c) => c.charCodeAt(0)));
function isSpecialCode(code) {
  if (code <= 32) return code === 32 || code >= 9 && code <= 13;
  if (code < 127) return SPECIAL_ASCII.has(code);
  return code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}
var AT = 64;
function findEmail(text, work) {
  let runStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code !== AT) {
      if (isSpecialCode(code)) runStart = i + 1;
      continue;
    }
    let end = i + 1;
    while (end < text.length && text.charCodeAt(end) !== AT && !isSpecialCode(text.charCodeAt(end))) end += 1;
    if (work) work.steps += end - i;
    if (runStart < i && end > i + 1) return text.slice(runStart, end);
    runStart = i + 1;
  }
  if (work) work.steps += text.length;
  return null;
}
function firstComment(text) {
  let open3 = -1;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === "(") open3 = i;
    else if (text[i] === ")" && open3 >= 0) return text.slice(open3 + 1, i);
  }
  return null;
}
function angleForm(text) {
  const lt = text.lastIndexOf("<");
  const gt = lt < 0 ? -1 : text.indexOf(">", lt);
  if (gt < 0) return null;
  const tail = text.slice(gt + 1).trim();
  if (tail !== "" && !(tail.startsWith("(") && tail.endsWith(")"))) return null;
  return { name: text.slice(0, lt), inside: text.slice(lt + 1, gt) };
}
function parseMailbox(text, work) {
  const angle = angleForm(text);
  if (angle) {
    const email3 = angle.inside.trim().toLowerCase();
    if (findEmail(email3, work) === null) return null;
    return { email: email3, name: unquote(angle.name) };
  }
  const match = findEmail(text, work);
  if (match === null) return null;
  const comment = firstComment(text);
  return { email: match.toLowerCase(), name: comment !== null ? unquote(comment) : "" };
}
function domainOf(email3) {
  const at = email3.lastIndexOf("@");
  return at < 0 ? "" : email3.slice(at + 1).toLowerCase().replace(/\.$/, "");
}
var SECOND_LEVEL = /* @__PURE__ */ new Set([
  "co",
  "com",
  "net",
  "org",
  "gov",
  "edu",
  "ac",
  "ne",
  "or",
  "go",
  "gob",
  "gv",
  "ltd",
  "plc",
  "sch",
  "nhs",
  "mil",
  "nom",
  "gen",
  "biz",
  "info",
  "id",
  "in",
  "lg",
  "ed",
  "gr",
  "ad"
]);
function organisationDomain(domain) {
  const labels = domain.toLowerCase().replace(/\.$/, "").split(".").filter((l) => l !== "");
  if (labels.length <= 2) return labels.join(".");
  const tld = labels[labels.length - 1];
  const second = labels[labels.length - 2];
  const twoLevel = tld.length === 2 && SECOND_LEVEL.has(second);
  return labels.slice(twoLevel ? -3 : -2).join(".");
}
var PUBLIC_EXACT = [
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "outlook.it",
  "msn.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "libero.it",
  "virgilio.it",
  "tiscali.it",
  "alice.it",
  "tim.it",
  "tin.it",
  "email.it",
  "inwind.it",
  "fastwebnet.it",
  "web.de",
  "t-online.de",
  "freenet.de",
  "orange.fr",
  "wanadoo.fr",
  "free.fr",
  "laposte.net",
  "sfr.fr",
  "protonmail.com",
  "protonmail.ch",
  "proton.me",
  "pm.me",
  "aol.com",
  "zoho.com",
  "yandex.com",
  "yandex.ru",
  "mail.ru",
  "mail.com",
  "tutanota.com",
  "tuta.io",
  "fastmail.com",
  "hey.com",
  "comcast.net",
  "verizon.net",
  "att.net",
  "telefonica.net",
  "qq.com",
  "163.com"
];
var PUBLIC_MAIL_DOMAINS = new Set(PUBLIC_EXACT);
var PUBLIC_FAMILIES = /^(hotmail|live|yahoo|ymail|gmx|outlook|aim|rocketmail)\.[a-z.]+$/;
function isPublicMailDomain(domain) {
  const d = domain.toLowerCase();
  return PUBLIC_MAIL_DOMAINS.has(d) || PUBLIC_FAMILIES.test(d);
}

// src/core/message/mass-phrases.ts
var MASS_MAILING = () => [
  "click here",
  "click on the following link",
  "click the link below",
  "follow this link",
  "copy and paste the link",
  "view this message in",
  "view this email in",
  "if this message is not displaying properly",
  "if you cannot see this",
  "in this issue",
  "this issue:",
  "for immediate release",
  "press release",
  "to change your mailing list options",
  "change your subscription",
  "modify your account preferences",
  "removal requests",
  "removed from this list",
  "removed from our list",
  "you will not be emailed again",
  "one time message",
  "one-time mailing",
  "if you no longer wish",
  "if you do not wish to receive",
  "special offers",
  "forward this email",
  "forward to a friend",
  "order today",
  "order now",
  "sign up today",
  "signup today",
  "register now",
  "register today",
  "limited time",
  "limited membership",
  "special offer",
  "specially selected",
  "you have been selected",
  "mail an empty message to",
  // Cold offers mass-sent to site owners: link exchanges, directory listings, SEO.
  "link exchange",
  "exchange links",
  "backlinks",
  "guest post",
  "i came across your website",
  "first page of google",
  "seo services",
  "directory listing",
  "list your business",
  "business directory",
  "if you're not interested",
  "if you are not interested",
  "scambio link",
  "se non \xE8 interessato",
  "se non sei interessato",
  "linktausch",
  "falls kein interesse",
  "\xE9change de liens",
  "si vous n'\xEAtes pas int\xE9ress\xE9",
  "intercambio de enlaces",
  "si no est\xE1 interesado",
  "click on the link",
  "you have won",
  "win your",
  "claim your prize",
  "sorry to disturb you",
  "send a blank email",
  "clicca qui",
  "visualizza nel browser",
  "hier klicken",
  "im browser anzeigen",
  "cliquez ici",
  "voir la version en ligne",
  "haga clic aqu\xED",
  "haz clic aqu\xED",
  "ver en el navegador"
];

// src/core/message/phrase-pattern.ts
var SPECIAL = /[.*+?^${}()|[\]\\/]/g;
function escapeText(text, space) {
  return text.replace(SPECIAL, "\\$&").replace(/ /g, () => space);
}
function escapeChar(c, space) {
  if (c === " ") return space;
  return ".*+?^${}()|[]\\/".includes(c) ? `\\${c}` : c;
}
function factor(phrases, depth, space) {
  if (depth === 0 || phrases.includes("")) return escapeText(phrases.join("\n"), space).replace(/\n/g, "|");
  const groups = /* @__PURE__ */ new Map();
  for (const p of phrases) {
    const head = p.charAt(0);
    const tails = groups.get(head);
    if (tails) tails.push(p.slice(1));
    else groups.set(head, [p.slice(1)]);
  }
  let out = "";
  for (const [head, tails] of groups) {
    const rest = tails.length === 1 ? factor(tails, 0, space) : `(?:${factor(tails, depth - 1, space)})`;
    out += `${out ? "|" : ""}${escapeChar(head, space)}${rest}`;
  }
  return out;
}
function phraseAlternation(phrases, space = "\\s+") {
  return factor(
    phrases.map((p) => p.replace(/\s+/g, " ")),
    2,
    space
  );
}

// src/core/message/lazy-pattern.ts
function lazyPattern(build) {
  let re;
  return { test: (text) => (re ??= build()).test(text) };
}

// src/core/message/word-start.ts
var LETTER_END = /\p{L}$/u;
function atWordStart(source, flags) {
  let re;
  return {
    test(text) {
      re ??= new RegExp(
        `(?:${typeof source === "string" ? source : source()})`,
        `${flags.replace("g", "")}g`
      );
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (!LETTER_END.test(text.slice(Math.max(0, m.index - 2), m.index))) return true;
        re.lastIndex = m.index + ((m[0].codePointAt(0) ?? 0) > 65535 ? 2 : 1);
      }
      return false;
    }
  };
}

// src/core/message/robot-phrases.ts
var TRACKER = () => [
  "thank you for submitting",
  "thank you for your bug report",
  "thank you for reporting",
  "your bug report",
  "your report has been",
  "your ticket has been",
  "your request has been",
  "has been assigned the ticket",
  "a new ticket has been created",
  "do not reply to this email",
  "do not reply to this message",
  "please do not reply",
  "this is an automated message",
  "this is an automatically generated",
  "this message was automatically generated",
  "this email was automatically generated",
  "this e-mail was automatically generated",
  "this is an automated notification",
  "automatically generated by",
  "you are the assignee",
  "you are watching",
  "you reported the bug",
  "you are on the cc list",
  "issue url",
  "request url",
  "repository url",
  "questo messaggio \xE8 generato automaticamente",
  "non rispondere a questo",
  "diese nachricht wurde automatisch",
  "bitte antworten sie nicht",
  "ce message a \xE9t\xE9 g\xE9n\xE9r\xE9 automatiquement",
  "merci de ne pas r\xE9pondre",
  "este mensaje se ha generado autom\xE1ticamente",
  "no responda a este"
];
var CI_REPORT = () => [
  "build success",
  "build regression",
  "build failure",
  "automated bisection report",
  "build test warning",
  "build test error",
  "noticed the following build",
  "configs tested",
  "this series was applied",
  "this patch was applied",
  "the pull request you sent has been merged",
  "suspects this issue was fixed",
  "pull request #",
  "bisected this issue",
  "bisection log",
  "failed to apply",
  "if you did not request this",
  "if you didn't request this",
  "you can ignore this message",
  "you can safely ignore this",
  "please ignore this email",
  "verify your email address",
  "confirm your email address",
  "verification code"
];

// src/core/message/bulk-phrases.ts
var UNSUBSCRIBE = () => [
  "unsubscribe",
  "opt out",
  "opt-out",
  "to be removed from",
  "remove yourself from",
  "manage your subscription",
  "update your preferences",
  "email preferences",
  "annulla iscrizione",
  "cancella iscrizione",
  "disiscriviti",
  "cancellarti",
  "non ricevere pi\xF9",
  "abmelden",
  "abbestellen",
  "newsletter abbestellen",
  "austragen",
  "se d\xE9sabonner",
  "se desabonner",
  "d\xE9sinscription",
  "d\xE9sinscrire",
  "darse de baja",
  "darte de baja",
  "cancelar la suscripci\xF3n",
  "cancelar suscripci\xF3n"
];
var YOU_RECEIVE = () => [
  "you are receiving this",
  "you're receiving this",
  "you're subscribed",
  "you received this",
  "you have received this",
  "you are subscribed",
  "you subscribed to",
  "you signed up",
  "you have subscribed",
  "this email was sent to",
  "this message was sent to",
  "ricevi questa",
  "hai ricevuto questa",
  "ricevi questo messaggio",
  "sei iscritto",
  "sie erhalten diese",
  "sie erhalten diesen",
  "diese e-mail wurde an",
  "vous recevez ce",
  "vous avez re\xE7u ce",
  "vous \xEAtes inscrit",
  "recibes este",
  "has recibido este",
  "recibe este correo",
  "est\xE1 suscrito",
  "est\xE1s suscrito"
];
var CROWD_GREETING_RE = atWordStart(
  () => [
    "(?:dear|hello|hi)\\s+(?:friends|customers?|members?|subscribers?|readers|webmaster|site owner|website owner|business owner|sir\\s*(?:or|\\/)\\s*madam|valued \\p{L}+)\\b",
    "(?:gentile|caro|cara|cari|care)\\s+(?:cliente|clienti|amici|utente|iscritto|lettore|lettori)\\b",
    "(?:sehr geehrte[rs]?|liebe[rs]?)\\s+(?:kunde|kundin|kunden|leser|leserinnen|mitglied|abonnent)",
    "(?:cher|ch\xE8re|chers|ch\xE8res)\\s+(?:client|cliente|clients|amis|membres?|abonn\xE9s?|lecteurs)\\b",
    "(?:estimad[oa]s?|querid[oa]s?)\\s+(?:cliente|clientes|amigos|miembros?|suscriptor(?:es)?|lectores)\\b"
  ].join("|"),
  "iu"
);
var LIST_MANAGER = () => [
  "welcome to the",
  "your subscription",
  "confirm your subscription",
  "confirm your request",
  "to confirm that you want",
  "subscription request",
  "has been added to",
  "has been removed from",
  "mailing list memberships reminder",
  "this is a reminder, sent out once a month",
  "majordomo",
  "listserv",
  "benvenuto nella lista",
  "conferma la tua iscrizione",
  "willkommen auf der",
  "best\xE4tigen sie ihr abonnement",
  "bienvenue sur la liste",
  "confirmez votre abonnement",
  "bienvenido a la lista",
  "confirma tu suscripci\xF3n"
];
var wordStart = (phrases) => atWordStart(() => phraseAlternation(phrases()), "iu");
var tables;
function phraseTables() {
  if (tables) return tables;
  const groups = [
    ["mass", [...MASS_MAILING(), ...UNSUBSCRIBE(), ...YOU_RECEIVE()]],
    ["robot", [...TRACKER(), ...CI_REPORT()]],
    ["listManager", LIST_MANAGER()]
  ];
  const groupOf = new Map(
    groups.flatMap(([g, phrases]) => phrases.map((p) => [p.replace(/\s+/g, " "), g]))
  );
  return tables = { groupOf, all: new RegExp(phraseAlternation([...groupOf.keys()]), "g") };
}
function phraseMarks(lowerText) {
  const { groupOf, all } = phraseTables();
  const seen = /* @__PURE__ */ new Set();
  all.lastIndex = 0;
  for (let m = all.exec(lowerText); m !== null; m = all.exec(lowerText)) {
    seen.add(m[0].replace(/\s+/g, " "));
  }
  const marks = { mass: 0, robot: 0, listManager: 0 };
  for (const phrase of seen) {
    const group = groupOf.get(phrase);
    if (group !== void 0) marks[group] += 1;
  }
  return marks;
}
var UNSUBSCRIBE_RE = wordStart(UNSUBSCRIBE);
var CI_REPORT_RE = wordStart(CI_REPORT);
var TRACKER_EVENT_RE = lazyPattern(
  () => /\b(?:issue|pull request|merge request|bug|ticket|pr)\s*#?\d+\s+(?:was|has been)\s+(?:opened|edited|closed|reopened|merged|created|updated|resolved|commented)\b/i
);
var ROBOT_SUBJECT_RE = lazyPattern(
  () => /^\s*(?:\[[^\]]*\]\s*)*(?:automated\b|automatic\b|auto-generated\b|test results?\s*:|build (?:report|results?)\s*:)/i
);
var EDITION_SUBJECT_RE = lazyPattern(
  () => /\b(?:daily|weekly|monthly|headlines|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:\d{1,2},?\s+)?\d{4})\b/i
);
var MILLIONS_RE = lazyPattern(
  () => /(?:[€$£]|\b(?:eur|euro|usd|dollars?))\s*\d{1,3}(?:[.,' ]\d{3}){2,}|\d{1,3}(?:[.,' ]\d{3}){2,}(?:[.,]\d{2})?\s*(?:[€$£]|(?:eur|euro|usd|dollars?)\b)/i
);
var ISSUE_SUBJECT_RE = lazyPattern(
  () => /\b(?:newsletter|digest|vol\.?\s*\d+|issue\s*#?\s*\d+|no\.\s*\d+|ausgabe\s*\d+|numero\s*\d+|numéro\s*\d+|número\s*\d+)\b/i
);

// src/core/message/memoized.ts
function memoized(rule, limit = 500) {
  const known = /* @__PURE__ */ new Map();
  return (key) => {
    const hit = known.get(key);
    if (hit !== void 0 || known.has(key)) return hit;
    const value = rule(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}

// src/core/message/sender-signals.ts
var NO_REPLY = /^(?:no|do[-_.]?not|dont)[-_.]?reply$|^noreply$|^donotreply$/;
var NOTIFIER_TOKENS = /* @__PURE__ */ new Set([
  "notification",
  "notifications",
  "notify",
  "notifier",
  "alerts",
  "rssfeeds",
  "bugzilla",
  "jira",
  "tracker"
]);
var SERVICE_TOKENS = /* @__PURE__ */ new Set([
  "newsletter",
  "newsletters",
  "news",
  "mailer",
  "mailers",
  "bounce",
  "bounces",
  "marketing",
  "mailings",
  "updates",
  "digest",
  "announce",
  "subscriptions"
]);
var ROBOT_TOKENS = /* @__PURE__ */ new Set([
  "bot",
  "bots",
  "robot",
  "daemon",
  "majordomo",
  "listserv",
  "listproc",
  "lyris",
  "mailman",
  "ezmlm",
  "sympa",
  "cron",
  "nobody",
  "digestifier",
  "listmanager",
  // System accounts (root, www-data, smtp …) send what cron jobs and web scripts produce.
  "root",
  "www",
  "apache",
  "httpd",
  "smtp",
  "postfix"
]);
var BOT_WORD = /^[a-z]{2,5}bot\d*$|^bot\d+$/;
var LIST_MANAGER_LOCAL = /^owner-|-(?:owner|request|admin)$/;
function localPartOf(email3) {
  return email3.slice(0, Math.max(0, email3.lastIndexOf("@"))).toLowerCase();
}
function tokensOf(text) {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((t) => t !== "");
}
var isNoReplyAddress = memoized((email3) => {
  const local = localPartOf(email3);
  return NO_REPLY.test(local) || /(?:^|[-_.+])no-?reply(?:$|[-_.+])/.test(local);
});
function isNoReplySender(msg4) {
  return isNoReplyAddress(msg4.from?.email ?? "");
}
var isServiceAddress = memoized((email3) => tokensOf(localPartOf(email3)).some((t) => SERVICE_TOKENS.has(t)));
function isServiceSender(msg4) {
  return isServiceAddress(msg4.from?.email ?? "");
}
function robotWeight(text) {
  const tokens = tokensOf(text);
  if (tokens.some((t) => ROBOT_TOKENS.has(t) || NOTIFIER_TOKENS.has(t))) return 3;
  return tokens.some((t) => BOT_WORD.test(t)) ? 2 : 0;
}
var senderWeights = /* @__PURE__ */ new Map();
function robotSenderWeight(msg4) {
  const email3 = msg4.from?.email ?? "";
  const displayName = msg4.from?.name ?? "";
  let byName = senderWeights.get(email3);
  const known = byName?.get(displayName);
  if (known !== void 0) return known;
  const local = localPartOf(email3);
  const name = tokensOf(displayName).filter((t) => !NOTIFIER_TOKENS.has(t)).join(" ");
  const weight = LIST_MANAGER_LOCAL.test(local) ? 3 : Math.max(robotWeight(local), robotWeight(name));
  if (!byName) {
    if (senderWeights.size > 500) senderWeights.clear();
    senderWeights.set(email3, byName = /* @__PURE__ */ new Map());
  }
  if (byName.size > 50) byName.clear();
  byName.set(displayName, weight);
  return weight;
}
function isProgramAddress(party) {
  const local = localPartOf(party.email);
  if (NO_REPLY.test(local) || /(?:^|[-_.+])no-?reply(?:$|[-_.+])/.test(local)) return true;
  return LIST_MANAGER_LOCAL.test(local) || robotWeight(local) >= 3;
}
var isGeneratedLocalPart = memoized(
  (email3) => /[0-9a-f]{12,}|\d{6,}|#|^\d{3,}$/.test(localPartOf(email3).replace(/[-_.]/g, ""))
);
function isGeneratedAddress(msg4) {
  return isGeneratedLocalPart(msg4.from?.email ?? "");
}

// src/core/message/header-value.ts
function headerValue(msg4, name) {
  const value = msg4.headers[name];
  return value === void 0 || value === "" ? "" : value.trim().toLowerCase();
}
function hasHeader(msg4, name) {
  const value = msg4.headers[name];
  return value !== void 0 && value !== "" && value.trim() !== "";
}
function isThreaded(msg4) {
  return hasHeader(msg4, "in-reply-to") || hasHeader(msg4, "references");
}

// src/core/message/list-relay.ts
var RULE = /^[ \t]*(?:_{10,}|-{2,}|={10,}|\*{10,}|#{10,}|~{10,})[ \t]*$/gm;
var RULE_MARKS = ["--", "_".repeat(10), "=".repeat(10), "*".repeat(10), "#".repeat(10), "~".repeat(10)];
var LIST_FOOTER = /unsubscri|mailing list|listinfo|subscription|group|list/i;
function withoutListFooter(text) {
  if (!RULE_MARKS.some((mark) => text.includes(mark))) return text;
  let end = text.length;
  const rules = [];
  RULE.lastIndex = 0;
  for (let m = RULE.exec(text); m !== null; m = RULE.exec(text)) rules.push(m.index);
  for (let i = rules.length - 1; i >= 0; i -= 1) {
    const at = rules[i];
    const tail = text.slice(at, end);
    const closing = !/\p{L}/u.test(tail);
    if (!closing && (end - at > 700 || !LIST_FOOTER.test(tail))) break;
    end = at;
  }
  return text.slice(0, end);
}
function isListRelayed(msg4) {
  if (["list-id", "list-post", "list-help", "list-subscribe", "mailing-list", "x-mailing-list"].some(
    (n) => hasHeader(msg4, n)
  ))
    return true;
  return /^(?:owner-[^@]+|[^@]+-(?:owner|request|bounces?|admin)(?:\+[^@]*)?)@/.test(
    headerValue(msg4, "sender").replace(/^.*</, "")
  );
}
function isFromRewrittenByList(msg4) {
  const email3 = msg4.from?.email ?? "";
  const listAddresses = `${headerValue(msg4, "list-post")} ${headerValue(msg4, "list-id")} ${headerValue(msg4, "sender")}`;
  return / via /i.test(msg4.from?.name ?? "") || email3 !== "" && listAddresses.includes(email3);
}

// src/core/message/subject-signs.ts
function isShouted(subject) {
  const words3 = subject.match(/\p{L}{2,}/gu) ?? [];
  return words3.length >= 4 && words3.every((w) => w === w.toUpperCase() && w !== w.toLowerCase());
}
var subjectSigns = memoized((subject) => {
  const lower = subject.toLowerCase();
  return {
    lower,
    replyPrefix: /^\s*(?:\[[^\]]*\]\s*)?(?:re|aw|sv|rif|r)\s*:/i.test(subject),
    forward: /^\s*(?:\[[^\]]*\]\s*)?(?:fwd?|fw|i|wg|tr|rv|enc)\s*:/i.test(subject),
    rePrefix: /^\s*re\s*:/i.test(subject),
    ciReport: CI_REPORT_RE.test(lower),
    robotSubject: ROBOT_SUBJECT_RE.test(lower),
    templateMarks: (isShouted(subject) ? 1 : 0) + (ISSUE_SUBJECT_RE.test(subject) ? 1 : 0) + (EDITION_SUBJECT_RE.test(subject) ? 1 : 0)
  };
});

// src/core/message/bulk-evidence.ts
var BULK_THRESHOLD = 3;
var ROBOT_HEADERS = [
  "x-bugzilla-reason",
  "x-github-reason",
  "x-gitlab-project",
  "x-jenkins-job",
  "x-cron-env"
];
var MASS_MAILER = /accucast|lyris|list ?manager|listserv|majordomo|mailman|smart_?send|phplist|mailchimp|sendinblue|sendgrid|mailjet|campaign|newsletter|mass ?mail|bulk|easy ?dm|octeth|targetmail|messagemaker|aspmail|sendemail|phpmailer|swiftmailer|mime::lite|\bcdo\b|daemon|robot|\bbot\b|mailing|blast|marketing|store-mailer/i;
var MASS_SUBDOMAIN = /^(?:alerts?|news|newsletters?|mailer|mailings?|bounces?|campaigns?|marketing|notifications?|notify|updates|promo|e|em|mkt)\.[^.]+\.[^.]+/;
var isMassSubdomain = memoized((email3) => MASS_SUBDOMAIN.test(domainOf(email3)));
function domainOf2(msg4) {
  return domainOf(msg4.from?.email ?? "");
}
function repliesDiverted(msg4) {
  if (msg4.replyTo.length === 0) return false;
  const from = domainOf2(msg4);
  if (from === "" || isPublicMailDomain(from)) return false;
  return msg4.replyTo.some((p) => {
    const to = domainOf(p.email);
    return isPublicMailDomain(to) && organisationDomain(to) !== organisationDomain(from);
  });
}
var HOST_MAILER = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;
function isReply(msg4) {
  return subjectSigns(msg4.subject).replyPrefix && isThreaded(msg4);
}
function isAnswering(msg4) {
  return isReply(msg4) || subjectSigns(msg4.subject).forward;
}
function headerRobot(msg4) {
  let robot = robotSenderWeight(msg4);
  if (ROBOT_HEADERS.some((n) => hasHeader(msg4, n))) robot = Math.max(robot, 3);
  if (headerValue(msg4, "auto-submitted").startsWith("auto-generated")) robot += isReply(msg4) ? 1 : 3;
  const mailer = headerValue(msg4, "x-mailer");
  if (/daemon|robot|\bbot\b|cron|script|php|perl|python/.test(mailer)) robot += 3;
  const from = msg4.from?.email ?? "";
  if (from !== "" && headerValue(msg4, "x-loop").includes(from)) robot += 3;
  return robot;
}
var ANNOUNCE_LIST = /(?:^|[^a-z])(?:announce|announcements?|news|newsletters?|updates|alerts|press|commits?|cvs|svn|checkins)(?:[^a-z]|$)/;
function listName(msg4) {
  const id = headerValue(msg4, "list-id").match(/<([^>]*)>/)?.[1] ?? headerValue(msg4, "list-id");
  return `${id.split(".")[0] ?? ""} ${headerValue(msg4, "sender").replace(/^.*</, "").split("@")[0] ?? ""}`;
}
function headerMass(msg4, relayed) {
  let mass = SERVICE_HEADERS.some((n) => hasHeader(msg4, n)) ? 3 : 0;
  if (!relayed && hasHeader(msg4, "list-unsubscribe-post")) mass += 3;
  if (hasHeader(msg4, "feedback-id")) mass += 2;
  if (/^no\b/.test(headerValue(msg4, "list-post"))) mass += 3;
  if (relayed && ANNOUNCE_LIST.test(listName(msg4))) mass += 3;
  const mailer = headerValue(msg4, "x-mailer");
  if (MASS_MAILER.test(mailer)) mass += 3;
  else if (HOST_MAILER.test(mailer)) mass += 3;
  if (isMassSubdomain(msg4.from?.email ?? "")) mass += 2;
  if (isNoReplySender(msg4) || isServiceSender(msg4)) mass += 3;
  if (!relayed && hasHeader(msg4, "list-unsubscribe")) mass += 2;
  if (!relayed && /^(?:bulk|junk|list)$/.test(headerValue(msg4, "precedence"))) mass += 1;
  if (hasHeader(msg4, "x-loop")) mass += 1;
  if (isGeneratedAddress(msg4)) mass += 1;
  if (repliesDiverted(msg4) && !isFromRewrittenByList(msg4)) mass += 2;
  return mass;
}
var capped = (marks) => Math.min(3, marks);
function footerOf(text) {
  return text.length > 400 ? text.slice(-600) : "";
}
function contentWeights(msg4, ownText2) {
  const text = ownText2.toLowerCase();
  const signs = subjectSigns(msg4.subject);
  const answering = isAnswering(msg4);
  const marks = phraseMarks(`${signs.lower}
${text}`);
  let robot = (marks.robot >= 2 ? 3 : marks.robot) + (TRACKER_EVENT_RE.test(text) ? 2 : 0);
  if (signs.ciReport || !answering && signs.robotSubject) robot += 2;
  if (!answering) robot += Math.min(3, marks.listManager * 2);
  let mass = marks.mass + (UNSUBSCRIBE_RE.test(footerOf(text)) ? 1 : 0);
  if (MILLIONS_RE.test(text)) mass += 1;
  if (CROWD_GREETING_RE.test(text.slice(0, 300))) mass += 2;
  if (!answering) mass += signs.templateMarks;
  if (headerValue(msg4, "content-type").startsWith("text/html") || /^\s*<(?:html|head|body|table)\b/i.test(text))
    mass += 2;
  if (signs.rePrefix && !isThreaded(msg4)) mass += 1;
  return { robot: capped(robot), mass: capped(mass) };
}
function weighBulkEvidence(msg4, text) {
  const relayed = isListRelayed(msg4);
  const own = relayed ? withoutListFooter(text) : text;
  const sample = own.length > 6e3 ? `${own.slice(0, 4e3)}
${own.slice(-2e3)}` : own;
  const content = contentWeights(msg4, sample);
  const robot = headerRobot(msg4) + content.robot;
  const answering = isAnswering(msg4) && robot < BULK_THRESHOLD;
  const score = robot + headerMass(msg4, relayed) + Math.max(0, content.mass - (answering ? 1 : 0));
  return { score, robot };
}

// src/core/message/auto-phrases.ts
function anyOf(phrases) {
  return phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s*")).join("|");
}
var AUTO_SUBJECTS = () => [
  "automatic reply",
  "auto reply",
  "auto-reply",
  "autoreply",
  "auto response",
  "autoresponse",
  "autorespons",
  "automatic response",
  "out of office",
  "out of the office",
  "away from the office",
  "on vacation",
  "risposta automatica",
  "fuori sede",
  "fuori ufficio",
  "assente",
  "abwesenheitsnotiz",
  "automatische antwort",
  "abwesend",
  "nicht im b\xFCro",
  "r\xE9ponse automatique",
  "reponse automatique",
  "absence du bureau",
  "absent du bureau",
  "absence",
  "respuesta autom\xE1tica",
  "respuesta automatica",
  "fuera de la oficina",
  "ausencia",
  "fuera de oficina"
];
var BOUNCE_SUBJECTS = () => [
  "undeliverable",
  "undelivered mail",
  "undelivered mail returned to sender",
  "delivery status notification (failure)",
  "delivery status notification (delay)",
  "mail delivery failed",
  "mail delivery failure",
  "delivery failure",
  "delivery has failed",
  "returned mail",
  "failure notice",
  "mail system error",
  "message not delivered",
  "unzustellbar",
  "nicht zustellbar",
  "unzustellbare",
  "non recapitabile",
  "impossibile recapitare",
  "mancato recapito",
  "messaggio non recapitato",
  "non remis",
  "\xE9chec de la remise",
  "echec de la remise",
  "message non remis",
  "no se puede entregar",
  "no se pudo entregar",
  "mensaje no entregado",
  "error de entrega"
];
var AUTO_BODY = () => [
  "this is an automatic reply",
  "this is an automated reply",
  "this is an automated response",
  "this is an automatic message",
  "automatic reply",
  "auto-reply",
  "i am currently out of the office",
  "i am out of the office",
  "i will be out of the office",
  "i'm out of the office",
  "i'm currently out of the office",
  "i am currently away",
  "i am away from the office",
  "i am on vacation",
  "i am currently on leave",
  "out of office",
  "we have received your message",
  "we received your message",
  "we have received your email",
  "we have received your request",
  "we received your request",
  "your message has been received",
  "risposta automatica",
  "messaggio automatico",
  "questo \xE8 un messaggio automatico",
  "sono fuori ufficio",
  "sono fuori sede",
  "sono attualmente fuori",
  "sar\xF2 assente",
  "saro assente",
  "sono assente",
  "abbiamo ricevuto la sua richiesta",
  "abbiamo ricevuto la tua richiesta",
  "abbiamo ricevuto il suo messaggio",
  "abbiamo ricevuto la sua mail",
  "abbiamo ricevuto la sua e-mail",
  "abbiamo ricevuto la tua email",
  "automatische antwort",
  "ich bin derzeit nicht im b\xFCro",
  "ich bin nicht im b\xFCro",
  "ich bin zurzeit nicht im b\xFCro",
  "bin ich nicht im b\xFCro",
  "wir haben ihre nachricht erhalten",
  "wir haben ihre anfrage erhalten",
  "r\xE9ponse automatique",
  "je suis absent",
  "je suis actuellement absent",
  "je serai absent",
  "nous avons bien re\xE7u votre",
  "nous avons re\xE7u votre message",
  "respuesta autom\xE1tica",
  "estoy fuera de la oficina",
  "me encuentro fuera de la oficina",
  "estar\xE9 fuera",
  "hemos recibido su",
  "hemos recibido tu"
];
var NOTICE_CUES = () => [
  "limited access|no access to|for urgent|if urgent|if your matter is urgent|in urgent cases|in case of urgency|upon my return|on my return|ticket|case number|reference number|will respond within|will reply within|will get back to you within|within 24 hours|within 48 hours|business days|working days|will not be forwarded|will be forwarded",
  "accesso limitato|senza accesso|per urgenze|in caso di urgenza|per comunicazioni urgenti|al mio rientro|al rientro|le risponderemo|vi risponderemo|ti risponderemo|entro 24 ore|entro 48 ore|giorni lavorativi",
  "in dringenden f\xE4llen|dringende|nach meiner r\xFCckkehr|eingeschr\xE4nkt|werktage",
  "en cas d\u2019urgence|en cas d'urgence|\xE0 mon retour|acc\xE8s limit\xE9|nous vous r\xE9pondrons|jours ouvr\xE9s",
  "para urgencias|en caso de urgencia|a mi regreso|a mi vuelta|acceso limitado|le responderemos|d\xEDas h\xE1biles"
].flatMap((group) => group.split("|"));
var BOUNCE_BODY = () => [
  "delivery to the following recipient failed",
  "delivery has failed to these recipients",
  "could not be delivered",
  "couldn't be delivered",
  "was not delivered",
  "message you sent could not",
  "address not found",
  "mail delivery failed",
  "recipient address rejected",
  "user unknown",
  "non \xE8 stato possibile recapitare",
  "impossibile recapitare",
  "konnte nicht zugestellt werden",
  "n'a pas pu \xEAtre remis",
  "no se pudo entregar",
  "no se ha podido entregar"
];
var AUTO_SUBJECT_RE = lazyPattern(
  () => new RegExp(`^\\s*(?:${anyOf(AUTO_SUBJECTS())})\\s*(?:[:\uFF1A(\\-\u2013]|$)`, "i")
);
var BOUNCE_SUBJECT_RE = lazyPattern(
  () => new RegExp(`^\\s*(?:${anyOf(BOUNCE_SUBJECTS())})\\s*(?:[:\uFF1A(\\-\u2013]|$)`, "i")
);
var AUTO_BODY_RE = atWordStart(() => phraseAlternation(AUTO_BODY(), "\\s*"), "iu");
var NOTICE_CUE_RE = atWordStart(() => phraseAlternation(NOTICE_CUES(), "\\s*"), "iu");
var RETURN_DATE_RE = lazyPattern(
  () => /(?<!\p{L})(?:until|till|through|back on|back in the office on|returning on|return on|fino al?l?['’]?|sino al?l?['’]?|rientr\p{L}* (?:il|lunedì|martedì|mercoledì|giovedì|venerdì)|bis(?: zum| einschließlich)?|ab dem|zurück am|jusqu['’]au|de retour le|hasta el|regreso el|vuelvo el)\s+(?:\p{L}+,?\s+){0,2}\d{1,2}(?!\d)/iu
);
var AUTO_SUBJECT_END_RE = lazyPattern(
  () => /(?:\bis out of the office|\bè fuori (?:sede|ufficio)|\bist (?:außer haus|abwesend)|\best absente?|\bestá fuera de la oficina)\.?\s*$/iu
);
var BOUNCE_BODY_RE = lazyPattern(() => new RegExp(`(?:${anyOf(BOUNCE_BODY())})`, "i"));

// src/core/identity.ts
function isMe(email3, identity) {
  const e = email3.trim().toLowerCase();
  if (e === "") return false;
  const primary = identity.primary.trim().toLowerCase();
  if (e === primary) return true;
  if (identity.aliases.some((a) => a.trim().toLowerCase() === e)) return true;
  if (!identity.colleaguesCountAsMe) return false;
  const myDomain = domainOf(primary);
  if (myDomain === "" || isPublicMailDomain(myDomain)) return false;
  return organisationDomain(domainOf(e)) === organisationDomain(myDomain);
}

// src/core/message/quoted-text.ts
var SEPARATOR = /^\s*-{2,}\s*(original message|messaggio originale|ursprüngliche nachricht|originalnachricht|message d'origine|mensaje original|forwarded message|messaggio inoltrato|weitergeleitete nachricht|message transféré|mensaje reenviado)\s*-{2,}\s*$|^\s*(begin forwarded message|inizio messaggio inoltrato)\s*:\s*$/i;
var HEADER_FROM = /^\s*\*?(from|da|von|de|van)\s*:\*?\s+\S/i;
var HEADER_SENT = /^\s*\*?(sent|date|inviato|data|gesendet|datum|envoyé|enviado|fecha)\s*:/i;
var UNDERSCORES = /^\s*_{10,}\s*$/;
var ATTRIBUTION = /^\s*(on|il giorno|il|in data|am|le|el|em|op)\b.*\b(wrote|ha scritto|schrieb|a écrit|escribió|escreveu|schreef)\b.*:\s*$/i;
var QUOTE = /^\s*>/;
function isHeaderBlock(lines, i) {
  if (!HEADER_FROM.test(lines[i])) return false;
  return lines.slice(i + 1, i + 6).some((l) => HEADER_SENT.test(l));
}
var ATTRIBUTION_OPENING = /^\s*(on|il|in data|am|le|el|em|op)\b/i;
function attributionStart(lines, i) {
  if (!ATTRIBUTION_OPENING.test(lines[i])) return null;
  for (let span = 1; span <= 3 && i + span <= lines.length; span += 1) {
    const joined = lines.slice(i, i + span).join(" ");
    if (ATTRIBUTION.test(joined)) return i + span;
  }
  return null;
}
function nextNonBlank(lines, from) {
  let j = from;
  while (j < lines.length && lines[j].trim() === "") j += 1;
  return j;
}
function cutIndex(lines) {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line.startsWith(">")) continue;
    if (SEPARATOR.test(line) || isHeaderBlock(lines, i)) {
      const prev = i - 1 - countBlankBefore(lines, i);
      return prev >= 0 && UNDERSCORES.test(lines[prev]) ? prev : i;
    }
    const end = attributionStart(lines, i);
    if (end !== null && !QUOTE.test(lines[nextNonBlank(lines, end)] ?? "")) return i;
  }
  return lines.length;
}
function countBlankBefore(lines, i) {
  let n = 0;
  while (i - 1 - n >= 0 && lines[i - 1 - n].trim() === "") n += 1;
  return n;
}
function attributionAbove(lines, quoteStart) {
  const p = quoteStart - 1 - countBlankBefore(lines, quoteStart);
  if (p < 0 || !/:\s*$/.test(lines[p])) return [];
  const found = [p];
  for (let k = p - 1; k >= 0 && found.length < 3; k -= 1) {
    const line = lines[k];
    if (!/[<,]\s*$|@|\d{1,2}[:.]\d{2}/.test(line) || line.trim() === "") break;
    found.push(k);
  }
  return found;
}
function stripQuotedReplies(body) {
  const raw = body ?? "";
  const lines = (raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw).split("\n");
  const kept = lines.slice(0, cutIndex(lines));
  const drop = kept.some((line) => QUOTE.test(line)) ? quoteLines(kept) : null;
  const text = (drop ? kept.filter((_, i) => !drop[i]) : kept).join("\n");
  return (text.includes("\n\n\n") ? text.replace(/\n{3,}/g, "\n\n") : text).trim();
}
function quoteLines(kept) {
  const drop = kept.map((line) => QUOTE.test(line));
  drop.forEach((quoted, i) => {
    if (quoted && (i === 0 || !QUOTE.test(kept[i - 1])))
      attributionAbove(kept, i).forEach((k) => drop[k] = true);
  });
  return drop;
}
var DELIMITER = /^--\s*$/;
var SENT_FROM = /^\s*(sent from my|sent from|get outlook for|inviato da|inviato dal mio|von meinem .* gesendet|gesendet von|envoyé de mon|envoyé depuis|enviado desde|enviado do meu)\b/i;
var SIGN_OFF = /^\s*(best regards|kind regards|regards|best wishes|many thanks|thanks|thank you|cheers|best|cordiali saluti|distinti saluti|saluti|un saluto|grazie|a presto|mit freundlichen grüßen|viele grüße|beste grüße|liebe grüße|cordialement|bien cordialement|bien à vous|salutations|atentamente|saludos|un saludo|un abrazo)\s*[,.!]?\s*$/i;
function isSignOffBlock(lines, i) {
  if (!SIGN_OFF.test(lines[i])) return false;
  const rest = lines.slice(i + 1).filter((l) => l.trim() !== "");
  return rest.length <= 4 && rest.every((l) => l.trim().length <= 50 && !/[.?!]\s*$/.test(l));
}
function stripSignature(text) {
  const lines = text.split("\n");
  let cut = lines.length;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i];
    if (DELIMITER.test(line) || lines.length - i <= 4 && SENT_FROM.test(line) || isSignOffBlock(lines, i)) {
      cut = i;
    }
  }
  return lines.slice(0, cut).join("\n").trim();
}
function unquotedText(body) {
  return stripSignature(stripQuotedReplies(body));
}

// src/core/message/subject.ts
var PREFIX2 = /^\s*(?:(?:re|fwd?|r|rif|i|aw|wg|tr|rv|sv|vs|antw|antwort|doorst|enc|res|fs|odp|ynt)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)/i;
var LIST_TAG = /^\s*(\[[^\]]*\])\s*/;
var EXTERNAL_TAG = /^\s*(?:\[\s*(?:ext|external|extern|externe|externo|esterno|esterna|external (?:e-?mail|sender|message))\s*\]|\*\s*external\s*\*|external\s*:)\s*/i;
function projectName(subject) {
  let rest = (subject ?? "").replace(/\s+/g, " ").trim();
  let tags = "";
  for (let guard = 0; guard < 50; guard += 1) {
    const prefix = PREFIX2.exec(rest) ?? EXTERNAL_TAG.exec(rest);
    if (prefix) {
      rest = rest.slice(prefix[0].length);
      continue;
    }
    const tag = LIST_TAG.exec(rest);
    if (tag && PREFIX2.test(rest.slice(tag[0].length))) {
      if (!tags.includes(tag[1])) tags += `${tag[1]} `;
      rest = rest.slice(tag[0].length);
      continue;
    }
    break;
  }
  return (tags + rest).trim();
}

// src/core/message/message-kind.ts
var BOUNCE_SENDER = /^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)$/i;
function localPart(msg4) {
  const email3 = msg4.from?.email ?? "";
  return email3.slice(0, Math.max(0, email3.lastIndexOf("@")));
}
function ownText(msg4, unquoted) {
  return typeof unquoted === "function" ? unquoted() : unquoted ?? unquotedText(msg4.body);
}
function openingText(msg4, unquoted) {
  const text = withoutListFooter(ownText(msg4, unquoted));
  return text.length > 1500 ? "" : text.slice(0, 400);
}
function noticeSubject(subject) {
  const rest = subject.replace(/^\s*(?:\[[^\]]*\]\s*)+/, "");
  return /^\s*(?:re|aw|sv|rif|r)\s*(?:\[\d+\])?\s*:/i.test(rest) ? "" : projectName(rest);
}
var isBounceSubject = memoized((subject) => BOUNCE_SUBJECT_RE.test(noticeSubject(subject)));
var isNoticeSubject = memoized((subject) => {
  const notice = noticeSubject(subject);
  return AUTO_SUBJECT_RE.test(notice) || AUTO_SUBJECT_END_RE.test(notice);
});
function isServerBounce(msg4) {
  const type = headerValue(msg4, "content-type");
  if (type.startsWith("multipart/report") && !type.includes("disposition-notification")) return true;
  if (hasHeader(msg4, "x-failed-recipients")) return true;
  return BOUNCE_SENDER.test(localPart(msg4));
}
function isBounce(msg4, unquoted) {
  if (isBounceSubject(msg4.subject)) return true;
  return headerValue(msg4, "return-path") === "<>" && BOUNCE_BODY_RE.test(openingText(msg4, unquoted));
}
function hasAutoReplyHeaders(msg4) {
  const submitted = headerValue(msg4, "auto-submitted");
  if (submitted.startsWith("auto-generated")) return !isListRelayed(msg4) && isThreaded(msg4);
  if (submitted !== "" && submitted !== "no") return true;
  if (hasHeader(msg4, "x-autoreply") || hasHeader(msg4, "x-autorespond")) return true;
  if (headerValue(msg4, "precedence") === "auto_reply") return true;
  if (headerValue(msg4, "return-path") === "<>") return true;
  const type = headerValue(msg4, "content-type");
  return type.startsWith("multipart/report") && type.includes("disposition-notification");
}
function isNoticeBody(msg4, unquoted) {
  const opening = openingText(msg4, unquoted);
  if (!AUTO_BODY_RE.test(opening)) return false;
  return !isThreaded(msg4) || NOTICE_CUE_RE.test(opening) || RETURN_DATE_RE.test(opening);
}
function isAutoReply(msg4, mine, unquoted) {
  if (robotSenderWeight(msg4) >= 3) return false;
  if (hasAutoReplyHeaders(msg4)) return true;
  const suppress = hasHeader(msg4, "x-auto-response-suppress");
  if (mine && !suppress) return false;
  return isNoticeSubject(msg4.subject) || isNoticeBody(msg4, unquoted);
}
function bulkEvidence(msg4, unquoted) {
  return weighBulkEvidence(msg4, ownText(msg4, unquoted));
}
function classifyMessage(msg4, identity, unquoted) {
  if (isServerBounce(msg4)) return "bounce";
  const mine = msg4.from !== null && isMe(msg4.from.email, identity);
  if (!mine && isBounce(msg4, unquoted)) return "bounce";
  if (isAutoReply(msg4, mine, unquoted)) return "auto-reply";
  if (mine) return "me";
  return bulkEvidence(msg4, unquoted).score >= BULK_THRESHOLD ? "bulk" : "client";
}

// src/core/message/date-words/all-matches.ts
function allMatches(re, text) {
  const found = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m);
    if (m[0] === "") re.lastIndex += 1;
  }
  re.lastIndex = 0;
  return found;
}

// src/core/message/date-words/months.ts
var NAMES = {
  1: ["january", "jan", "gennaio", "gen", "januar", "j\xE4n", "j\xE4nner", "janvier", "janv", "enero", "ene"],
  2: ["february", "feb", "febbraio", "februar", "f\xE9vrier", "fevrier", "f\xE9vr", "fevr", "f\xE9v", "febrero"],
  3: ["march", "mar", "marzo", "m\xE4rz", "maerz", "mars", "m\xE4r"],
  4: ["april", "apr", "aprile", "avril", "avr", "abril", "abr"],
  5: ["may", "maggio", "mag", "mai", "mayo", "may"],
  6: ["june", "jun", "giugno", "giu", "juni", "juin", "junio"],
  7: ["july", "jul", "luglio", "lug", "juli", "juillet", "juil", "julio"],
  8: ["august", "aug", "agosto", "ago", "ao\xFBt", "aout", "agosto"],
  9: ["september", "sept", "sep", "settembre", "set", "septembre", "septiembre", "setiembre"],
  10: ["october", "oct", "ottobre", "ott", "oktober", "okt", "octobre", "octubre"],
  11: ["november", "nov", "novembre", "noviembre"],
  12: ["december", "dec", "dicembre", "dic", "dezember", "dez", "d\xE9cembre", "decembre", "d\xE9c", "diciembre"]
};
var MONTHS = new Map(
  Object.entries(NAMES).flatMap(([month, names]) => names.map((n) => [n, Number(month)]))
);
var MONTH_PATTERN = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join("|");

// src/core/message/date-words/find-dates.ts
var L = "(?<![\\p{L}\\d])";
var R = "(?![\\p{L}])";
var ORD = "(?:st|nd|rd|th|\xB0|\xBA|\xAA|er|\\.)?";
var YEAR = "(?:,?\\s*(\\d{4}))?";
var MONTH_START = `(?=[${[...new Set([...MONTHS.keys()].map((m) => m.charAt(0)))].join("")}])`;
var DAY_MONTH = new RegExp(
  `(?=\\d)${L}(\\d{1,2})${ORD}\\s*(?:of\\s+|de\\s+|di\\s+)?(${MONTH_PATTERN})${R}\\.?${YEAR}`,
  "giu"
);
var MONTH_DAY = new RegExp(
  `${MONTH_START}${L}(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})${ORD}(?!\\d)${YEAR}`,
  "giu"
);
var ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;
var NUMERIC = [
  /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d./-]\d|\d)/g,
  /(?<![\d./-])(\d{1,2})(\/)(\d{1,2})()(?![\d/]|\.\d)/g,
  /(?<![\d./-])(\d{1,2})(\.)(\d{1,2})\.()(?!\d)/g
];
function fullYear(text) {
  if (text === void 0 || text === "") return null;
  const y = Number(text);
  return text.length === 2 ? 2e3 + y : y;
}
function valid(found) {
  const y = found.year ?? 2024;
  const iso2 = `${String(y).padStart(4, "0")}-${String(found.month).padStart(2, "0")}-${String(found.day).padStart(2, "0")}`;
  return isLocalDate(iso2);
}
function numericDate(m, order) {
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = fullYear(m[4]);
  const first = order === "mdy" ? { index: m.index, month: a, day: b, year } : { index: m.index, month: b, day: a, year };
  if (valid(first)) return first;
  const other = { index: m.index, month: first.day, day: first.month, year };
  return valid(other) ? other : null;
}
function findDates(text, order = "dmy") {
  if (!/\d/.test(text)) return [];
  const found = [];
  const lower = text.toLowerCase();
  for (const m of allMatches(ISO, lower))
    found.push({ index: m.index, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  for (const m of allMatches(DAY_MONTH, lower)) {
    found.push({
      index: m.index,
      day: Number(m[1]),
      month: MONTHS.get(m[2]) ?? 0,
      year: fullYear(m[3])
    });
  }
  for (const m of allMatches(MONTH_DAY, lower)) {
    found.push({
      index: m.index,
      day: Number(m[2]),
      month: MONTHS.get(m[1]) ?? 0,
      year: fullYear(m[3])
    });
  }
  const taken = (i) => found.some((f) => Math.abs(f.index - i) < 6);
  for (const m of NUMERIC.flatMap((re) => allMatches(re, lower))) {
    const date = taken(m.index) ? null : numericDate(m, order);
    if (date) found.push(date);
  }
  return found.filter(valid).sort((x, y) => x.index - y.index);
}
function resolveYear(found, sentOn, graceDays = 7) {
  const pad = (n) => String(n).padStart(2, "0");
  const at = (y) => `${y}-${pad(found.month)}-${pad(found.day)}`;
  if (found.year !== null) return at(found.year);
  const sentYear = Number(sentOn.slice(0, 4));
  const thisYear = at(sentYear);
  const next = thisYear < addDays(sentOn, -graceDays) || !isLocalDate(thisYear);
  return next && isLocalDate(at(sentYear + 1)) ? at(sentYear + 1) : thisYear;
}

// src/core/message/date-words/weekdays.ts
var NAMES2 = {
  1: ["monday", "mon", "luned\xEC", "lunedi", "lun", "montag", "lundi", "lunes"],
  2: ["tuesday", "tue", "tues", "marted\xEC", "martedi", "dienstag", "mardi", "martes"],
  3: ["wednesday", "wed", "mercoled\xEC", "mercoledi", "mittwoch", "mercredi", "mi\xE9rcoles", "miercoles"],
  4: ["thursday", "thu", "thurs", "gioved\xEC", "giovedi", "donnerstag", "jeudi", "jueves"],
  5: ["friday", "fri", "venerd\xEC", "venerdi", "freitag", "vendredi", "viernes"],
  6: ["saturday", "sat", "sabato", "samstag", "sonnabend", "samedi", "s\xE1bado", "sabado"],
  7: ["sunday", "sun", "domenica", "sonntag", "dimanche", "domingo"]
};
var WEEKDAYS = new Map(
  Object.entries(NAMES2).flatMap(([day, names]) => names.map((n) => [n, Number(day)]))
);
var WEEKDAY_PATTERN = [...WEEKDAYS.keys()].filter((n) => n.length > 4).sort((a, b) => b.length - a.length).join("|");

// src/core/message/return-date.ts
var RETURN_WORDS = /(back|return|returning|until|till|through|thru|resume|rientr\w*|ritorn\w*|torner\w*|fino\s+al?l?[’']?|sino\s+al?l?[’']?|dal\s+giorno|zurück|wieder|bis\s+(?:zum|einschließlich|einschl\.)?|ab\s+(?:dem)?|retour|jusqu[’']?au|jusqu[’']?à|reprendrai|hasta\s+el|hasta|regres\w*|vuelta|volver\w*|a\s+partir\s+del?)\W{0,3}\s*(\S+\s+){0,3}$/iu;
function numericDateOrder(text, contentLanguage = "", senderEmail = "") {
  const english = /\b(the|office|back|until|return|will)\b/i.test(text);
  const us = /^en-us\b/i.test(contentLanguage.trim()) || /\.us$/i.test(senderEmail.trim());
  return english && us ? "mdy" : "dmy";
}
var WEEKDAY_RE = new RegExp(`(?<![\\p{L}])(${WEEKDAY_PATTERN})(?![\\p{L}])`, "giu");
function weekdayAfterReturnWord(text, sentOn) {
  const re = WEEKDAY_RE;
  for (const m of allMatches(re, text.toLowerCase())) {
    if (!RETURN_WORDS.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const target = WEEKDAYS.get(m[1]);
    const ahead = (target - weekdayOf(sentOn) + 7) % 7 || 7;
    return addDays(sentOn, ahead);
  }
  return null;
}
function pick(found, text, sentOn) {
  const dates = (list2) => list2.map((f) => resolveYear(f, sentOn)).filter(isLocalDate).sort();
  const introduced = found.filter((f) => RETURN_WORDS.test(text.slice(Math.max(0, f.index - 40), f.index)));
  return dates(introduced).pop() ?? dates(found).pop() ?? null;
}
function readReturnDate(text, sentAt, options) {
  const sentOn = options.localDateOf(sentAt, options.timeZone);
  const order = numericDateOrder(text, options.contentLanguage, options.senderEmail);
  const date = pick(findDates(text, order), text, sentOn) ?? weekdayAfterReturnWord(text, sentOn);
  return date === null ? null : { date, stale: date < sentOn };
}

// src/core/analysis/annotate-messages.ts
function returnDateOf(m, text, at, calendar) {
  const found = readReturnDate(`${m.subject}
${text}`, at, {
    timeZone: calendar.timeZone,
    localDateOf: calendar.localDateOf,
    contentLanguage: m.headers["content-language"] ?? "",
    senderEmail: m.from?.email ?? ""
  });
  return found && !found.stale ? found.date : null;
}
function annotateMessages(placed, identity, calendar) {
  const annotated = placed.map(({ message, at }) => {
    let cached;
    const unquoted = () => cached ??= unquotedText(message.body);
    const kind = classifyMessage(message, identity, unquoted);
    const text = kind === "client" ? unquoted() : "";
    return {
      id: message.id,
      at,
      from: message.from?.email ?? null,
      kind,
      robot: kind === "bulk" && bulkEvidence(message, unquoted).robot >= BULK_THRESHOLD,
      outOfOfficeUntil: kind === "auto-reply" ? returnDateOf(message, unquoted(), at, calendar) : null,
      promisedBy: null,
      message,
      text
    };
  });
  return annotated;
}

// src/core/analysis/find-client.ts
function findClient(messages, identity) {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const m = messages[i];
    if (m.kind === "client" && m.message.from) return m.message.from;
  }
  const robots = new Set(messages.filter((m) => m.robot === true).map((m) => m.from));
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const m = messages[i];
    if (m.robot === true) return null;
    if (m.kind !== "me") continue;
    const recipients = [...m.message.to, ...m.message.cc].filter((p) => !isMe(p.email, identity));
    const main2 = recipients[0];
    if (main2 === void 0) continue;
    return robots.has(main2.email) || isProgramAddress(main2) ? null : main2;
  }
  return null;
}
function clientAddressTest(client) {
  if (client === null) return () => false;
  const domain = domainOf(client.email);
  const org = isPublicMailDomain(domain) ? null : organisationDomain(domain);
  return (email3) => email3 !== null && (email3 === client.email || org !== null && organisationDomain(domainOf(email3)) === org);
}
function clientReplyTest(client) {
  const isClientAddress = clientAddressTest(client);
  return (m) => m.kind === "client" && isClientAddress(m.from);
}

// src/core/message/list-author.ts
function listMailboxes(msg4) {
  const boxes = /* @__PURE__ */ new Set();
  for (const m of (msg4.headers["list-post"] ?? "").matchAll(/mailto:([^>?,\s]+)/gi))
    boxes.add(m[1].toLowerCase());
  const sender = parseMailbox(msg4.headers["sender"] ?? "");
  if (sender) boxes.add(sender.email);
  return boxes;
}
var VIA = /^\s*['"]?(.+?)['"]?\s+via\s+\S/i;
var sameName = (a, b) => a.replace(/['"]/g, "").replace(/\s+/g, " ").trim().toLowerCase() === b.toLowerCase();
function listRewrittenAuthor(msg4) {
  const from = msg4.from;
  const name = VIA.exec(from?.name ?? "")?.[1]?.trim() ?? "";
  if (!from || name === "" || !isListRelayed(msg4)) return null;
  const lists = listMailboxes(msg4);
  if (!lists.has(from.email)) return null;
  const replyTo = msg4.replyTo.length === 1 ? msg4.replyTo[0] : void 0;
  const email3 = parseMailbox(msg4.headers["x-original-from"] ?? "")?.email ?? (replyTo && sameName(replyTo.name, name) ? replyTo.email : void 0);
  return email3 === void 0 || lists.has(email3) || email3 === from.email ? null : { email: email3, name };
}

// src/core/analysis/list-authors.ts
function withListAuthors(messages, identity) {
  return messages.map((m) => {
    const author = m.from && isMe(m.from.email, identity) ? null : listRewrittenAuthor(m);
    return author ? { ...m, from: author } : m;
  });
}

// src/core/message/message-ids.ts
function idsIn(value) {
  const ids = [];
  const text = value ?? "";
  for (let open3 = text.indexOf("<"); open3 >= 0; open3 = text.indexOf("<", open3 + 1)) {
    const close = text.indexOf(">", open3 + 1);
    if (close < 0) break;
    const id = text.slice(open3 + 1, close);
    if (id !== "" && !/[<\s]/.test(id)) ids.push(id.toLowerCase());
  }
  return ids;
}

// src/core/analysis/list-replies.ts
function recipientsOf(m) {
  return [...m.message.to, ...m.message.cc].map((p) => p.email);
}
function answered(m) {
  return [...idsIn(m.message.headers["in-reply-to"]), ...idsIn(m.message.headers["references"])];
}
function chainedToMine(m, mine) {
  const id = idsIn(m.message.headers["message-id"])[0];
  const myIds = new Set(mine.flatMap((x) => idsIn(x.message.headers["message-id"])));
  return id !== void 0 && mine.some((x) => answered(x).includes(id)) || answered(m).some((a) => myIds.has(a));
}
function withListReplies(messages, identity) {
  const mine = messages.filter((m) => m.kind === "me");
  if (mine.length === 0) return messages;
  let wroteTo;
  return messages.map((m) => {
    if (m.kind !== "client" || !isListRelayed(m.message)) return m;
    const wrote = wroteTo ??= new Set(mine.flatMap(recipientsOf));
    const recipients = recipientsOf(m);
    if (recipients.some((r) => isMe(r, identity) || wrote.has(r)) || chainedToMine(m, mine)) return m;
    return { ...m, kind: "bulk", text: "" };
  });
}

// src/core/message/first-letter.ts
var FIRST_LETTER_PATTERNS = [];
function startingWith(letters, re) {
  FIRST_LETTER_PATTERNS.push([letters, re]);
  return new RegExp(`(?=[${letters}])(?:${re.source})`, re.flags);
}

// src/core/message/sentences.ts
var SALUTATION = /^\s*(ciao|salve|buongiorno|buonasera|gentil\w*|egregi\w*|spett\w*|caro|cara|cari|hi|hello|hey|dear|good (?:morning|afternoon)|hallo|hi|liebe[rs]?|sehr geehrte[rn]?|guten (?:tag|morgen)|servus|moin|bonjour|bonsoir|salut|cher|chère|madame|monsieur|hola|buenos días|buenas tardes|estimad[oa]s?|querid[oa]s?)\b[^\n,?!:]{0,50}[,:!]?\s*$/iu;
function withoutSalutation(text) {
  const lines = text.trim().split("\n");
  const first = lines[0] ?? "";
  if (first.length <= 70 && SALUTATION.test(first)) return lines.slice(1).join("\n").trim();
  return text.trim().replace(
    /^([Cc]iao|[Hh]i|[Hh]ello|[Hh]allo|[Ss]alut|[Hh]ola|[Dd]ear|[Bb]onjour|[Gg]entile|[Cc]ar[oa]|[Ll]iebe[rs]?|[Qq]uerid[oa]|[Ee]stimad[oa])\s+[\p{Lu}][\p{L}'’.-]*\s*[,!:]\s*/u,
    ""
  );
}
function sentencesOf(text) {
  return text.replace(/https?:\/\/\S+/g, " ").split(/\n+|(?<=[.!?…])\s+(?=[\p{Lu}¿¡"“«„])/u).map((s) => s.replace(/\s+/g, " ").trim()).filter((s) => s !== "");
}

// src/core/message/asks.ts
var PLEASANTRY = /^(¿\s*)?(and )?(how are (you|things)|how's it going|how have you been|all good|hope (you're|all is) well|come (stai|sta|va|state)|tutto (bene|ok)|wie geht'?s|wie geht es (dir|ihnen|euch)|alles (gut|klar)|comment (vas-tu|allez-vous|ça va)|ça va|qué tal|cómo (estás|está|va todo|te va|le va))\b[^?]{0,40}\?\s*$/iu;
var COURTESY = startingWith(
  "isafdprbwnjcq",
  /(?<!\p{L})(if you (have|need|want) (any|anything|more)|if anything|should you (have|need)|any questions|feel free|don't hesitate|per qualsiasi|per ogni (dubbio|domanda|chiarimento)|se (hai|avete|ha) (bisogno|domande|dubbi)|se ti serve|resto a (tua|sua|vostra|disposizione)|sono a disposizione|bei fragen|falls (du|sie) fragen|wenn (du|sie) fragen|stehe (ich )?(ihnen |dir )?(gerne? )?zur verfügung|n'hésite[zr]? pas|si (vous avez|tu as) (des|la moindre) question|je reste à (votre|ta) disposition|si (tienes|tiene|necesitas|necesita) (alguna|cualquier)|cualquier (duda|cosa|pregunta)|quedo a (tu|su) disposición|no dudes en|no dude en)/iu
);
var REQUEST = /(?<!\p{L})(procedi|procedete|proceda|go ahead|please proceed|fahren sie fort|mach weiter|machen sie weiter|allez-y|vas-y|procédez|adelante|let me know|let us know|please (confirm|send|advise|reply|review|check|tell|get back|approve|sign|choose)|could you|can you|would you|will you|i look forward to (hearing|your)|looking forward to (hearing|your)|awaiting your|waiting for your (reply|answer|feedback|go-ahead|approval)|your (feedback|thoughts|go-ahead|approval) (on|by|before)|fammi sapere|fatemi sapere|mi (fai|fa|fate|faccia|fareste) sapere|fammi avere|mi (dici|dica|dite|confermi|conferma|confermate)|potresti|potrebbe|potreste|puoi|può|potete|attendo (un |il )?(tuo|suo|vostro|vs\.?|un) ?(riscontro|cenno|ok|feedback|conferma)|resto in attesa|aspetto (tue|sue|vostre) (notizie|conferm)|in attesa (di un|del) (tuo|suo|vostro)? ?riscontro|dimmi|mi (raccomando|serve (la tua|una tua|la sua))|(gib|geben sie) mir (bitte )?bescheid|lass(t)? mich wissen|lassen sie mich wissen|bitte (um )?(kurze )?(rückmeldung|bestätigung|antwort|mitteilen|geben|sagen|schicken|senden|bestätigen|melden|prüfen)|könnt(en|est) (sie|du)|kannst du|können sie|würden sie|würdest du|ich freue mich (auf|über) (ihre|deine|eure) (rückmeldung|antwort)|(ihre|deine) rückmeldung|merci de (me|nous|bien vouloir)|pourrie[zs]-(vous|tu)|pourrais-tu|peux-tu|pouvez-vous|(dites|dis)-moi|tien[ts]-moi au courant|tenez-moi au courant|(j'attends|dans l'attente de) (votre|ton|ta|vos) (retour|réponse|accord|validation)|je (compte|attends) sur (votre|ton) retour|merci (de|pour) (votre|ton) retour rapide|podrías|podría|podrían|puedes|puede usted|me (dices|dice|confirmas|confirma|avisas|avisa)|dime|dígame|confírma(me|nos)|avísa(me|nos)|hazme saber|házmelo saber|quedo a la espera|quedo atent[oa] a (tu|su)|espero (tu|su|vuestra)s? (respuesta|comentarios|confirmación|noticias))(?!\p{L})/iu;
var OFFER_WORD = startingWith(
  "qpecoakvd",
  /(?<!\p{L})(quote|quotation|proposal|estimate|contract|offer|preventivo|proposta|offerta|contratto|angebot|kostenvoranschlag|vertrag|devis|proposition|contrat|presupuesto|propuesta|cotización|contrato)(?!\p{L})/iu
);
var SENT_FOR_DECISION = /(?<!\p{L})(attached|please find|ecco(ti)? (il|la|le|i)|eccoti|i('m| am) sending|here is|here's|enclosed|in allegato|allego|ti (invio|mando|giro)|le (invio|mando|allego|trasmetto)|vi (invio|mando)|anbei|im anhang|(sende|schicke) (ihnen|dir|euch)|ci-joint|en pièce jointe|je (vous|t')\s?(envoie|transmets)|adjunto|te (envío|mando|paso)|le (envío|mando|adjunto))/iu;
function askingSentences(text) {
  return sentencesOf(withoutSalutation(text)).filter((s) => !COURTESY.test(s));
}
function isRealQuestion(sentence) {
  return /\?\s*["”»)]?$/.test(sentence) && !PLEASANTRY.test(sentence);
}
function asksForAnswer(text) {
  if (!/\p{L}/u.test(text)) return true;
  const sentences = askingSentences(text);
  if (sentences.some(isRealQuestion)) return true;
  if (sentences.some((s) => REQUEST.test(s))) return true;
  return sentences.some((s) => OFFER_WORD.test(s) && SENT_FOR_DECISION.test(s));
}
var RECEIPT = startingWith(
  "rgheba",
  /(?<!\p{L})(received|got it|got them|ricevut[oaie]|ho ricevuto|erhalten|bekommen|angekommen|reçu[es]?|bien reçu|recibid[oa]s?|he recibido)(?!\p{L})/iu
);
var APPROVAL = startingWith(
  "ofpaygsvdej\xE7",
  /(?<!\p{L})(ok|okay|fine|perfect|agreed|approved|yes|go ahead|sounds good|va bene|perfetto|d'accordo|approvat[oa]|procedi|procediamo|sì|passt|einverstanden|genehmigt|ja|gerne|parfait|d'accord|validé|oui|ça marche|vale|perfecto|de acuerdo|aprobad[oa]|sí|adelante)(?!\p{L})/iu
);
function acknowledgesOnly(text) {
  return RECEIPT.test(text) && !APPROVAL.test(text);
}

// src/core/message/open-question.ts
var OPEN_QUESTION_MAX = 160;
var QUOTES = /["“”«»„‚‘’`]|(^|\s)'|'(?=\s|$)/g;
function fitted(question) {
  const clean = question.replace(QUOTES, "$1").replace(/\s+/g, " ").trim();
  if (clean.length <= OPEN_QUESTION_MAX) return clean;
  const cut = Math.max(
    clean.lastIndexOf(", ", clean.length - 2),
    clean.lastIndexOf("; "),
    clean.lastIndexOf(": ")
  );
  const clause = cut > 0 ? clean.slice(cut + 2).trim() : "";
  if (clause === "" || clause.length > OPEN_QUESTION_MAX || clause.split(" ").length < 4) return null;
  return clause.charAt(0).toLocaleUpperCase() + clause.slice(1);
}
function lastQuestionOf(text) {
  const questions = sentencesOf(withoutSalutation(text)).map((s) => s.replace(/^[-–•*>\s]+/, "")).filter(isRealQuestion);
  for (let i = questions.length - 1; i >= 0; i -= 1) {
    const fit = fitted(questions[i]);
    if (fit) return fit;
  }
  return null;
}
function openQuestionOf(myTextsNewestFirst) {
  for (const text of myTextsNewestFirst) {
    const question = lastQuestionOf(text);
    if (question) return question;
  }
  return null;
}

// src/core/message/register.ts
var FORMAL_SIGNS = [
  // Salutations and closings that only a formal letter uses.
  startingWith(
    "gesmdcjvalr",
    /(?<!\p{L})(gentil[ei]ssim[oa]|gentile|egregi[oa]|spett\.?(le|abile)|sehr geehrte[rn]?|madame|monsieur|estimad[oa]s?|dear (mr|mrs|ms|dr|sir|madam)|distinti saluti|cordiali saluti|mit freundlichen grüßen|je vous prie|veuillez agréer|atentamente|le (invio|scrivo|allego|chiedo|confermo|ricordo|mando)|la ringrazio|mi (faccia|dica)|resto a sua disposizione)(?!\p{L})/giu
  ),
  // Italian Lei: capitalised pronouns and clitics inside a sentence, and verbs of the third person addressed to the reader.
  startingWith(
    "LSp",
    /(?<=\p{Ll}[^.!?\n]{0,40}\s)(Lei|La|Le|Sua|Suo|Sue|Suoi)(?!\p{L})|(?<!\p{L})(Lei|potrebbe)(?!\p{L})/gu
  ),
  // German Sie: "Sie", "Ihnen", "Ihr…" capitalised (also at the start of a line); fixed formal phrases.
  startingWith("SI", /(?<!\p{L})(Sie|Ihnen|Ihre[mnrs]?|Ihr)(?!\p{L})/gu),
  // French vous, Spanish usted (and the third-person clitics of a formal Spanish letter).
  startingWith(
    "vulq",
    /(?<!\p{L})(vous|votre|vos|usted|ustedes|le (envío|escribo|adjunto|agradezco)|quedo a su disposición)(?!\p{L})/giu
  )
];
var INFORMAL_SIGNS = [
  // Salutations between people on first-name terms; closings among friends and colleagues.
  /^(ciao|hallo|salut|hola|hi|hey|servus|moin|liebe[rs]?|querid[oa]|cher|chère|caro|cara)\s+(?!(herr|frau|sr|sra|dott|signor|madame|monsieur|mr|mrs|ms)(?!\p{L}))\p{Lu}/imu,
  startingWith(
    "uab\xE0lv",
    /(?<!\p{L})(un abbraccio|a presto|bises|à plus|un abrazo|besos|liebe grüße|viele grüße aus)(?!\p{L})/giu
  ),
  // Italian tu: clitics and possessives, and verbs of the second person.
  startingWith(
    "tfdphvs",
    /(?<!\p{L})(ti|tuo|tua|tuoi|tue|fammi|dimmi|puoi|potresti|hai|fai|vuoi|senti)(?!\p{L})/gu
  ),
  // German du.
  startingWith(
    "dehkbgs",
    /(?<!\p{L})(du|dir|dich|dein|deine[mnrs]?|euch|euer|eure[mnrs]?|hast|kannst|bist|gib|schau)(?!\p{L})/gu
  ),
  // French tu, Spanish tú.
  startingWith(
    "tdaqp",
    /(?<!\p{L})(tu|toi|ton|ta|tes|t'\p{L}+|te|tú|ti|tus|puedes|quieres|tienes|dime|avísame|dis-moi|peux-tu)(?!\p{L})/gu
  )
];
function count(text, signs) {
  let n = 0;
  for (const sign of signs) n += text.match(sign)?.length ?? 0;
  return n;
}
function registerOf(text) {
  const trimmed = text.trim();
  const body = withoutSalutation(trimmed);
  const opening = trimmed.slice(0, trimmed.length - body.length);
  const formal = count(trimmed, FORMAL_SIGNS) + count(opening, FORMAL_SIGNS);
  const informal = count(trimmed, INFORMAL_SIGNS) + count(opening, INFORMAL_SIGNS);
  if (formal === informal) return null;
  return formal > informal ? "formal" : "informal";
}
function registerOfMessages(textsNewestFirst) {
  for (const text of textsNewestFirst) {
    const register = registerOf(text);
    if (register) return register;
  }
  return null;
}

// src/core/analysis/own-words.ts
var CACHE = /* @__PURE__ */ new WeakMap();
function wordsOf(m) {
  if (m.kind !== "me") return m.text;
  let words3 = CACHE.get(m.message);
  if (words3 === void 0) CACHE.set(m.message, words3 = unquotedText(m.message.body));
  return words3;
}

// src/core/analysis/my-words.ts
function* textsOf(messages, kind) {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const m = messages[i];
    const words3 = m.kind === kind ? wordsOf(m) : "";
    if (words3 !== "") yield words3;
  }
}
function threadRegister(messages) {
  return registerOfMessages(textsOf(messages, "me")) ?? registerOfMessages(textsOf(messages, "client"));
}
function myOpenQuestion(messages, lastReply) {
  return openQuestionOf(textsOf(messages.slice(lastReply + 1), "me"));
}

// src/core/analysis/reply-chain.ts
var NEAREST_REFERENCES_CHARS = 2e3;
function ownId(m) {
  return idsIn(m.headers["message-id"])[0] ?? "";
}
function chainPlaces(messages, at) {
  const index = /* @__PURE__ */ new Map();
  messages.forEach((m, i) => {
    const id = ownId(m);
    if (id !== "" && !index.has(id)) index.set(id, i);
  });
  const parents = messages.map((m) => {
    const references = m.headers["references"] ?? "";
    const ids = [...idsIn(m.headers["in-reply-to"]), ...idsIn(references.slice(-NEAREST_REFERENCES_CHARS))];
    return [...new Set(ids.map((id) => index.get(id)).filter((i) => i !== void 0))];
  });
  const places = [];
  const visiting = /* @__PURE__ */ new Set();
  const placeOf2 = (i) => {
    const known = places[i];
    if (known !== void 0) return known;
    if (visiting.has(i)) return { at: at[i], depth: 0 };
    visiting.add(i);
    let place = { at: at[i], depth: 0 };
    for (const p of parents[i]) {
      if (p === i) continue;
      const parent = placeOf2(p);
      place = { at: Math.max(place.at, parent.at), depth: Math.max(place.depth, parent.depth + 1) };
    }
    visiting.delete(i);
    places[i] = place;
    return place;
  };
  return messages.map((_, i) => placeOf2(i));
}

// src/core/analysis/order-messages.ts
function hasDate(m) {
  return Number.isFinite(m.at) && m.at > 0;
}
function orderMessages(messages) {
  const seen = /* @__PURE__ */ new Set();
  const unique = messages.filter((m) => seen.has(m.id) ? false : (seen.add(m.id), true));
  const firstDated = unique.find(hasDate)?.at ?? 0;
  let previous = firstDated;
  const own = unique.map((message) => {
    if (hasDate(message)) previous = message.at;
    return hasDate(message) ? message.at : previous;
  });
  const chain = chainPlaces(unique, own);
  const placed = unique.map((message, position) => {
    const { at, depth } = chain[position];
    return { message, at, depth, undated: !hasDate(message), position };
  });
  placed.sort(
    (a, b) => a.at - b.at || Number(a.undated) - Number(b.undated) || a.depth - b.depth || (a.undated && b.undated ? a.position - b.position : 0) || (a.message.id < b.message.id ? -1 : a.message.id > b.message.id ? 1 : 0)
  );
  return placed.map(({ message, at }) => ({ message, at }));
}

// src/core/message/promises-answer.ts
var LATER_ANSWER = /(?<!\p{L})((i|we)('ll| will) (get back|come back|let you know|reply|answer|confirm|revert|follow up|send|check|look|review|call)|get back to you|let me (check|look|think|ask)|(ti|vi|le|te) (faccio|facciamo) sapere|(ti|vi|le) (rispondo|rispondiamo|aggiorno|aggiorniamo|richiamo|scrivo|mando|invio|confermo|dico)|rispondo io|ci (penso|guardo)|(ne )?parlo con|verifico e|(ich|wir) (melde|melden) (mich|uns)|melde mich|(ich|wir) (schicke|schicken|sende|senden|gebe|geben) (dir|ihnen|euch)|(gebe|geben) (dir|ihnen) bescheid|(ich|wir) (schaue|prüfe|kläre)|je (reviens|reviendrai|vous tiens|te tiens|vous redis|te redis|vous répondrai|te répondrai|regarde et)|nous revenons vers|(te|le|os) (digo|decimos|respondo|confirmo|aviso|escribo)( algo)?|lo (reviso|miro|consulto)|vuelvo a escribir)(?!\p{L})/iu;
function promisesAnswer(text) {
  return LATER_ANSWER.test(text);
}

// src/core/analysis/settled.ts
var isHuman = (m) => m.kind === "me" || m.kind === "client";
function asksOf(messages, from = -1) {
  return messages.map((m, i) => i > from && isHuman(m) ? asksForAnswer(wordsOf(m)) : null);
}
function settledWindow(messages, lastMine, lastReply) {
  return Math.min(lastReply, lastIndexBefore(messages, Math.max(lastMine, 0), "client"));
}
function indexesAfter(messages, from, kind) {
  const out = [];
  for (let i = from + 1; i < messages.length; i += 1)
    if (messages[i].kind === kind) out.push(i);
  return out;
}
function settledBy(input) {
  const { messages, asks, lastMine, lastReply } = input;
  if (input.promised || lastMine < 0) return null;
  if (lastMine > lastReply) {
    return indexesAfter(messages, lastReply, "me").some((i) => asks[i]) ? null : "mine";
  }
  const theirs = indexesAfter(messages, lastMine, "client");
  if (theirs.length === 0 || theirs.some((i) => asks[i])) return null;
  if (theirs.some((i) => promisesAnswer(wordsOf(messages[i])))) return null;
  const previousReply = lastIndexBefore(messages, lastMine, "client");
  const myQuestionOpen = indexesAfter(messages, previousReply, "me").some((i) => i < lastMine + 1 && asks[i]);
  const onlyAcknowledged = theirs.every((i) => acknowledgesOnly(wordsOf(messages[i])));
  return myQuestionOpen && onlyAcknowledged ? null : "client";
}
function lastIndexBefore(messages, before, kind) {
  for (let i = before - 1; i >= 0; i -= 1) if (messages[i].kind === kind) return i;
  return -1;
}

// src/core/analysis/waiting.ts
function contactsByDay(mine, calendar) {
  const days = /* @__PURE__ */ new Set();
  return mine.filter((m) => {
    const day = calendar.localDateOf(m.at, calendar.timeZone);
    return days.has(day) ? false : (days.add(day), true);
  });
}
function absenceInForce(messages, lastReply, client, today) {
  const isClientAddress = clientAddressTest(client);
  const notices = messages.slice(lastReply + 1).filter((m) => m.kind === "auto-reply" && m.outOfOfficeUntil !== null && m.outOfOfficeUntil >= today);
  const own = notices.filter((m) => isClientAddress(m.from));
  return (own.length > 0 ? own : notices).pop()?.outOfOfficeUntil ?? null;
}

// src/core/message/date-words/commitment.ts
var B = "(?<![\\p{L}\u2019'])";
var E = "(?![\\p{L}])";
var COMMITMENT = new RegExp(
  [
    `${B}(?:i|we)(?:['\u2019]ll| will| shall| can| am going to| are going to|['\u2019]m going to|['\u2019]re going to| plan to| hope to| expect to| aim to| should be able to)${E}`,
    `${B}(?:let(?:['\u2019]s| us)|talk to you|speak to you|talk|speak)${E}`,
    `${B}(?:will (?:send|get back|come back|confirm|reply|answer|call|revert|follow up)|get back to you|come back to you|you(?:['\u2019]ll| will) (?:have|get|receive|hear)|from (?:me|us))${E}`,
    `${B}(?:ti|vi|te|ve)\\s+(?!prego|chiedo|ricordo|segnalo)\\p{L}{2,}[o\xF2]${E}`,
    `${B}(?:le|gli)\\s+(?:mando|invio|faccio|scrivo|rispondo|confermo|giro|aggiorno|preparo|passo|dico|telefono|richiamo)${E}`,
    `${B}(?:mando|invio|giro|confermo|rispondo|richiamo|aggiorno|scrivo|faccio sapere|preparo|verifico|controllo|decido)${E}`,
    `${B}(?!abbiamo|dobbiamo|aspettiamo|attendiamo|possiamo)\\p{L}{2,}iamo${E}`,
    `${B}(?!per\xF2)\\p{L}{2,}(?:r\xF2|remo)${E}`,
    `${B}(?:ich|wir|mich|uns)${E}`,
    `${B}(?:je|j['\u2019]|on se|nous \\p{L}+ons|vous (?:aurez|recevrez))`,
    `${B}(?:te|os|nos|les?)\\s+\\p{L}{2,}(?:o|\xE9)${E}`,
    `${B}(?!necesit)\\p{L}+(?:r\xE9|amos|emos|imos)${E}`
  ].join("|"),
  "u"
);
var REQUEST2 = new RegExp(
  `(?<![\\p{L}])(?:let me know|let us know|please|can you|could you|would you|need|needs|needed|fammi sapere|fatemi sapere|mi fai sapere|mi faccia sapere|fateci sapere|per favore|per cortesia|riesci|riuscite|potresti|potreste|puoi|bisogno|bitte|brauche|brauchen|ben\xF6tigen|s.il vous pla[i\xEE]t|besoin|por favor|necesit\\p{L}*|wait|waiting|await\\p{L}*|aspett\\p{L}*|attend\\p{L}*|warte\\p{L}*|esper\\p{L}*)${E}`,
  "u"
);
var SENTENCE_END = /[!?;]|(?<=\p{L})\.(?=\s|$)|\n\s*\n/gu;
var CLAUSE_END = /[,:]/g;
function spanAround(text, index, ends, from = 0, to = text.length) {
  let start = from;
  ends.lastIndex = from;
  for (let m = ends.exec(text); m !== null && m.index < to; m = ends.exec(text)) {
    if (m.index < index) start = m.index + m[0].length;
    else return { start, end: m.index, closer: m[0] };
  }
  return { start, end: to, closer: "" };
}
function isCommitmentAt(text, index) {
  const sentence = spanAround(text, index, SENTENCE_END);
  if (sentence.closer === "?") return false;
  if (!COMMITMENT.test(text.slice(sentence.start, sentence.end))) return false;
  const clause = spanAround(text, index, CLAUSE_END, sentence.start, sentence.end);
  return !REQUEST2.test(text.slice(clause.start, clause.end));
}

// src/core/message/date-words/promise-rules.ts
var B2 = "(?<![\\p{L}])";
var E2 = "(?![\\p{L}])";
var rx = (source) => new RegExp(`${B2}(?:${source})${E2}`, "giu");
function mondayAfter(date) {
  return addDays(date, 8 - weekdayOf(date));
}
function nextWeekday(date, weekday) {
  return addDays(date, (weekday - weekdayOf(date) + 7) % 7 || 7);
}
function endOfMonth(date) {
  const firstOfNext = addDays(`${date.slice(0, 8)}01`, 32).slice(0, 8) + "01";
  return addDays(firstOfNext, -1);
}
function afterHolidays(sentOn, calendar, summerOnly) {
  const year = Number(sentOn.slice(0, 4));
  const candidates = [`${year}-08-25`, `${year + 1}-08-25`];
  if (!summerOnly) candidates.push(`${year}-01-07`, `${year + 1}-01-07`);
  const next = candidates.filter((d) => d > sentOn).sort()[0];
  return workingDayOnOrAfter(next, calendar);
}
var NUMBERS = {
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  un: 1,
  uno: 1,
  una: 1,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  ein: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  f\u00FCnf: 5,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5
};
var COUNT = `\\d{1,2}|${Object.keys(NUMBERS).join("|")}`;
var count2 = (word) => NUMBERS[word ?? ""] ?? Number(word);
var PROMISE_RULES = [
  {
    re: rx("day after tomorrow|dopodomani|\xFCbermorgen|apr\xE8s-demain|pasado ma\xF1ana"),
    resolve: (d) => addDays(d, 2)
  },
  {
    re: rx("tomorrow|domani|domattina|morgen|demain|(?<!esta |la |por la |de la )ma\xF1ana"),
    resolve: (d) => addDays(d, 1)
  },
  {
    re: rx(
      "next week|later this week|(?:la |entro la )?(?:prossima settimana|settimana prossima)|n\xE4chste[nr]? woche|(?:la )?semaine prochaine|(?:la )?pr\xF3xima semana|(?:la )?semana que viene"
    ),
    resolve: (d) => mondayAfter(d)
  },
  {
    re: rx(
      "(?:by |before )?(?:the )?end of (?:the|this) week|entro (?:la|fine) settimana|ende der woche|(?:d.ici la )?fin de (?:la )?semaine|(?:a )?finales de semana"
    ),
    resolve: (d) => nextWeekday(addDays(d, -1), 5)
  },
  {
    re: rx(
      "(?:by )?(?:the )?end of (?:the|this) month|(?:entro|a|per) fine mese|ende (?:des|dieses) monats|(?:d.ici la )?fin du mois|(?:a )?finales de(?:l)? mes|fin de mes"
    ),
    resolve: (d) => endOfMonth(d)
  },
  {
    re: rx(
      "next month|(?:il )?(?:mese prossimo|prossimo mese)|n\xE4chste[nr]? monat|(?:le )?mois prochain|(?:el )?(?:mes que viene|pr\xF3ximo mes)"
    ),
    resolve: (d) => addDays(endOfMonth(d), 1)
  },
  {
    re: rx(
      "in a couple of days|in a few days|in un paio di giorni|(?:tra|fra) (?:un paio di giorni|qualche giorno|qualche giorni|pochi giorni)|in ein paar tagen|in einigen tagen|dans (?:quelques|deux ou trois) jours|en (?:unos|un par de|pocos) d\xEDas"
    ),
    resolve: (d, c, m) => addWorkingDays(d, /couple|paio|par de|deux/.test(m[0]) ? 2 : 3, c)
  },
  {
    re: rx(`(?:in|tra|fra|dans|en) (${COUNT}) (?:days?|giorni|giorno|tage?n?|jours?|d\xEDas?)`),
    resolve: (d, _c, m) => addDays(d, count2(m[1]))
  },
  {
    re: rx(`(?:in|tra|fra|dans|en) (${COUNT}) (?:weeks?|settimane|settimana|wochen?|semaines?|semanas?)`),
    resolve: (d, _c, m) => addDays(d, 7 * count2(m[1]))
  },
  {
    re: rx(
      "after the (?:christmas |new year |festive )?holidays|after christmas|after new year|dopo (?:le feste|le vacanze|natale|capodanno|l.epifania|la befana)|nach den feiertagen|nach dem urlaub|nach weihnachten|apr\xE8s les (?:f\xEAtes|vacances)|despu\xE9s de (?:las fiestas|las vacaciones|navidad)"
    ),
    resolve: (d, c) => afterHolidays(d, c, false)
  },
  {
    re: rx(
      "after (?:the )?(?:summer|august)(?: break| holidays?)?|dopo (?:ferragosto|l.estate|le vacanze estive|agosto)|nach den sommerferien|apr\xE8s les vacances d.\xE9t\xE9|apr\xE8s ao\xFBt|despu\xE9s del verano|despu\xE9s de agosto"
    ),
    resolve: (d, c) => afterHolidays(d, c, true)
  },
  {
    re: rx(`(${WEEKDAY_PATTERN})`),
    resolve: (d, _c, m) => nextWeekday(d, WEEKDAYS.get(m[1]))
  }
];

// src/core/message/promised-date.ts
var DATE_CUE = /(?<!\p{L})(?:by|before|on|after|until|entro|per|prima|dopo|il|dal|bis|vor|am|nach|ab|avant|d.ici|le|après|para|antes|el|después|hasta)\s+(?:the\s+|del\s+|de\s+|dem\s+|zum\s+)?(?:\p{L}+[,\s]+)?$/iu;
function explicitDates(text, sentOn) {
  return findDates(text).filter((f) => DATE_CUE.test(text.slice(Math.max(0, f.index - 25), f.index))).filter((f) => isCommitmentAt(text, f.index)).map((f) => resolveYear(f, sentOn)).filter((d) => isLocalDate(d) && d > sentOn && daysBetween(sentOn, d) <= 180);
}
function promisedDates(text, sentOn, calendar) {
  const lower = text.toLowerCase();
  const dates = explicitDates(lower, sentOn);
  for (const rule of PROMISE_RULES) {
    for (const match of allMatches(rule.re, lower)) {
      if (isCommitmentAt(lower, match.index)) dates.push(rule.resolve(sentOn, calendar, match));
    }
  }
  return dates.filter((d) => d > sentOn);
}
function promisedDate(text, sentAt, calendar) {
  const sentOn = calendar.localDateOf(sentAt, calendar.timeZone);
  return promisedDates(text, sentOn, calendar).sort().pop() ?? null;
}

// src/core/typical-reply.ts
var DAY_MS2 = 864e5;
function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function replyDelays(messages, isClientReply = (m) => m.kind === "client") {
  const delays = [];
  let pendingSince = null;
  for (const m of messages) {
    if (m.kind === "me") {
      pendingSince ??= m.at;
    } else if (isClientReply(m)) {
      if (pendingSince !== null) delays.push(Math.max(0, m.at - pendingSince) / DAY_MS2);
      pendingSince = null;
    }
  }
  return delays;
}

// src/core/analyze-thread.ts
var CLIENT_TEXT_LIMIT = 2e3;
function lastIndex(items, test) {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i])) return i;
  return -1;
}
function stateOf(client, lastMine, lastReply, settled) {
  if (client === null || lastMine < 0 && lastReply < 0) return "no-client";
  if (settled) return "settled";
  return lastMine > lastReply ? "awaiting-client" : "awaiting-me";
}
function waitingState(state, settled, overridden) {
  return overridden && settled !== null ? "awaiting-client" : state;
}
function clientTextOf(messages, isClient) {
  const texts = messages.filter(isClient).map((m) => m.text).filter((t) => t !== "").reverse();
  return texts.join("\n\n").slice(0, CLIENT_TEXT_LIMIT);
}
function myTextOf(messages) {
  let text = "";
  for (let i = messages.length - 1; i >= 0 && text.length < CLIENT_TEXT_LIMIT; i -= 1) {
    const m = messages[i];
    if (m.kind === "me") text += `${wordsOf(m)}

`;
  }
  return text.trim().slice(0, CLIENT_TEXT_LIMIT);
}
function plain(m, asks) {
  return {
    id: m.id,
    at: m.at,
    from: m.from,
    kind: m.kind,
    robot: m.robot === true,
    outOfOfficeUntil: m.outOfOfficeUntil,
    promisedBy: m.promisedBy,
    asks
  };
}
function withPromise(messages, index, calendar) {
  const m = messages[index];
  messages[index] = { ...m, promisedBy: promisedDate(m.text, m.at, calendar) };
}
function analyzeThread(input) {
  const { thread, identity, calendar, now } = input;
  const annotated = annotateMessages(
    orderMessages(withListAuthors(thread.messages, identity)),
    identity,
    calendar
  );
  const messages = withListReplies(annotated, identity);
  const client = findClient(messages, identity);
  const isClient = clientReplyTest(client);
  const lastReply = lastIndex(messages, isClient);
  if (lastReply >= 0) withPromise(messages, lastReply, calendar);
  const lastMine = lastIndex(messages, (m) => m.kind === "me");
  const asks = asksOf(messages, input.everyAsk ? -1 : settledWindow(messages, lastMine, lastReply));
  const promised = lastReply >= 0 && messages[lastReply].promisedBy !== null;
  const settled = settledBy({ messages, asks, lastMine, lastReply, promised });
  const humanMessages = messages.filter(isHuman).length;
  const overridden = settled !== null && (input.stillWaitingAt === "now" || input.stillWaitingAt === humanMessages);
  const state = waitingState(stateOf(client, lastMine, lastReply, settled !== null), settled, overridden);
  const answeredUpTo = lastMine > lastReply ? lastReply : lastMine - 1;
  const unanswered = state === "awaiting-client" ? contactsByDay(
    messages.slice(answeredUpTo + 1).filter((m) => m.kind === "me"),
    calendar
  ) : [];
  const waitingSince = unanswered[0]?.at ?? null;
  const replyAt = lastReply >= 0 ? messages[lastReply].at : null;
  const sinceReply = replyAt === null ? null : elapsed(replyAt, now, calendar);
  const waited = waitingSince === null ? null : elapsed(waitingSince, now, calendar);
  const delays = replyDelays(messages, isClient);
  const elsewhere = client ? input.replyDelaysElsewhere?.[client.email] ?? [] : [];
  return {
    threadId: thread.id,
    project: projectName(thread.subject || (messages[0]?.message.subject ?? "")),
    client,
    state,
    lastClientReplyAt: replyAt,
    daysSinceClientReply: sinceReply?.days ?? null,
    workingDaysSinceClientReply: sinceReply?.workingDays ?? null,
    waitingSince,
    daysWaiting: waited?.days ?? null,
    workingDaysWaiting: waited?.workingDays ?? null,
    lastMyMessageAt: lastMine >= 0 ? messages[lastMine].at : null,
    followUpAts: unanswered.slice(1).map((m) => m.at),
    followUpsSent: Math.max(0, unanswered.length - 1),
    outOfOfficeUntil: lastMine >= 0 ? absenceInForce(messages, lastReply, client, calendar.localDateOf(now, calendar.timeZone)) : null,
    promisedBy: lastReply >= 0 ? messages[lastReply].promisedBy : null,
    typicalReplyDays: median([...delays, ...elsewhere]),
    replyDelaysDays: delays,
    clientText: clientTextOf(messages, isClient),
    myText: myTextOf(messages),
    undelivered: lastMine > lastReply && messages.slice(lastMine + 1).some((m) => m.kind === "bounce"),
    messages: messages.map((m, i) => plain(m, asks[i] ?? null)),
    settledBy: state === "settled" ? settled : null,
    stillWaiting: overridden,
    humanMessages,
    register: threadRegister(messages),
    openQuestion: state === "awaiting-client" ? myOpenQuestion(messages, answeredUpTo) : null
  };
}

// src/core/language/language-profiles.ts
var LETTER = "[a-z\xDF-\xF6\xF8-\xFF\\u0100-\\u024f]";
var words = (text) => text.split(" ");
var languageProfiles = () => ({
  it: {
    common: words(
      "il lo la i gli le di da in con su per tra fra un una uno e \xE8 non che ma se del della dei delle al alla ai nel nella sul sono ho hai ha abbiamo siamo mi ti ci vi si questo questa quello come anche pi\xF9 poi ancora gi\xE0 s\xEC qui l\xEC bene oggi domani ora tutto tutti mio tuo suo nostro vostro ne o ed dal dalla dai dagli nei negli sulla sui col pure solo prima dopo molto poco qualche ogni nessun nessuna tempo lavoro"
    ),
    distinctive: words(
      "grazie ciao ecco buongiorno buonasera perch\xE9 allora quindi settimana prossima prossimo sentiamo fammi facciamo volentieri riunione preventivo progetto appena possibile purtroppo comunque adesso sar\xF2 saremo devo posso vediamo dopo scusa scusate tanto molto fatto ok gentilissimo cordiali saluti l'ho c'\xE8 po' dell' all' nell' sull' un' l' d'accordo luned\xEC marted\xEC mercoled\xEC gioved\xEC venerd\xEC entro ferie gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre perfetto ricevuto ricevuta tutto buon buona trovarti passo verso stasera"
    ),
    cues: new RegExp(
      `zion[ei]\\b|[^aeiou]gli\\b|\\bch[ei]\\b|[\xEC\xF2]|mente\\b|ggi|cchi|zz|${LETTER}(iamo|ete|are|ere|ire|ato|ata|ati|ito)\\b`,
      "g"
    )
  },
  en: {
    common: words(
      "the a an and or but of to in on at for with from by is are was were be been it this that these those i you he she we they me my your our us his her will would can could should do does did have has had not no yes so if as about just what when which there here up out all well done good new one some any more been after before than then them their how who need like also"
    ),
    distinctive: words(
      "thanks thank please hi hello regards cheers sorry week next back soon get let know think sounds great meeting call quote tomorrow today i'm i'll i've don't can't won't it's that's let's we'll didn't you're monday tuesday wednesday thursday friday shall looking forward touch sure january february march april june july august september october november december"
    ),
    cues: /th|\bwh|ght\b|ing\b|\w'(s|ll|ve|re|m|t)\b|ly\b|ee|[^e]ed\b|\bw(?!ir\b|ie\b|enn\b|ei)/g
  },
  es: {
    common: words(
      "el la los las de del en con por para un una unos y o que no se lo le les me te nos mi tu su es son est\xE1 est\xE1n fue hay al pero como m\xE1s muy ya s\xED esta este eso esto todo bien hoy ma\xF1ana a\xFAn ha he has han tiene tengo antes hasta desde sin sobre nada algo"
    ),
    distinctive: words(
      "gracias hola saludos semana pr\xF3xima pr\xF3ximo vale pues entonces tambi\xE9n ahora luego despu\xE9s reuni\xF3n presupuesto proyecto cuando puedo podemos tengo tenemos estoy estamos hablamos perd\xF3n disculpa lunes martes mi\xE9rcoles jueves viernes vacaciones correo mucho usted ustedes enero febrero abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ),
    cues: new RegExp(
      `[\xF1\xBF\xA1\xE1\xED\xF3\xFA]|ci\xF3n\\b|ciones\\b|\\bll|dad\\b|mos\\b|${LETTER}(ado|ido|ada|ida|os|as)\\b`,
      "g"
    )
  },
  fr: {
    common: words(
      "le la les de des du un une et ou que qui ne pas en au aux pour par sur avec dans ce cet cette ces je tu il elle nous vous ils on est sont a ai mon ma mes votre vos notre nos son sa ses mais plus tr\xE8s bien avant apr\xE8s depuis chez sans sous tout toute tous rien \xE7a cela \xEAtre avoir fait faire peut dois doit"
    ),
    distinctive: words(
      "merci bonjour bonsoir cordialement semaine prochaine prochain alors donc aussi maintenant apr\xE8s r\xE9union devis projet quand peux pouvons suis sommes avons d\xE9sol\xE9 d\xE9sol\xE9e d'accord j'ai c'est n'est qu'il j' c' n' qu' d' lundi mardi mercredi jeudi vendredi vacances rappelle oui toujours janvier f\xE9vrier mars avril juin juillet ao\xFBt septembre octobre novembre d\xE9cembre mois salut coucou re\xE7u re\xE7ue parfait envoie penses pensez t' m' s' aujourd'hui commande coll\xE8gues pi\xE8ces"
    ),
    cues: new RegExp(
      `[\xE7\u0153\xEA\xFB\xEE\xEB\xE2]|eau|oux?\\b|tion\\b|ez\\b|ais\\b|ait\\b|${LETTER}(ent|ons|eur|eux|ier)\\b`,
      "g"
    )
  },
  de: {
    common: words(
      "der die das den dem des ein eine einen einem einer und oder aber nicht ist sind war ich du er sie es wir ihr mich mir dich dir uns zu im in mit von f\xFCr auf an bei nach aus wie was wenn dass so auch noch ja"
    ),
    distinctive: words(
      "danke hallo gr\xFC\xDFe gru\xDF viele bitte woche n\xE4chste n\xE4chsten gerne gern melde melden morgen heute leider also dann jetzt schon besprechung angebot projekt kann k\xF6nnen habe haben bin sind montag dienstag mittwoch donnerstag freitag urlaub termin kurz januar februar m\xE4rz juni juli oktober dezember"
    ),
    cues: /[äöüß]|sch|\bge\w|ung\b|cht|ein|eit|ie\b|tz|lich\b|keit\b/g
  }
});

// src/core/language/detect-language.ts
var LANGUAGES = ["it", "en", "es", "fr", "de"];
var MIN_WORDS = 2;
var MIN_SCORE = 4;
var MIN_MARGIN = 0.2;
var MAX_CHARS = 2e3;
var scoring;
function scoringTables() {
  if (scoring) return scoring;
  const profiles = languageProfiles();
  const words3 = /* @__PURE__ */ new Map();
  for (const [index, language] of LANGUAGES.entries()) {
    const profile = profiles[language];
    const add = (word, points) => {
      let row2 = words3.get(word);
      if (!row2) words3.set(word, row2 = [0, 0, 0, 0, 0]);
      row2[index] = Math.max(row2[index], points);
    };
    profile.common.forEach((w) => add(w, 1));
    profile.distinctive.forEach((w) => add(w, 3));
  }
  return scoring = { words: words3, cues: LANGUAGES.map((l) => profiles[l].cues) };
}
function withoutLinks(text) {
  if (!text.includes("@") && !text.includes("http")) return text;
  return text.replace(/https?:\/\/\S+|\S+@\S+/g, " ");
}
function detectLanguage(text) {
  const clean = withoutLinks(text.slice(0, MAX_CHARS).toLowerCase()).replace(/’/g, "'");
  const tokens = tokenize(clean);
  if (tokens.filter((t) => !t.endsWith("'")).length < MIN_WORDS) return null;
  const { words: words3, cues } = scoringTables();
  const points = wordPoints(tokens, words3);
  const scores = LANGUAGES.map((language, i) => ({
    language,
    score: points[i] + 2 * (clean.match(cues[i])?.length ?? 0)
  }));
  scores.sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (best.score < MIN_SCORE || best.score - second.score < best.score * MIN_MARGIN) return null;
  return best.language;
}
function tokenize(text) {
  const out = [];
  for (const word of text.match(/\p{L}+(?:'\p{L}+)*/gu) ?? []) {
    out.push(word);
    const cut = word.indexOf("'");
    if (cut > 0) out.push(word.slice(0, cut + 1), word.slice(cut + 1));
  }
  return out;
}
function wordPoints(tokens, words3) {
  const total = [0, 0, 0, 0, 0];
  for (const token of tokens) {
    const row2 = words3.get(token);
    if (row2) for (let i = 0; i < total.length; i += 1) total[i] += row2[i];
  }
  return total;
}

// src/core/language/choose-language.ts
var SUPPORTED = ["it", "en", "es", "fr", "de"];
function chooseLanguage(input) {
  if (input.setting !== "auto") return input.setting;
  const detected = detectLanguage(input.clientText) ?? detectLanguage(input.myText);
  if (detected) return detected;
  const base = input.userLocale.toLowerCase().split(/[-_]/)[0] ?? "";
  return SUPPORTED.find((l) => l === base) ?? "en";
}

// src/core/texts/role-names.ts
var words2 = (text) => {
  let set;
  return { has: (word) => (set ??= new Set(text().split(" "))).has(word) };
};
var ROLE_WORDS = words2(
  () => "info sales ufficio amministrazione admin administration support help helpdesk contact contacts contatti hello hi ciao office segreteria contabilita acquisti vendite commerciale marketing billing accounts accounting invoices invoice fatture fatturazione hr jobs careers lavoro press stampa noreply no reply team staff service services customer customers clienti assistenza booking prenotazioni orders ordini mail email postmaster webmaster direzione legal privacy pec newsletter news kontakt verwaltung buchhaltung vertrieb contacto ventas administracion comercial bonjour compta direction accueil ops operations finance tech studio agenzia redazione direttore management ceo projects progetti general enquiries inquiries"
);
var COMPANY_WORDS = words2(
  () => "srl s.r.l. spa s.p.a. snc sas ltd ltd. llc inc inc. gmbh ag sarl sl sa bv plc co corp group gruppo"
);
var TITLES = words2(
  () => "dr dr. dott dott. dott.ssa dottssa ing ing. avv avv. arch arch. prof prof. prof.ssa mr mr. mrs mrs. ms ms. miss sig sig. sig.ra sigra sr sr. sra sra. herr frau mme mme. mlle don dra dra. geom geom. rag rag. mag mag. dipl. dipl.-ing. sir madam"
);

// src/core/texts/first-name.ts
var NAME_ONSETS = /^([aeiouy]|[b-df-hj-np-tv-z][aeiouy]|bl|br|ch|cl|cr|dr|fl|fr|gl|gr|kl|kr|ph|pl|pr|sc|sh|sl|sm|sn|sp|st|th|tr|wh)/;
var LETTERS = /^[\p{L}][\p{L}'’-]*$/u;
function firstNameOf(party) {
  if (!party) return null;
  return fromDisplayName(party.name, party.email) ?? fromLocalPart(party.email);
}
function fromDisplayName(raw, email3) {
  const name = raw.replace(/["“”«»]/g, " ").replace(/\([^)]*\)|\[[^\]]*\]|<[^>]*>/g, " ").trim();
  if (name === "" || name.includes("@")) return null;
  const words3 = name.split(/\s+/).map((w) => w.toLowerCase());
  if (words3.some((w) => COMPANY_WORDS.has(w.replace(/,$/, "")) || ROLE_WORDS.has(w.replace(/,$/, ""))))
    return null;
  const given = name.includes(",") ? name.slice(name.indexOf(",") + 1) : name;
  const all = given.trim().split(/\s+/);
  const tokens = all.filter((t) => !TITLES.has(t.toLowerCase()));
  if (tokens.length === 1 && all.length > 1) return null;
  const chosen = name.includes(",") ? void 0 : givenAmong(tokens, email3);
  return asFirstName(chosen ?? tokens[0] ?? "");
}
function givenAmong(tokens, email3) {
  if (tokens.length < 2) return void 0;
  const firstPiece = (email3.split("@")[0] ?? "").toLowerCase().split(/[._+-]+/)[0] ?? "";
  const byAddress = tokens.slice(1).find((t) => firstPiece.length > 1 && plain2(t) === firstPiece);
  if (byAddress) return byAddress;
  const first = tokens[0] ?? "";
  const isUpper = (t) => LETTERS.test(t) && t.length > 1 && t === t.toUpperCase();
  const isMixed = (t) => t !== t.toUpperCase() && t !== t.toLowerCase();
  return isUpper(first) ? tokens.slice(1).find(isMixed) : void 0;
}
var plain2 = (token) => token.normalize("NFD").replace(/\p{M}/gu, "").replace(/[,;:.]+$/, "").toLowerCase();
function fromLocalPart(email3) {
  const local = (email3.split("@")[0] ?? "").toLowerCase().replace(/\d+$/, "");
  if (local === "" || ROLE_WORDS.has(local)) return null;
  const pieces = local.split(/[._+-]+/).filter((p) => p !== "");
  if (pieces.some((p) => ROLE_WORDS.has(p))) return null;
  const first = pieces[0] ?? "";
  if (pieces.length === 1 && !NAME_ONSETS.test(first)) return null;
  if (first.length > 12) return null;
  return asFirstName(first);
}
var FIRST_NAME_MAX = 30;
function asFirstName(token) {
  const word = token.replace(/[,;:.]+$/, "");
  if (word.length < 2 || word.length > FIRST_NAME_MAX || !LETTERS.test(word)) return null;
  const oneCase = word === word.toUpperCase() || word === word.toLowerCase();
  if (!oneCase) return word;
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, sep, letter) => sep + letter.toUpperCase());
}

// src/core/texts/text-types.ts
function dayAndMonth(date) {
  const [, m, d] = date.split("-").map(Number);
  return { day: d, month: m - 1 };
}
function closingQuestion(v, restate, generic) {
  return v.openQuestion ? restate(v.openQuestion) : generic;
}

// src/core/texts/de.ts
var MONTHS2 = [
  "Januar",
  "Februar",
  "M\xE4rz",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember"
];
function formatDateDe(date) {
  const { day, month } = dayAndMonth(date);
  return `${day}. ${MONTHS2[month] ?? ""}`;
}
var vom = (v) => `vom ${formatDateDe(v.lastMessageOn)} ${v.about}`;
var DE = {
  language: "de",
  about: (project) => project ? `zu \u201E${project}\u201C` : "zu unserem Projekt",
  subjectFallback: "N\xE4chste Schritte",
  closingComma: false,
  notes: {
    reply: (v) => `Die letzte Nachricht ${v.about} kam ${v.firstName ? `von ${v.firstName}` : "vom Kunden"}: Jetzt sind Sie dran. Eine kurze Antwort heute h\xE4lt das Projekt in Bewegung, auch wenn sie nur sagt, wann die ausf\xFChrliche folgt.`,
    rest: (v) => `Sie haben das Thema${v.firstName ? ` mit ${v.firstName}` : ""} ${v.about} am ${formatDateDe(v.lastMessageOn)} abgeschlossen. Vorerst keine E-Mails mehr: Wenn es noch passt, melden Sie sich mit einer freundlichen Zeile zu etwas Neuem, ohne die Funkstille zu erw\xE4hnen.`
  },
  warm: {
    greeting: (name) => name ? `Hallo ${name},` : "Hallo,",
    closing: "Viele Gr\xFC\xDFe",
    emails: {
      "check-in": (v) => `ich hoffe, bei dir l\xE4uft alles gut. Ich komme auf meine Nachricht ${vom(v)} zur\xFCck, falls sie in einer vollen Woche untergegangen ist.

F\xFCr den n\xE4chsten Schritt reicht mir eine kurze Antwort von dir; um den Rest k\xFCmmere ich mich. Wenn es gerade nicht passt, schreib mir einfach, wann ich mich wieder melden soll.

` + closingQuestion(v, (q) => `Meine Frage in einem Satz: ${q}`, "Soll ich wie besprochen weitermachen?"),
      "change-channel": (v) => `ich kn\xFCpfe an meine Nachricht ${vom(v)} an: Manchmal kl\xE4rt ein kurzes Gespr\xE4ch in Minuten, was per E-Mail Tage dauert. Hast du Lust auf ein Telefonat von 15 Minuten, an einem Tag deiner Wahl?

Wenn dir Schriftliches lieber ist, passt das genauso. Ich brauche nur dein Okay f\xFCr den n\xE4chsten Schritt; bis dahin ruht der Zeitplan, den wir vereinbart haben.`,
      "close-the-loop": (v) => `seit meiner Nachricht ${vom(v)} haben sich deine Priorit\xE4ten vermutlich verschoben, und das ist v\xF6llig in Ordnung. Ich schlie\xDFe das Thema daher von meiner Seite ab, damit es nicht in deinem Postfach liegen bleibt.

Falls das Projekt wieder aktuell wird oder ich dir bei etwas anderem helfen kann, antworte einfach auf diese E-Mail: Ich mache gern dort weiter, wo wir aufgeh\xF6rt haben.`,
      plan: (v) => `eine kleine Idee zu meiner Nachricht ${vom(v)}, damit nichts an einem freien Termin h\xE4ngt. Falls wir uns nicht h\xF6ren, passiert Folgendes: Ich halte dir den Platz bis Ende n\xE4chster Woche frei und gebe ihn danach wieder frei.

Verloren geht dabei nichts: Eine Antwort auf diese E-Mail, auch in ein paar Monaten, gen\xFCgt, und wir machen dort weiter, wo wir stehen. Ist das f\xFCr dich in Ordnung?`
    },
    promised: (v, by) => `ich hoffe, bei dir ist alles gut. Du hattest geschrieben, dass du dich ${v.about} bis zum ${formatDateDe(by)} meldest, deshalb frage ich kurz nach, jetzt wo das Datum vorbei ist.

Es eilt von meiner Seite nicht: Wenn du ein paar Tage mehr brauchst, reicht mir eine kurze Zeile mit einem neuen Termin, und ich plane entsprechend. Falls inzwischen Fragen aufgekommen sind, helfe ich gern.

Kannst du mir sagen, bis wann ich mit deiner R\xFCckmeldung rechnen kann?`
  },
  formal: {
    greeting: (name) => name ? `Guten Tag ${name},` : "Guten Tag,",
    closing: "Mit freundlichen Gr\xFC\xDFen",
    emails: {
      "check-in": (v) => `ich komme auf meine Nachricht ${vom(v)} zur\xFCck. Mir ist bewusst, dass viele Themen um Ihre Zeit konkurrieren.

F\xFCr den n\xE4chsten Schritt gen\xFCgt mir eine kurze R\xFCckmeldung von Ihnen; alles Weitere ist auf meiner Seite vorbereitet. Wenn Ihnen ein sp\xE4terer Zeitpunkt lieber ist, teilen Sie mir diesen gern mit.

` + closingQuestion(v, (q) => `Meine Frage in K\xFCrze: ${q}`, "Darf ich wie vorgeschlagen fortfahren?"),
      "change-channel": (v) => `im Anschluss an meine Nachricht ${vom(v)} lie\xDFe sich der offene Punkt vielleicht am schnellsten im direkten Gespr\xE4ch kl\xE4ren. W\xE4re Ihnen ein Telefonat von 15 Minuten zu einem Zeitpunkt Ihrer Wahl recht?

Eine kurze schriftliche Antwort gen\xFCgt selbstverst\xE4ndlich ebenso: F\xFCr das weitere Vorgehen ben\xF6tige ich lediglich Ihre Freigabe des n\xE4chsten Schritts; bis dahin ruht die vereinbarte Planung.`,
      "close-the-loop": (v) => `seit meiner Nachricht ${vom(v)} haben sich Ihre Priorit\xE4ten vermutlich ge\xE4ndert, was ich gut verstehe. Ich betrachte das Thema daher von meiner Seite als abgeschlossen.

Sollte das Projekt wieder aktuell werden oder ich Sie bei etwas anderem unterst\xFCtzen k\xF6nnen, gen\xFCgt eine Antwort auf diese E-Mail: Ich kn\xFCpfe gern dort an, wo wir stehen geblieben sind.`,
      plan: (v) => `zu meiner Nachricht ${vom(v)} m\xF6chte ich Ihnen ein Vorgehen vorschlagen, das ohne R\xFCckmeldung auskommt. Sofern ich nichts anderes von Ihnen h\xF6re, halte ich die f\xFCr Ihr Projekt vorgesehene Zeit bis Ende n\xE4chster Woche frei und gebe sie danach wieder frei.

Dies verpflichtet Sie zu nichts: Eine Antwort auf diese E-Mail gen\xFCgt auch sp\xE4ter, um beim aktuellen Stand fortzufahren. Ist Ihnen dieses Vorgehen recht?`
    },
    promised: (v, by) => `vielen Dank f\xFCr Ihre letzte Nachricht ${v.about}, in der Sie eine R\xFCckmeldung bis zum ${formatDateDe(by)} in Aussicht gestellt hatten. Da das Datum nun verstrichen ist, melde ich mich kurz.

Es besteht keine Eile: Sollten Sie mehr Zeit ben\xF6tigen, gen\xFCgt eine kurze Nachricht mit einem neuen Termin, und ich plane entsprechend. Bei offenen Fragen unterst\xFCtze ich Sie gern.

K\xF6nnen Sie mir mitteilen, wann ich mit Ihrer R\xFCckmeldung rechnen darf?`
  }
};

// src/core/texts/en.ts
var MONTHS3 = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
function formatDateEn(date) {
  const { day, month } = dayAndMonth(date);
  return `${MONTHS3[month] ?? ""} ${day}`;
}
var on = (v) => formatDateEn(v.lastMessageOn);
var who = (v) => v.firstName ?? "The client";
var EN = {
  language: "en",
  about: (project) => project ? `about \u201C${project}\u201D` : "about the project we discussed",
  subjectFallback: "Next steps",
  closingComma: true,
  notes: {
    reply: (v) => `${who(v)} wrote last ${v.about}: the next move is yours. A short answer today keeps things moving, even if it only says when a full reply will follow.`,
    rest: (v) => `You closed the loop${v.firstName ? ` with ${v.firstName}` : ""} ${v.about} on ${on(v)}. No more emails for now: if it still feels relevant, check in with one friendly line about something new, without mentioning the silence.`
  },
  warm: {
    greeting: (name) => name ? `Hi ${name},` : "Hi there,",
    closing: "All the best",
    emails: {
      "check-in": (v) => `I hope things are going well on your side. I'm picking up my message of ${on(v)} ${v.about}, in case it slipped down the inbox during a busy week.

To keep it simple, a short answer is all the next step needs, and I can take it from there. If the timing is not right, a line saying when to come back works just as well.

` + closingQuestion(
        v,
        (q) => `My question, in short: ${q}`,
        "Shall I go ahead with the plan as proposed?"
      ),
      "change-channel": (v) => `Picking up the thread of my message of ${on(v)} ${v.about}: sometimes a quick chat settles in minutes what takes days by email, so how about a 15-minute call, on whichever day suits you?

If you would rather keep it in writing, that works too. The one thing I need is your go-ahead on the next step; until then the timeline we agreed stays on hold.`,
      "close-the-loop": (v) => `Since my message of ${on(v)} ${v.about}, I imagine your priorities have shifted, and that is completely fine. I will close this on my side for now, so it does not sit in your inbox.

If the project comes back to life, or something new comes up, just reply to this email: I will be glad to pick it up from where we left off.`,
      plan: (v) => `A quick idea about my message of ${on(v)} ${v.about}, so that nothing depends on us finding the time to talk. If we do not hear from each other, here is what happens next: I keep your slot free until the end of next week, then I release it.

Nothing is lost either way: a reply to this email, even months from now, is enough to pick things up from where we are. Does that work for you?`
    },
    promised: (v, by) => `I hope all is well with you. You mentioned you would get back to me ${v.about} by ${formatDateEn(by)}, so I thought I would check in now that the date has passed.

There is no rush on my side: if you need a little more time, a short line with a new date works perfectly and I will plan around it. And if a question has come up in the meantime, I am happy to help.

Would you let me know when you expect to have it ready?`
  },
  formal: {
    greeting: (name) => name ? `Dear ${name},` : "Hello,",
    closing: "Kind regards",
    emails: {
      "check-in": (v) => `I am writing to follow up on my message of ${on(v)} ${v.about}. I appreciate that many priorities compete for your time.

To move forward, I only need a brief answer from you; everything else is ready on my side. If a later date suits you better, a short note is enough and I will plan accordingly.

` + closingQuestion(
        v,
        (q) => `My question, for ease of reference: ${q}`,
        "Could you let me know whether you would like to proceed?"
      ),
      "change-channel": (v) => `Following my message of ${on(v)} ${v.about}, it may be quicker to discuss the remaining point directly. Would a 15-minute call at a time of your choosing be convenient?

Alternatively, a brief written reply is perfectly sufficient: the only decision needed to proceed is your approval of the next step, and until then the agreed schedule remains on hold.`,
      "close-the-loop": (v) => `Following my message of ${on(v)} ${v.about}, I assume that your priorities have changed, which is entirely understandable. I will therefore consider the matter closed on my side.

Should the project become relevant in the future, or should I be of help with anything else, a reply to this email is all it takes: I will gladly resume from where we left off.`,
      plan: (v) => `Regarding my message of ${on(v)} ${v.about}, I would like to propose an arrangement that does not require a reply. Unless I hear from you, I will keep the time reserved for your project until the end of next week, and release it afterwards.

This commits you to nothing: a reply to this email at any later point will be sufficient to resume from the current stage. Would this arrangement be acceptable to you?`
    },
    promised: (v, by) => `Thank you for your last message ${v.about}, in which you kindly indicated that you would be in touch by ${formatDateEn(by)}. I am writing briefly now that the date has passed.

There is no urgency on my side: should you need more time, a short note with a new date is entirely sufficient and I will plan accordingly. I would also be glad to assist if any question has arisen.

Could you let me know when I might expect your feedback?`
  }
};

// src/core/texts/es.ts
var MONTHS4 = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre"
];
function formatDateEs(date) {
  const { day, month } = dayAndMonth(date);
  return `${day} de ${MONTHS4[month] ?? ""}`;
}
var msg = (v) => `mi mensaje del ${formatDateEs(v.lastMessageOn)} ${v.about}`;
var ES = {
  language: "es",
  about: (project) => project ? `sobre \u201C${project}\u201D` : "sobre el proyecto del que hablamos",
  subjectFallback: "Pr\xF3ximos pasos",
  closingComma: true,
  notes: {
    reply: (v) => `El \xFAltimo mensaje ${v.about} es ${v.firstName ? `de ${v.firstName}` : "del cliente"}: ahora te toca a ti. Una respuesta breve hoy mantiene vivo el proyecto, aunque solo diga cu\xE1ndo llegar\xE1 la completa.`,
    rest: (v) => `Cerraste el ciclo${v.firstName ? ` con ${v.firstName}` : ""} ${v.about} el ${formatDateEs(v.lastMessageOn)}. Nada de correos por ahora: si sigue teniendo sentido, escribe una l\xEDnea amable sobre algo nuevo, sin mencionar el silencio.`
  },
  warm: {
    greeting: (name) => name ? `Hola, ${name}:` : "Hola:",
    closing: "Un saludo",
    emails: {
      "check-in": (v) => `Espero que vaya todo bien. Retomo ${msg(v)}, por si se qued\xF3 al fondo de la bandeja en una semana complicada.

Para avanzar me basta con una respuesta breve tuya; del resto me encargo yo. Si ahora no es buen momento, dime cu\xE1ndo te viene mejor y me organizo.

` + closingQuestion(
        v,
        (q) => `Mi pregunta, en pocas palabras: ${q}`,
        "\xBFTe parece bien que siga adelante con lo previsto?"
      ),
      "change-channel": (v) => `Retomo el hilo de ${msg(v)}. A veces una llamada resuelve en minutos lo que por correo lleva d\xEDas: \xBFte viene bien hablar 15 minutos el d\xEDa que prefieras?

Si prefieres seguir por escrito, perfecto. Lo \xFAnico que necesito es tu visto bueno para el siguiente paso; mientras tanto, el calendario que acordamos queda en pausa.`,
      "close-the-loop": (v) => `Desde ${msg(v)} imagino que tus prioridades han cambiado, y es totalmente comprensible. Por mi parte doy el tema por cerrado de momento, para no ocupar m\xE1s espacio en tu bandeja.

Si el proyecto vuelve a ponerse en marcha, o necesitas ayuda con otra cosa, basta con responder a este correo: lo retomar\xE9 con gusto donde lo dejamos.`,
      plan: (v) => `Una idea r\xE1pida sobre ${msg(v)}, para que nada dependa de encontrar un hueco en la agenda. Si no conseguimos hablar, esto es lo que pasa: te guardo el sitio hasta el final de la semana que viene y despu\xE9s lo libero.

No se pierde nada: basta con responder a este correo, aunque sea dentro de unos meses, para seguir desde donde estamos. \xBFTe parece bien?`
    },
    promised: (v, by) => `Espero que vaya todo bien. Me comentaste que me dir\xEDas algo ${v.about} para el ${formatDateEs(by)}, as\xED que te escribo unas l\xEDneas ahora que la fecha ya ha pasado.

Sin ninguna prisa por mi parte: si necesitas unos d\xEDas m\xE1s, basta con una l\xEDnea con una nueva fecha y me organizo. Y si mientras tanto ha surgido alguna duda, te ayudo con gusto.

\xBFMe dices cu\xE1ndo crees que lo tendr\xE1s?`
  },
  formal: {
    greeting: (name) => name ? `Buenos d\xEDas, ${name}:` : "Buenos d\xEDas:",
    closing: "Un cordial saludo",
    emails: {
      "check-in": (v) => `Me permito escribirle en relaci\xF3n con ${msg(v)}. Entiendo que tiene muchos asuntos que atender.

Para avanzar solo necesito una breve respuesta suya; todo lo dem\xE1s est\xE1 preparado por mi parte. Si prefiere una fecha posterior, basta con que me la indique y me organizar\xE9.

` + closingQuestion(
        v,
        (q) => `Mi pregunta, en resumen: ${q}`,
        "\xBFPodr\xEDa indicarme si podemos seguir adelante?"
      ),
      "change-channel": (v) => `En relaci\xF3n con ${msg(v)}, quiz\xE1 sea m\xE1s sencillo tratar el punto pendiente por tel\xE9fono. \xBFLe vendr\xEDa bien una llamada de 15 minutos en el momento que usted prefiera?

Una breve respuesta por escrito es igualmente suficiente: lo \xFAnico que necesito para continuar es su aprobaci\xF3n del siguiente paso; hasta entonces, el calendario acordado queda en pausa.`,
      "close-the-loop": (v) => `Desde ${msg(v)}, supongo que sus prioridades han cambiado, lo cual es del todo comprensible. Por ello, doy el asunto por cerrado por mi parte.

Si el proyecto volviera a estar de actualidad, o si puedo serle \xFAtil en cualquier otra cuesti\xF3n, bastar\xE1 con responder a este correo: retomar\xE9 con gusto el trabajo donde lo dejamos.`,
      plan: (v) => `En relaci\xF3n con ${msg(v)}, quisiera proponerle una soluci\xF3n que no requiere respuesta por su parte. Salvo indicaci\xF3n contraria, reservar\xE9 el tiempo previsto para su proyecto hasta el final de la pr\xF3xima semana y despu\xE9s lo liberar\xE9.

Esto no le compromete a nada: una respuesta a este correo, incluso m\xE1s adelante, ser\xE1 suficiente para retomar desde el punto actual. \xBFLe parece adecuada esta soluci\xF3n?`
    },
    promised: (v, by) => `Le agradezco su \xFAltimo mensaje ${v.about}, en el que me anunciaba una respuesta para el ${formatDateEs(by)}. Le escribo brevemente ahora que esa fecha ya ha pasado.

No hay ninguna prisa por mi parte: si necesita m\xE1s tiempo, basta con una breve nota con una nueva fecha y me organizar\xE9. Quedo tambi\xE9n a su disposici\xF3n para cualquier consulta.

\xBFPodr\xEDa indicarme cu\xE1ndo puedo esperar su respuesta?`
  }
};

// src/core/texts/fr.ts
var MONTHS5 = [
  "janvier",
  "f\xE9vrier",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "ao\xFBt",
  "septembre",
  "octobre",
  "novembre",
  "d\xE9cembre"
];
function formatDateFr(date) {
  const { day, month } = dayAndMonth(date);
  return `${day === 1 ? "1er" : day} ${MONTHS5[month] ?? ""}`;
}
var msg2 = (v) => `mon message du ${formatDateFr(v.lastMessageOn)} ${v.about}`;
var FR = {
  language: "fr",
  about: (project) => project ? `au sujet de \xAB ${project} \xBB` : "au sujet du projet dont nous avons parl\xE9",
  subjectFallback: "Prochaines \xE9tapes",
  closingComma: true,
  notes: {
    reply: (v) => `Le dernier message ${v.about} vient ${v.firstName ? `de ${v.firstName}` : "du client"} : c'est \xE0 vous de jouer. Une r\xE9ponse courte aujourd\u2019hui fait avancer le projet, m\xEAme si elle indique seulement quand viendra la r\xE9ponse compl\xE8te.`,
    rest: (v) => `Vous avez clos l'\xE9change${v.firstName ? ` avec ${v.firstName}` : ""} ${v.about} le ${formatDateFr(v.lastMessageOn)}. Plus d'e-mails pour l'instant : si cela reste pertinent, reprenez contact avec une ligne aimable sur un sujet nouveau, sans \xE9voquer le silence.`
  },
  warm: {
    greeting: (name) => name ? `Salut ${name},` : "Salut,",
    closing: "\xC0 bient\xF4t",
    emails: {
      "check-in": (v) => `J'esp\xE8re que tout va bien de ton c\xF4t\xE9. Je reviens vers toi concernant ${msg2(v)}, au cas o\xF9 il serait pass\xE9 inaper\xE7u pendant une semaine charg\xE9e.

Pour avancer, une r\xE9ponse courte de ta part me suffit ; je m\u2019occupe du reste. Si le moment n\u2019est pas id\xE9al, dis-moi simplement quand revenir vers toi et je m\u2019organiserai.

` + closingQuestion(v, (q) => `Ma question, en bref : ${q}`, "Je peux avancer comme pr\xE9vu ?"),
      "change-channel": (v) => `Suite \xE0 ${msg2(v)}, on gagnerait peut-\xEAtre du temps \xE0 en parler de vive voix : \xE7a te dirait, un appel de 15 minutes, le jour qui t\u2019arrange ?

Si tu pr\xE9f\xE8res l\u2019\xE9crit, \xE7a me va aussi. La seule chose dont j\u2019ai besoin, c\u2019est ton feu vert pour la prochaine \xE9tape ; d\u2019ici l\xE0, le calendrier qu\u2019on s\u2019\xE9tait fix\xE9 reste en pause.`,
      "close-the-loop": (v) => `Depuis ${msg2(v)}, j\u2019imagine que tes priorit\xE9s ont chang\xE9, et c\u2019est tout \xE0 fait normal. De mon c\xF4t\xE9, je consid\xE8re le sujet comme clos pour le moment, pour ne pas encombrer ta bo\xEEte de r\xE9ception.

Si le projet red\xE9marre, ou si je peux t\u2019aider sur autre chose, il te suffit de r\xE9pondre \xE0 ce message : je reprendrai volontiers l\xE0 o\xF9 on s\u2019\xE9tait arr\xEAt\xE9s.`,
      plan: (v) => `Une petite id\xE9e concernant ${msg2(v)}, pour que rien ne d\xE9pende d\u2019un cr\xE9neau \xE0 trouver. Si on n\u2019arrive pas \xE0 se parler, voici ce qui se passe : je te garde la place jusqu\u2019\xE0 la fin de la semaine prochaine, puis je la lib\xE8re.

Rien n\u2019est perdu pour autant : une r\xE9ponse \xE0 ce message, m\xEAme dans quelques mois, suffit pour repartir d\u2019o\xF9 on en est. \xC7a te convient ?`
    },
    promised: (v, by) => `J'esp\xE8re que tout va bien de ton c\xF4t\xE9. Tu m\u2019avais dit que tu reviendrais vers moi ${v.about} d\u2019ici le ${formatDateFr(by)} : je me permets de te relancer maintenant que la date est pass\xE9e.

Rien ne presse de mon c\xF4t\xE9 : s\u2019il te faut quelques jours de plus, une simple ligne avec une nouvelle date me suffit et je m\u2019organiserai. Et si une question s\u2019est pos\xE9e entre-temps, je suis l\xE0 pour t\u2019aider.

Tu peux me dire quand tu penses pouvoir me r\xE9pondre ?`
  },
  formal: {
    greeting: (name) => name ? `Bonjour ${name},` : "Madame, Monsieur,",
    closing: "Bien cordialement",
    emails: {
      "check-in": (v) => `Je me permets de revenir vers vous concernant ${msg2(v)}. Je sais que de nombreuses priorit\xE9s sollicitent votre attention.

Pour avancer, une br\xE8ve r\xE9ponse de votre part me suffit ; tout le reste est pr\xEAt de mon c\xF4t\xE9. Si une date ult\xE9rieure vous convient mieux, il vous suffit de me l\u2019indiquer.

` + closingQuestion(
        v,
        (q) => `Ma question, en quelques mots : ${q}`,
        "Pourriez-vous me confirmer si nous pouvons poursuivre ?"
      ),
      "change-channel": (v) => `Suite \xE0 ${msg2(v)}, il serait peut-\xEAtre plus simple d\u2019aborder le point en suspens de vive voix. Un appel de 15 minutes, au moment qui vous convient, vous serait-il possible ?

Une br\xE8ve r\xE9ponse \xE9crite suffit tout autant : la seule d\xE9cision n\xE9cessaire pour poursuivre est votre accord sur la prochaine \xE9tape, et d\u2019ici l\xE0 le calendrier convenu reste en attente.`,
      "close-the-loop": (v) => `Depuis ${msg2(v)}, je suppose que vos priorit\xE9s ont \xE9volu\xE9, ce qui est tout \xE0 fait compr\xE9hensible. Je consid\xE8re donc le sujet comme clos de mon c\xF4t\xE9.

Si le projet devait redevenir d\u2019actualit\xE9, ou si je pouvais vous \xEAtre utile sur un autre sujet, une r\xE9ponse \xE0 ce message suffira : je reprendrai volontiers l\xE0 o\xF9 nous nous \xE9tions arr\xEAt\xE9s.`,
      plan: (v) => `Concernant ${msg2(v)}, je souhaite vous proposer une solution qui ne demande aucune r\xE9ponse de votre part. Sauf indication contraire, je r\xE9serve le temps pr\xE9vu pour votre projet jusqu\u2019\xE0 la fin de la semaine prochaine, puis je le lib\xE8re.

Cela ne vous engage \xE0 rien : une r\xE9ponse \xE0 ce message, m\xEAme plus tard, suffira pour reprendre au point actuel. Cette solution vous convient-elle ?`
    },
    promised: (v, by) => `Je vous remercie pour votre dernier message ${v.about}, dans lequel vous m\u2019annonciez un retour d\u2019ici le ${formatDateFr(by)}. Je me permets de vous \xE9crire maintenant que cette date est pass\xE9e.

Rien ne presse de mon c\xF4t\xE9 : si vous avez besoin de plus de temps, une courte r\xE9ponse avec une nouvelle date me suffit et je m\u2019organiserai. Je reste \xE9galement \xE0 votre \xE9coute pour toute question.

Pourriez-vous m\u2019indiquer quand je peux esp\xE9rer votre retour ?`
  }
};

// src/core/texts/it.ts
var MONTHS6 = [
  "gennaio",
  "febbraio",
  "marzo",
  "aprile",
  "maggio",
  "giugno",
  "luglio",
  "agosto",
  "settembre",
  "ottobre",
  "novembre",
  "dicembre"
];
function formatDateIt(date) {
  const { day, month } = dayAndMonth(date);
  return `${day === 1 ? "1\xB0" : day} ${MONTHS6[month] ?? ""}`;
}
function del(date) {
  const { day } = dayAndMonth(date);
  return day === 8 || day === 11 ? `dell'${formatDateIt(date)}` : `del ${formatDateIt(date)}`;
}
function il(date) {
  const { day } = dayAndMonth(date);
  return day === 8 || day === 11 ? `l'${formatDateIt(date)}` : `il ${formatDateIt(date)}`;
}
var msg3 = (v) => `mio messaggio ${del(v.lastMessageOn)} ${v.about}`;
var IT = {
  language: "it",
  about: (project) => project ? `su \u201C${project}\u201D` : "sul progetto di cui abbiamo parlato",
  subjectFallback: "Prossimi passi",
  closingComma: true,
  notes: {
    reply: (v) => `L'ultimo messaggio ${v.about} \xE8 ${v.firstName ? `di ${v.firstName}` : "del cliente"}: ora tocca a te. Una risposta breve oggi tiene vivo il progetto, anche solo per dire quando arriver\xE0 quella completa.`,
    rest: (v) => `Hai chiuso il cerchio${v.firstName ? ` con ${v.firstName}` : ""} ${v.about} ${il(v.lastMessageOn)}. Niente altre email per ora: se ti sembra ancora utile, fatti sentire con una riga cordiale su una novit\xE0, senza accennare al silenzio.`
  },
  warm: {
    greeting: (name) => name ? `Ciao ${name},` : "Ciao,",
    closing: "Un caro saluto",
    emails: {
      "check-in": (v) => `spero che da te vada tutto bene. Riprendo il ${msg3(v)}, nel caso fosse finito in fondo alla casella durante una settimana piena.

Per andare avanti mi basta una tua risposta breve: al resto penso io. Se invece non \xE8 il momento giusto, scrivimi pure quando \xE8 meglio risentirci e mi organizzo di conseguenza.

` + closingQuestion(
        v,
        (q) => `Ti riporto la mia domanda: ${q}`,
        "Posso procedere con quanto avevamo previsto?"
      ),
      "change-channel": (v) => `riprendo il filo del ${msg3(v)}. A volte una chiacchierata risolve in pochi minuti quello che per email richiede giorni: ti va una telefonata di 15 minuti, nel giorno che preferisci?

Se preferisci restare per iscritto va benissimo. L'unica cosa che mi serve \xE8 il tuo via libera sul prossimo passo: finch\xE9 manca, il calendario che ci eravamo dati resta fermo.`,
      "close-the-loop": (v) => `dal ${msg3(v)} immagino che le tue priorit\xE0 siano cambiate, ed \xE8 del tutto normale. Per non occupare altro spazio nella tua casella, da parte mia considero la questione chiusa per ora.

Se il progetto dovesse ripartire, o se ti servisse una mano su qualcos'altro, basta rispondere a questa email: riprendo volentieri da dove eravamo rimasti.`,
      plan: (v) => `a proposito del ${msg3(v)}, ti propongo un piccolo piano, cos\xEC niente resta appeso alle agende. Se non riusciamo a sentirci, ecco cosa succede: tengo libero il tuo spazio fino alla fine della prossima settimana, poi lo libero.

In ogni caso non si perde nulla: basta una risposta a questa email, anche fra qualche mese, per ripartire da dove siamo. Ti va bene cos\xEC?`
    },
    promised: (v, by) => `spero che vada tutto bene. Mi avevi scritto che mi avresti fatto sapere qualcosa ${v.about} entro ${il(by)}, cos\xEC ti scrivo due righe ora che la data \xE8 passata.

Nessuna fretta da parte mia: se ti serve qualche giorno in pi\xF9, basta una riga con una nuova data e mi organizzo di conseguenza. E se nel frattempo \xE8 nato qualche dubbio, sono qui per darti una mano.

Mi dici quando pensi di riuscire?`
  },
  formal: {
    greeting: (name) => name ? `Gentile ${name},` : "Buongiorno,",
    closing: "Cordiali saluti",
    emails: {
      "check-in": (v) => `Le scrivo in merito al ${msg3(v)}. Immagino che in questo periodo abbia molti impegni e La ringrazio per l'attenzione.

Per procedere mi \xE8 sufficiente un Suo breve riscontro: il resto \xE8 gi\xE0 pronto da parte mia. Se preferisce rinviare, mi indichi pure una data e mi organizzer\xF2 di conseguenza.

` + closingQuestion(v, (q) => `Le riporto la mia domanda: ${q}`, "Mi fa sapere se possiamo procedere?"),
      "change-channel": (v) => `facendo seguito al ${msg3(v)}, penso che un breve confronto a voce potrebbe semplificare le cose. Le andrebbe bene una telefonata di 15 minuti, nel momento a Lei pi\xF9 comodo?

In alternativa \xE8 sufficiente una risposta scritta: l'unica decisione necessaria per proseguire \xE8 la Sua approvazione del prossimo passo, senza la quale la pianificazione concordata resta sospesa.`,
      "close-the-loop": (v) => `a seguito del ${msg3(v)}, presumo che le Sue priorit\xE0 siano cambiate, cosa del tutto comprensibile. Considero quindi la questione chiusa da parte mia.

Qualora il progetto tornasse d'attualit\xE0, o potessi esserLe utile in altro, sar\xE0 sufficiente rispondere a questa email: riprender\xF2 volentieri da dove ci eravamo fermati.`,
      plan: (v) => `in merito al ${msg3(v)}, desidero proporLe una soluzione che non richiede una Sua risposta. In assenza di Sue indicazioni, terr\xF2 riservato il tempo dedicato al Suo progetto fino alla fine della prossima settimana, dopodich\xE9 lo render\xF2 disponibile.

Ci\xF2 non La impegna in alcun modo: una risposta a questa email, anche in seguito, sar\xE0 sufficiente per riprendere dal punto attuale. Le sembra una soluzione accettabile?`
    },
    promised: (v, by) => `La ringrazio per il Suo ultimo messaggio ${v.about}, nel quale mi anticipava un riscontro entro ${il(by)}. Le scrivo brevemente ora che la data \xE8 passata.

Non c'\xE8 alcuna urgenza da parte mia: se Le occorre pi\xF9 tempo, \xE8 sufficiente indicarmi una nuova data e mi organizzer\xF2 di conseguenza. Resto inoltre a disposizione per qualsiasi chiarimento.

Mi pu\xF2 indicare quando potr\xF2 ricevere il Suo riscontro?`
  }
};

// src/core/texts/all-languages.ts
var TEXTS = { it: IT, en: EN, es: ES, fr: FR, de: DE };

// src/core/texts/render-nudge.ts
function renderNudge(input) {
  const texts = TEXTS[input.language];
  const toneTexts = texts[input.tone];
  const project = shortProject(input.project);
  const vars = {
    firstName: input.firstName?.trim() || null,
    about: texts.about(project),
    lastMessageOn: input.lastMessageOn,
    openQuestion: input.openQuestion?.trim() || null
  };
  const stage = input.kind ?? (input.stage === "wait" ? "check-in" : input.stage);
  const body = isNote(stage) ? texts.notes[stage](vars) : email(
    texts,
    toneTexts,
    paragraphs(toneTexts, stage, vars, input.promisedBy ?? null),
    vars,
    input.myName
  );
  return {
    body,
    language: input.language,
    tone: input.tone,
    subject: project ? `Re: ${project}` : texts.subjectFallback
  };
}
var PROJECT_MAX = 80;
function shortProject(subject) {
  const clean = subject.replace(/\s+/g, " ").trim();
  if (clean.length <= PROJECT_MAX) return clean;
  const cut = clean.slice(0, PROJECT_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > PROJECT_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}\u2026`;
}
function isNote(stage) {
  return stage === "reply" || stage === "rest";
}
function paragraphs(tone, kind, vars, promisedBy) {
  return kind === "check-in" && promisedBy !== null ? tone.promised(vars, promisedBy) : tone.emails[kind](vars);
}
function email(texts, tone, body, vars, myName) {
  return [tone.greeting(vars.firstName), body, signOff(texts, tone, myName)].join("\n\n");
}
function signOff(texts, tone, myName) {
  const name = myName.trim();
  if (name) return `${tone.closing}${texts.closingComma ? "," : ""}
${name}`;
  return texts.closingComma ? `${tone.closing}.` : tone.closing;
}

// src/core/nudge/alternatives.ts
var BY_STAGE = {
  wait: ["change-channel", "plan", "close-the-loop"],
  "check-in": ["change-channel", "plan", "close-the-loop"],
  "change-channel": ["plan", "close-the-loop"],
  "close-the-loop": ["change-channel", "plan"],
  rest: [],
  reply: []
};
function alternativeKinds(stage) {
  return BY_STAGE[stage];
}

// src/core/nudge/choose-tone.ts
function chooseTone(setting, register) {
  if (setting !== "auto") return setting;
  return register === "formal" ? "formal" : "warm";
}

// src/core/nudge/ladder-steps.ts
function ladderStep(followUpsSent, ladder) {
  const first = ladder.firstWaitWorkingDays;
  const change = Math.max(ladder.changeChannelWorkingDays, first);
  const close = Math.max(ladder.closeLoopWorkingDays, change);
  if (followUpsSent <= 0) return { stage: "check-in", kind: "waiting", workingDays: first };
  if (followUpsSent === 1) return { stage: "change-channel", kind: "since-check-in", workingDays: change };
  if (followUpsSent === 2)
    return { stage: "close-the-loop", kind: "since-change-channel", workingDays: close };
  return { stage: "rest", kind: "closed", workingDays: 0 };
}

// src/core/nudge/send-date.ts
var later = (a, b) => a > b ? a : b;
function dayAfter(date, calendar) {
  return addWorkingDays(date, 1, calendar);
}
function sendDate(input) {
  const { calendar } = input;
  let earliest = input.target;
  if (input.outOfOfficeUntil) earliest = later(earliest, dayAfter(input.outOfOfficeUntil, calendar));
  if (input.promisedBy) earliest = later(earliest, dayAfter(input.promisedBy, calendar));
  return {
    sendOn: workingDayOnOrAfter(later(earliest, input.today), calendar),
    due: earliest <= input.today
  };
}

// src/core/nudge/decide-nudge.ts
function decideNudge(input) {
  const { analysis, calendar, now } = input;
  if (analysis.state === "no-client" || analysis.state === "settled") return null;
  const localDate = (ms) => calendar.localDateOf(ms, calendar.timeZone);
  const ctx = { ...input, today: localDate(now), localDate };
  if (analysis.state !== "awaiting-me") return ladderDecision(ctx);
  return analysis.promisedBy !== null ? promiseDecision(ctx, analysis.promisedBy) : replyDecision(ctx);
}
function promiseDecision(ctx, promisedBy) {
  const { analysis, calendar, now } = ctx;
  const repliedAt = analysis.lastClientReplyAt ?? now;
  const { sendOn, due } = sendDate({
    target: ctx.today,
    today: ctx.today,
    calendar,
    outOfOfficeUntil: analysis.outOfOfficeUntil,
    promisedBy
  });
  const reason = {
    kind: "promised",
    workingDays: elapsed(repliedAt, now, calendar).workingDays,
    stepWorkingDays: 0,
    due,
    ...facts(ctx),
    promisedBy,
    promisedOn: ctx.localDate(repliedAt)
  };
  return { stage: due ? "check-in" : "wait", sendOn, reason, lastNudgeOn: lastNudgeOn(ctx) };
}
function replyDecision(ctx) {
  const { analysis, calendar, now } = ctx;
  const since = analysis.lastClientReplyAt ?? now;
  return {
    stage: "reply",
    sendOn: workingDayOnOrAfter(ctx.today, calendar),
    reason: {
      kind: "client-wrote-last",
      workingDays: elapsed(since, now, calendar).workingDays,
      stepWorkingDays: 0,
      due: true,
      ...facts(ctx)
    },
    lastNudgeOn: lastNudgeOn(ctx)
  };
}
function ladderDecision(ctx) {
  const { analysis, calendar, ladder, now } = ctx;
  const step = ladderStep(analysis.followUpsSent, ladder);
  const anchorMs = anchorOf(analysis) ?? now;
  const anchor = ctx.localDate(anchorMs);
  const { target, stretched } = targetDate(ctx, anchor, step.workingDays);
  const { sendOn, due } = sendDate({
    target,
    today: ctx.today,
    calendar,
    outOfOfficeUntil: analysis.outOfOfficeUntil,
    promisedBy: analysis.promisedBy
  });
  const reason = {
    kind: step.kind,
    workingDays: elapsed(anchorMs, now, calendar).workingDays,
    stepWorkingDays: step.workingDays,
    due,
    ...facts(ctx),
    ...stretched ? { stretchedByTypicalReply: true } : {},
    ...step.kind === "closed" ? { restMonths: ladder.restMonths } : {}
  };
  const stage = step.stage === "check-in" && !due ? "wait" : step.stage;
  return { stage, sendOn, reason, lastNudgeOn: lastNudgeOn(ctx) };
}
function anchorOf(analysis) {
  const lastFollowUp = analysis.followUpAts[analysis.followUpAts.length - 1];
  if (analysis.followUpsSent > 0 && lastFollowUp !== void 0) return lastFollowUp;
  return analysis.lastMyMessageAt ?? analysis.waitingSince;
}
function targetDate(ctx, anchor, workingDays) {
  const { analysis, calendar, ladder } = ctx;
  if (analysis.followUpsSent >= 3) return { target: addMonths(anchor, ladder.restMonths), stretched: false };
  const byLadder = addWorkingDays(anchor, workingDays, calendar);
  if (analysis.followUpsSent > 0 || analysis.typicalReplyDays === null)
    return { target: byLadder, stretched: false };
  const typicalDays = Math.ceil(ladder.typicalReplyFactor * analysis.typicalReplyDays);
  const byTypical = workingDayOnOrAfter(addDays(anchor, typicalDays), calendar);
  return byTypical > byLadder ? { target: byTypical, stretched: true } : { target: byLadder, stretched: false };
}
function facts(ctx) {
  const { analysis, calendar, today } = ctx;
  const name = firstNameOf(analysis.client);
  const stillAway = analysis.outOfOfficeUntil !== null && dayAfter(analysis.outOfOfficeUntil, calendar) >= today;
  const promiseOpen = analysis.promisedBy !== null && dayAfter(analysis.promisedBy, calendar) >= today;
  return {
    ...name !== null ? { clientName: name } : {},
    ...analysis.typicalReplyDays !== null ? { typicalReplyDays: analysis.typicalReplyDays } : {},
    ...stillAway && analysis.outOfOfficeUntil !== null ? { backOn: analysis.outOfOfficeUntil } : {},
    ...promiseOpen && analysis.promisedBy !== null ? { promisedBy: analysis.promisedBy } : {}
  };
}
function lastNudgeOn(ctx) {
  const last = ctx.analysis.followUpAts[ctx.analysis.followUpAts.length - 1];
  return last === void 0 ? null : ctx.localDate(last);
}

// src/core/nudge/suggest-nudge.ts
function textInput(input, stage) {
  const { analysis, settings, calendar, now } = input;
  const lastMessageAt = analysis.lastMyMessageAt ?? analysis.waitingSince ?? now;
  return {
    stage,
    language: chooseLanguage({
      clientText: analysis.clientText,
      myText: analysis.myText,
      setting: settings.language,
      userLocale: input.userLocale
    }),
    tone: chooseTone(settings.tone, analysis.register),
    firstName: firstNameOf(analysis.client),
    project: analysis.project,
    lastMessageOn: calendar.localDateOf(lastMessageAt, calendar.timeZone),
    myName: settings.myName,
    openQuestion: analysis.openQuestion
  };
}
function suggestNudge(input) {
  const { analysis, settings, calendar, now } = input;
  const decision = decideNudge({ analysis, ladder: settings.ladder, calendar, now });
  if (!decision) return null;
  const base = textInput(input, decision.stage);
  const promisedBy = decision.reason.kind === "promised" ? decision.reason.promisedBy ?? null : null;
  const text = renderNudge({ ...base, promisedBy });
  const alternatives = alternativeKinds(decision.stage).map((kind) => ({
    kind,
    body: renderNudge({ ...base, kind }).body
  }));
  return {
    ...decision,
    language: base.language,
    tone: base.tone,
    body: text.body,
    subject: text.subject,
    alternatives
  };
}

// src/core/settings.ts
var SETTINGS_VERSION = 1;
var LADDER_LIMITS = {
  /** Working days after my message before the first check-in. */
  firstWaitWorkingDays: { min: 1, max: 30, integer: true },
  /** The first wait is at least this many times the client's typical reply time, when known. */
  typicalReplyFactor: { min: 1, max: 5, integer: false },
  /** Working days after the check-in before proposing a call (change-channel). */
  changeChannelWorkingDays: { min: 1, max: 60, integer: true },
  /** Working days after the previous nudge before closing the loop. */
  closeLoopWorkingDays: { min: 1, max: 90, integer: true },
  /** Months after closing the loop before the rest reminder. */
  restMonths: { min: 1, max: 24, integer: true }
};
var LADDER_FIELDS = Object.keys(LADDER_LIMITS);
var NO_HOLIDAYS = "none";
var DEFAULT_SETTINGS = {
  version: SETTINGS_VERSION,
  myName: "",
  aliases: [],
  colleaguesCountAsMe: false,
  workingDays: [1, 2, 3, 4, 5],
  reminderTime: "09:30",
  holidayCountry: "",
  ladder: {
    firstWaitWorkingDays: 3,
    typicalReplyFactor: 1.5,
    changeChannelWorkingDays: 7,
    closeLoopWorkingDays: 14,
    restMonths: 3
  },
  tone: "auto",
  language: "auto",
  emailReminder: false,
  calendarId: "primary"
};

// scripts/analyze/client-delays.ts
var ClientDelays = class {
  constructor() {
    this.clients = new IdTable();
    this.heads = int32s(-1);
    this.values = float64s();
    this.next = int32s();
    this.count = 0;
    this.medians = null;
  }
  add(email3, delays) {
    if (this.medians) throw new Error("ClientDelays: add after typical()");
    const c = this.clients.add(email3);
    for (const d of delays) {
      this.values.set(this.count, d);
      this.next.set(this.count, this.heads.get(c));
      this.heads.set(c, this.count);
      this.count += 1;
    }
  }
  /** The median of every delay of this client (null when none): computed for all clients at the first call. */
  typical(email3) {
    const medians = this.medians ?? this.finish();
    const c = this.clients.find(email3);
    const m = c === -1 ? NaN : medians[c];
    return Number.isNaN(m) ? null : m;
  }
  finish() {
    const medians = new Float64Array(this.clients.size);
    for (let c = 0; c < medians.length; c += 1) {
      const list2 = [];
      for (let at = this.heads.get(c); at !== -1; at = this.next.get(at)) list2.push(this.values.get(at));
      medians[c] = median(list2) ?? NaN;
    }
    this.heads.clear();
    this.values.clear();
    this.next.clear();
    this.medians = medians;
    return medians;
  }
};

// scripts/analyze/country-holidays.ts
var import_date_holidays = __toESM(require("date-holidays"));

// scripts/analyze/usage-error.ts
var UsageError = class extends Error {
  constructor() {
    super(...arguments);
    this.name = "UsageError";
  }
};

// scripts/analyze/country-holidays.ts
function isKnownCountry(country) {
  return country in new import_date_holidays.default().getCountries();
}
function countryHolidays(country, fromYear, toYear) {
  const hd = new import_date_holidays.default();
  if (!(country in hd.getCountries())) throw new UsageError(`--country: unknown country code "${country}"`);
  hd.init(country);
  const dates = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const h of hd.getHolidays(year)) if (h.type === "public") dates.push(h.date.slice(0, 10));
  }
  return dates;
}

// scripts/analyze/thread-analysis.ts
function calendarFor(options, oldestYear) {
  const holidays = new Set(options.holidays);
  if (options.country !== null) {
    const nowYear = new Date(options.now).getUTCFullYear();
    const from = oldestYear === null ? nowYear : Math.min(nowYear, oldestYear);
    for (const d of countryHolidays(options.country, from, nowYear + 1)) holidays.add(d);
  }
  const workingDays = [1, 2, 3, 4, 5];
  return { timeZone: options.timeZone, localDateOf: intlLocalDateOf, workingDays, holidays };
}
function settingsOf(options) {
  return { ...DEFAULT_SETTINGS, tone: options.tone, language: options.language, myName: options.myName };
}
function threadAnalyzer(options, calendar, kept = keptInMemory()) {
  const identity = {
    primary: options.me[0],
    aliases: options.me.slice(1),
    colleaguesCountAsMe: options.colleagues,
    myName: options.myName
  };
  const delays = new ClientDelays();
  const add = (t) => {
    const thread = { id: t.key, subject: t.subject, messages: [...t.messages] };
    const analysis = analyzeThread({ identity, calendar, now: options.now, thread, everyAsk: true });
    const language = chooseLanguage({
      clientText: analysis.clientText,
      myText: analysis.myText,
      setting: options.language,
      userLocale: options.locale
    });
    if (analysis.client) delays.add(analysis.client.email, analysis.replyDelaysDays);
    const dates = new Map(t.messages.map((m) => [m.id, m.at > 0 ? m.at : null]));
    kept.push({
      threadKey: t.key,
      subject: t.subject,
      analysis: { ...analysis, clientText: "", myText: "" },
      language,
      dates
    });
  };
  return {
    add,
    get count() {
      return kept.count;
    },
    kept,
    delays
  };
}
function* finishThreads(analyzer, options, calendar) {
  const settings = settingsOf(options);
  for (const k of analyzer.kept.items()) {
    const own = k.analysis;
    const analysis = {
      ...own,
      typicalReplyDays: own.client ? analyzer.delays.typical(own.client.email) : median(own.replyDelaysDays)
    };
    const nudge = suggestNudge({
      analysis,
      settings: { ...settings, language: k.language },
      calendar,
      now: options.now,
      userLocale: options.locale
    });
    yield {
      threadKey: k.threadKey,
      subject: k.subject,
      analysis,
      nudge: nudge && nudgeJson(nudge),
      alternatives: nudge ? nudge.alternatives.map(({ kind, body }) => ({ kind, body })) : [],
      dates: k.dates
    };
  }
}
function nudgeJson(n) {
  const { stage, sendOn, reason, lastNudgeOn: lastNudgeOn2, language, tone, subject, body } = n;
  return { stage, sendOn, reason, lastNudgeOn: lastNudgeOn2, language, tone, subject, body };
}

// scripts/analyze/analyze-mail.ts
var reasonOf = (error) => error instanceof Error ? error.message : String(error);
async function indexMessages(options, warnings, progress) {
  const files = await listMailFiles(options.paths, warnings);
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  progress.start(total);
  const index = new ThreadIndex();
  const refs = new MessagePlaces();
  let done = 0;
  let minYear = Infinity;
  for (const file of files) {
    for await (const { ref, stored, fileBytesRead } of scanMailFiles([file], warnings)) {
      const { headers, warnings: cut, hasHeader: hasHeader2, year } = readThreadingHeaders(stored);
      const place = placeOf(ref.source);
      warnings.push(...cut.map((w) => `${place}: ${w}`));
      if (!hasHeader2) warnings.push(`${place} skipped, malformed: no header fields found`);
      else {
        index.add(headers);
        refs.add(ref, Number(ref.source.slice(ref.source.lastIndexOf("#") + 1)) || 1);
        if (year !== null && year < minYear) minYear = year;
      }
      progress.reading(refs.size, done + fileBytesRead);
    }
    done += file.bytes;
  }
  return { groups: index.groups(), refs, minYear: Number.isFinite(minYear) ? minYear : null };
}
async function parseAll(refs, kind, reader, warnings) {
  const parsed = [];
  let label = null;
  for (const [n, ref] of refs.entries()) {
    const place = placeOf(ref.source);
    try {
      const warn = (w) => warnings.push(`${place}: ${w}`);
      const bytes = reader.load(ref);
      if (n === 0 && kind !== null) label = labelOf(kind, readThreadingHeaders(bytes).headers);
      parsed.push(await parseMessage(bytes, ref.source, { warn, keepRaw: false }));
    } catch (error) {
      warnings.push(`${place} skipped, malformed: ${reasonOf(error)}`);
    }
  }
  return { parsed, label };
}
async function analyzeMailPaths(options, progress) {
  const warnings = [];
  const { groups, refs, minYear } = await indexMessages(options, warnings, progress);
  const calendar = calendarFor(options, minYear);
  const analyzer = threadAnalyzer(options, calendar, new KeptOnDisk());
  const reader = new MessageReader();
  let messages = 0;
  let bytes = 0;
  try {
    for (let g = 0; g < groups.count; g += 1) {
      const members = Array.from(groups.members(g), (i) => refs.get(i));
      const { parsed, label } = await parseAll(members, groups.kind(g), reader, warnings);
      messages += members.length;
      bytes += members.reduce((sum, r) => sum + r.length, 0);
      if (parsed.length > 0) analyzer.add(toThreadInput(threadOf(label, parsed)));
      progress.analysing(analyzer.count, groups.count, messages, bytes);
    }
  } finally {
    reader.close();
    progress.done();
  }
  return {
    timeZone: options.timeZone,
    now: options.now,
    warnings,
    threadCount: analyzer.count,
    threads: finishThreads(analyzer, options, calendar)
  };
}
function toThreadInput(t) {
  return { key: t.key, subject: t.subject, messages: t.messages.map((p) => toMailMessage(p)) };
}

// scripts/analyze/due.ts
function dueNudge(nudge) {
  const n = nudge;
  return n && n.reason?.due === true && typeof n.sendOn === "string" ? n : null;
}
function dueThreadOf(thread) {
  const nudge = dueNudge(thread.nudge);
  if (nudge === null) return null;
  const a = thread.analysis;
  const mine = a.state === "awaiting-me";
  return {
    thread,
    nudge,
    overdue: Math.max(0, nudge.reason.workingDays - nudge.reason.stepWorkingDays),
    days: mine ? a.daysSinceClientReply : a.daysWaiting,
    workingDays: mine ? a.workingDaysSinceClientReply : a.workingDaysWaiting
  };
}
function byMostOverdue(a, b) {
  return b.overdue - a.overdue || (b.workingDays ?? -1) - (a.workingDays ?? -1) || (b.days ?? -1) - (a.days ?? -1) || a.thread.analysis.project.localeCompare(b.thread.analysis.project);
}

// scripts/analyze/to-json.ts
var iso = (ms) => ms === null ? null : new Date(ms).toISOString();
var round = (n) => n === null ? null : Math.round(n * 100) / 100;
function threadJson(t) {
  const a = t.analysis;
  return {
    threadKey: t.threadKey,
    subject: t.subject,
    project: a.project,
    client: a.client ? { email: a.client.email, name: a.client.name } : null,
    state: a.state,
    lastClientReplyAt: iso(a.lastClientReplyAt),
    daysSinceClientReply: a.daysSinceClientReply,
    workingDaysSinceClientReply: a.workingDaysSinceClientReply,
    waitingSince: iso(a.waitingSince),
    daysWaiting: a.daysWaiting,
    workingDaysWaiting: a.workingDaysWaiting,
    lastMyMessageAt: iso(a.lastMyMessageAt),
    followUpsSent: a.followUpsSent,
    followUpAts: a.followUpAts.map((ms) => iso(ms)),
    outOfOfficeUntil: a.outOfOfficeUntil,
    promisedBy: a.promisedBy,
    typicalReplyDays: round(a.typicalReplyDays),
    // 'mine' | 'client' when the thread is settled (nobody owes an answer), else null.
    settledBy: a.settledBy,
    register: a.register,
    openQuestion: a.openQuestion,
    messages: a.messages.map((m) => ({
      messageId: m.id,
      date: iso(t.dates.get(m.id) ?? null),
      from: m.from,
      kind: m.kind,
      // A bulk message written by a program (bot, tracker, list manager), not a newsletter: why it is not a reply.
      robot: m.robot === true,
      outOfOfficeUntil: m.outOfOfficeUntil,
      promisedBy: m.promisedBy,
      // Human messages only: whether this one expects an answer.
      ...m.asks === null || m.asks === void 0 ? {} : { asks: m.asks }
    })),
    nudge: t.nudge ?? null,
    alternatives: t.alternatives ?? []
  };
}
var indented = (value, by) => JSON.stringify(value, null, 2).replace(/\n/g, `
${by}`);
async function writeJsonReport(report, write) {
  const head = [
    "{",
    `  "timeZone": ${JSON.stringify(report.timeZone)},`,
    `  "now": ${JSON.stringify(new Date(report.now).toISOString())},`,
    `  "warnings": ${indented([...report.warnings], "  ")},`,
    '  "threads": ['
  ].join("\n");
  let buffer = head;
  let first = true;
  for (const t of report.threads) {
    buffer += `${first ? "\n" : ",\n"}    ${indented(threadJson(t), "    ")}`;
    first = false;
    if (buffer.length > 65536) {
      await write(buffer);
      buffer = "";
    }
  }
  await write(`${buffer}${first ? "]" : "\n  ]"}
}
`);
}

// scripts/analyze/to-table.ts
var STATE_WORDS = {
  "awaiting-client": "waiting on client",
  "awaiting-me": "your turn",
  settled: "nothing pending",
  "no-client": "no client"
};
function cell(value) {
  return value === null ? "\u2013" : String(value);
}
function row(t, timeZone, localDateOf) {
  const a = t.analysis;
  const who2 = a.client ? a.client.name || a.client.email : "\u2013";
  const waiting = a.daysWaiting === null ? "\u2013" : `${a.daysWaiting} d / ${a.workingDaysWaiting} wd`;
  const lastReply = a.lastClientReplyAt === null ? "\u2013" : `${localDateOf(a.lastClientReplyAt, timeZone)} (${a.daysSinceClientReply} d)`;
  const typical = a.typicalReplyDays === null ? "\u2013" : `${a.typicalReplyDays.toFixed(1)} d`;
  return [
    who2,
    a.project || "(no subject)",
    STATE_WORDS[a.state],
    waiting,
    cell(a.followUpsSent),
    lastReply,
    cell(a.outOfOfficeUntil),
    cell(a.promisedBy),
    typical,
    nextStep(t.nudge)
  ];
}
function nextStep(nudge) {
  const n = nudge;
  return n?.stage && n.sendOn ? `${n.stage} ${n.sendOn}` : "\u2013";
}
function layout(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, c) => {
    let w = 0;
    for (const r of all) w = Math.max(w, r[c].length);
    return Math.min(40, w);
  });
  const fit = (text, w) => text.length > w ? `${text.slice(0, w - 1)}\u2026` : text.padEnd(w);
  const lines = all.map(
    (r) => r.map((v, c) => fit(v, widths[c])).join("  ").trimEnd()
  );
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  return lines;
}
function stateFooter(counts) {
  const states = Object.keys(STATE_WORDS);
  return states.map((s) => `${counts.get(s) ?? 0} ${STATE_WORDS[s]}`).join(" \xB7 ");
}
function analysisToTable(report, localDateOf) {
  const header = [
    "Client",
    "Project",
    "State",
    "Waiting",
    "Follow-ups",
    "Last client reply",
    "Away until",
    "Promised by",
    "Typical reply",
    "Next step"
  ];
  const rows = [];
  const counts = /* @__PURE__ */ new Map();
  for (const t of report.threads) {
    rows.push(row(t, report.timeZone, localDateOf));
    counts.set(t.analysis.state, (counts.get(t.analysis.state) ?? 0) + 1);
  }
  const title = `${rows.length} thread(s), ${localDateOf(report.now, report.timeZone)} (${report.timeZone})`;
  const warnings = report.warnings.map((w) => `warning: ${w}`);
  const footer = `By state: ${stateFooter(counts)}`;
  return [
    title,
    "",
    ...layout(header, rows),
    "",
    footer,
    ...warnings.length > 0 ? ["", ...warnings] : []
  ].join("\n");
}

// scripts/analyze/due-table.ts
var STAGE_WORDS = {
  "check-in": "check in",
  "change-channel": "propose a call",
  "close-the-loop": "close the loop",
  rest: "check in again",
  reply: "reply",
  wait: "wait"
};
function collect(report) {
  const due = [];
  const counts = /* @__PURE__ */ new Map();
  let total = 0;
  for (const t of report.threads) {
    total += 1;
    counts.set(t.analysis.state, (counts.get(t.analysis.state) ?? 0) + 1);
    const d = dueThreadOf(t);
    if (d) due.push(d);
  }
  return { due: due.sort(byMostOverdue), counts, total };
}
var cell2 = (v) => v === null ? "\u2013" : String(v);
function dueToTable(report, localDateOf) {
  const { due, counts, total } = collect(report);
  const header = ["Client", "Project", "Days waiting", "Working days", "Stage", "Suggested date", "Overdue"];
  const rows = due.map((d) => {
    const a = d.thread.analysis;
    return [
      a.client ? a.client.name || a.client.email : "\u2013",
      a.project || "(no subject)",
      cell2(d.days),
      cell2(d.workingDays),
      STAGE_WORDS[d.nudge.stage] ?? d.nudge.stage,
      d.nudge.sendOn,
      d.overdue === 0 ? "due today" : `${d.overdue} wd`
    ];
  });
  const today = localDateOf(report.now, report.timeZone);
  const title = `${due.length} of ${total} thread(s) due on or before ${today} (${report.timeZone})`;
  const body = due.length === 0 ? ["Nothing is due: no follow-up or reply to send today."] : layout(header, rows);
  const warnings = report.warnings.map((w) => `warning: ${w}`);
  const footer = `By state: ${stateFooter(counts)}`;
  return [title, "", ...body, "", footer, ...warnings.length > 0 ? ["", ...warnings] : []].join("\n");
}
function dueToJson(report) {
  const { due } = collect(report);
  return {
    timeZone: report.timeZone,
    now: new Date(report.now).toISOString(),
    warnings: [...report.warnings],
    threads: due.map((d) => ({ ...threadJson(d.thread), overdueWorkingDays: d.overdue }))
  };
}

// src/core/holidays/holiday-calendars.ts
var REGIONS = {
  IT: "italian",
  US: "usa",
  GB: "uk",
  DE: "german",
  FR: "french",
  ES: "spain",
  CH: "ch",
  AT: "austrian",
  BE: "be",
  NL: "dutch",
  IE: "irish",
  PT: "portuguese",
  CA: "canadian",
  AU: "australian",
  SE: "swedish",
  DK: "danish",
  NO: "norwegian",
  FI: "finnish",
  PL: "polish",
  GR: "greek",
  BR: "brazilian",
  MX: "mexican",
  IN: "indian",
  JP: "japanese",
  NZ: "new_zealand"
};
var HOLIDAY_COUNTRIES = Object.keys(REGIONS);
function holidayCalendarId(country) {
  const region = REGIONS[country.toUpperCase()];
  return region ? `en.${region}#holiday@group.v.calendar.google.com` : null;
}

// src/core/holidays/zone-country.ts
var packed = () => "IT:Europe/Rome;US:America/New_York,Chicago,Denver,Los_Angeles,Phoenix,Anchorage,Adak,Boise,Detroit,Juneau,Sitka,Yakutat,Nome,Metlakatla,Menominee,Indiana/Indianapolis,Indiana/Knox,Indiana/Marengo,Indiana/Petersburg,Indiana/Tell_City,Indiana/Vevay,Indiana/Vincennes,Indiana/Winamac,Indianapolis,Kentucky/Louisville,Kentucky/Monticello,Louisville,North_Dakota/Beulah,North_Dakota/Center,North_Dakota/New_Salem,Pacific/Honolulu,US/Eastern,Central,Mountain,Pacific,Arizona,Alaska,Hawaii;GB:Europe/London,Belfast,=GB;DE:Europe/Berlin,Busingen;FR:Europe/Paris;ES:Europe/Madrid,Africa/Ceuta,Atlantic/Canary;CH:Europe/Zurich;AT:Europe/Vienna;BE:Europe/Brussels;NL:Europe/Amsterdam;IE:Europe/Dublin,=Eire;PT:Europe/Lisbon,Atlantic/Madeira,Azores,=Portugal;CA:America/Toronto,Montreal,Vancouver,Edmonton,Winnipeg,Regina,Halifax,St_Johns,Moncton,Glace_Bay,Goose_Bay,Whitehorse,Dawson,Dawson_Creek,Fort_Nelson,Creston,Cambridge_Bay,Inuvik,Iqaluit,Rankin_Inlet,Resolute,Swift_Current,Yellowknife,Nipigon,Thunder_Bay,Rainy_River,Atikokan,Blanc-Sablon,Pangnirtung;AU:Australia/Sydney,Melbourne,Brisbane,Perth,Adelaide,Hobart,Darwin,Canberra,Lindeman,Broken_Hill,Eucla,Lord_Howe,Antarctica/Macquarie;SE:Europe/Stockholm;DK:Europe/Copenhagen;NO:Europe/Oslo;FI:Europe/Helsinki;PL:Europe/Warsaw,=Poland;GR:Europe/Athens;BR:America/Sao_Paulo,Bahia,Belem,Boa_Vista,Campo_Grande,Cuiaba,Eirunepe,Fortaleza,Maceio,Manaus,Noronha,Porto_Velho,Recife,Rio_Branco,Santarem,Araguaina;MX:America/Mexico_City,Cancun,Merida,Monterrey,Matamoros,Chihuahua,Ciudad_Juarez,Ojinaga,Mazatlan,Bahia_Banderas,Hermosillo,Tijuana;IN:Asia/Kolkata,Calcutta;JP:Asia/Tokyo,=Japan;NZ:Pacific/Auckland,Chatham,=NZ";
function unpack(packed2) {
  const out = /* @__PURE__ */ new Map();
  for (const entry of packed2.split(";")) {
    const [country, list2 = ""] = entry.split(":");
    let area = "";
    for (const item of list2.split(",")) {
      if (item.startsWith("=")) {
        out.set(item.slice(1), country);
        continue;
      }
      const slash = item.indexOf("/");
      const head = slash === -1 ? "" : item.slice(0, slash);
      if (AREAS.includes(head)) area = head;
      out.set(AREAS.includes(head) ? item : `${area}/${item}`, country);
    }
  }
  return out;
}
var AREAS = ["Europe", "America", "Pacific", "Atlantic", "Africa", "Asia", "Australia", "Antarctica", "US"];
var countryOfZone = null;
function countryOfTimeZone(timeZone) {
  countryOfZone ??= unpack(packed());
  const country = countryOfZone.get(timeZone.trim()) ?? null;
  return country !== null && holidayCalendarId(country) !== null ? country : null;
}

// src/core/holidays/locale-country.ts
function holidayCountryOf(setting, timeZone) {
  if (setting === NO_HOLIDAYS) return "";
  if (setting !== "") return setting;
  return countryOfTimeZone(timeZone) ?? "";
}

// src/core/zone-offset.ts
function zoneOffsetMs(timeZone, at) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric"
  }).formatToParts(new Date(at));
  const get = (type) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second")
  );
  return asUtc - Math.floor(at / 1e3) * 1e3;
}

// src/core/instant-input.ts
var PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;
function wallClockInZone(wallAsUtc, timeZone) {
  const first = wallAsUtc - zoneOffsetMs(timeZone, wallAsUtc);
  return wallAsUtc - zoneOffsetMs(timeZone, first);
}
function writtenOffsetMs(zone) {
  if (zone.toUpperCase() === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 6e4;
}
function parseInstant(text, timeZone) {
  const m = PATTERN.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h = "0", mi = "0", s = "0", ms = "0"] = m.slice(1, 8).map((v) => v ?? void 0);
  const fields = [y, mo, d, h, mi, s].map(Number);
  const [year, month, day, hour, minute, second] = fields;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, Number(ms.padEnd(3, "0")));
  const check = new Date(wall);
  const exact = check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
  if (!exact || year < 1970) return null;
  const zone = m[8];
  return zone === void 0 ? wallClockInZone(wall, timeZone) : wall - writtenOffsetMs(zone);
}

// src/core/supported-locales.ts
var SUPPORTED_LANGUAGES = ["it", "en", "es", "fr", "de"];
function isSupportedLocale(locale) {
  const m = /^([a-z]{2})(?:[-_]([a-z]{2}|\d{3}))?$/i.exec(locale.trim());
  return m !== null && SUPPORTED_LANGUAGES.includes(m[1].toLowerCase());
}
var LOCALE_HELP = `${SUPPORTED_LANGUAGES.join(", ")} (optionally with a region, e.g. en-GB)`;

// scripts/analyze/parse-args.ts
var USAGE = `Usage: npm run --silent analyze -- --me ADDR[,ADDR\u2026] [options] PATH\u2026

Analyses .eml files, .mbox files and folders of .eml and tells you who you are waiting on.

Options:
  --me ADDR[,ADDR\u2026]        my address, then my aliases (required)
  --now DATE[THH:MM[\xB1ZONE]]  the moment to count from (default: now); a date alone is midnight in --tz
  --tz IANA                time zone for days and working days (default: this machine's)
  --holidays YYYY-MM-DD,\u2026  extra non-working days
  --country CC|none        public holidays of this country (ISO 3166 code, e.g. IT; default: the
                           country of --tz, e.g. Europe/Amsterdam \u2192 NL; none: weekends only)
  --locale LL[-RR]         my language, for the nudge when the client's cannot be told
                           (it, en, es, fr, de; default: this machine's when supported, else en)
  --due                    only the threads whose follow-up or reply is due today or overdue,
                           most overdue first
  --quiet                  no progress line on stderr (it shows only on a terminal anyway)
  --colleagues             count colleagues at my (non-public) domain as me
  --tone auto|warm|formal  tone of the suggested nudge (default: auto, following my register
                           with the client: Lei/Sie/vous/usted \u2192 formal)
  --lang auto|it|en|es|fr|de  language of the nudge (default: auto, the client's language)
  --name NAME              my name, to sign the nudge
  --format json|table      output format (default: table on a terminal, JSON otherwise)
  --help                   show this help`;
var VALUED = /* @__PURE__ */ new Set([
  "--me",
  "--now",
  "--tz",
  "--holidays",
  "--country",
  "--format",
  "--tone",
  "--lang",
  "--name",
  "--locale"
]);
var TONES = ["auto", "warm", "formal"];
var LANGUAGES2 = ["auto", "it", "en", "es", "fr", "de"];
function oneOf(name, value, allowed) {
  const chosen = value ?? allowed[0];
  if (!allowed.includes(chosen))
    throw new UsageError(`${name} must be ${allowed.join("|")}, got "${value}"`);
  return chosen;
}
var FLAGS = /* @__PURE__ */ new Set(["--colleagues", "--help", "-h", "--due", "--quiet"]);
function splitArgs(argv) {
  const values = /* @__PURE__ */ new Map();
  const flags = /* @__PURE__ */ new Set();
  const paths = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, void 0];
    if (VALUED.has(name)) {
      const value = inline ?? argv[i += 1];
      if (value === void 0 || value === "") throw new UsageError(`${name} needs a value`);
      values.set(name, value);
    } else if (FLAGS.has(name)) flags.add(name === "-h" ? "--help" : name);
    else if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option ${arg}`);
    else paths.push(arg);
  }
  return { values, flags, paths };
}
function parseNow(text, fallback, timeZone) {
  if (text === void 0) return fallback;
  const ms = parseInstant(text, timeZone);
  if (ms === null)
    throw new UsageError(
      `--now must be an ISO-8601 date or date-time that exists (e.g. 2026-11-23 or 2026-11-23T09:30+01:00), got "${text}"`
    );
  return ms;
}
function parseCountry(text, timeZone) {
  const chosen = text === void 0 ? "" : text.toLowerCase() === "none" ? "none" : text.toUpperCase();
  if (chosen !== "" && chosen !== "none" && !/^[A-Z]{2}$/.test(chosen))
    throw new UsageError(
      `--country must be a two-letter code or none, got "${text}" (the add-on knows ${HOLIDAY_COUNTRIES.join(", ")})`
    );
  const country = holidayCountryOf(chosen, timeZone);
  if (country !== "" && !isKnownCountry(country))
    throw new UsageError(`--country: unknown country code "${text}" (e.g. ${HOLIDAY_COUNTRIES.join(", ")})`);
  return country === "" ? null : country;
}
function parseLocale(text, fallback) {
  if (text === void 0) return isSupportedLocale(fallback) ? fallback : "en";
  if (!isSupportedLocale(text))
    throw new UsageError(`--locale: unsupported locale "${text}"; supported: ${LOCALE_HELP}`);
  return text;
}
function list(text) {
  return (text ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "");
}
function parseArgs(argv, defaults) {
  const { values, flags, paths } = splitArgs(argv);
  const help = flags.has("--help");
  const me = list(values.get("--me")).map((a) => a.toLowerCase());
  if (!help && me.length === 0)
    throw new UsageError("--me is required (your address, then aliases, comma-separated)");
  if (me.some((a) => !/^[^\s@]+@[^\s@]+$/.test(a)))
    throw new UsageError(`--me holds an invalid address: ${values.get("--me")}`);
  const timeZone = values.get("--tz") ?? defaults.timeZone;
  if (!isValidTimeZone(timeZone)) throw new UsageError(`--tz: unknown time zone "${timeZone}"`);
  const holidays = list(values.get("--holidays"));
  const bad = holidays.find((d) => !isLocalDate(d));
  if (bad !== void 0) throw new UsageError(`--holidays: "${bad}" is not a YYYY-MM-DD date`);
  const format2 = values.get("--format") ?? (defaults.isTty ? "table" : "json");
  if (format2 !== "json" && format2 !== "table")
    throw new UsageError(`--format must be json or table, got "${format2}"`);
  const country = parseCountry(values.get("--country"), timeZone);
  const locale = parseLocale(values.get("--locale"), defaults.locale);
  if (!help && paths.length === 0) throw new UsageError("give at least one .eml, .mbox or folder to analyse");
  const now = parseNow(values.get("--now"), defaults.now, timeZone);
  const tone = oneOf("--tone", values.get("--tone"), TONES);
  const language = oneOf("--lang", values.get("--lang"), LANGUAGES2);
  const myName = values.get("--name") ?? "";
  const colleagues = flags.has("--colleagues");
  return {
    me,
    now,
    timeZone,
    holidays,
    country,
    colleagues,
    tone,
    language,
    myName,
    locale,
    format: format2,
    paths,
    help,
    due: flags.has("--due"),
    quiet: flags.has("--quiet")
  };
}

// scripts/analyze/progress.ts
var int2 = (n) => Math.round(n).toLocaleString("en-US");
function megabytes(bytes) {
  return `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0)} MB`;
}
function clock(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor(s % 3600 / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
var Progress = class {
  constructor(stream, clockMs = () => performance.now(), everyMs = 200) {
    this.stream = stream;
    this.clockMs = clockMs;
    this.everyMs = everyMs;
    this.total = 0;
    this.started = 0;
    this.lastDraw = -Infinity;
    this.drawn = false;
    this.phase = "reading";
    this.phaseStarted = 0;
  }
  start(totalBytes) {
    this.total = totalBytes;
    this.started = this.clockMs();
    this.phaseStarted = this.started;
  }
  reading(messages, bytes) {
    this.draw(bytes, () => `reading: ${int2(messages)} messages`, messages);
  }
  analysing(threads, ofThreads, messages, bytes) {
    if (this.phase === "reading") {
      this.phase = "analysing";
      this.phaseStarted = this.clockMs();
    }
    this.draw(
      this.total + bytes,
      () => `analysing: ${int2(threads)} of ${int2(ofThreads)} threads, ${int2(messages)} messages`,
      messages
    );
  }
  draw(doneBytes, what, messages) {
    if (this.stream === null) return;
    const now = this.clockMs();
    if (now - this.lastDraw < this.everyMs) return;
    this.lastDraw = now;
    this.stream.write(`\r${this.line(doneBytes, what(), messages, now)}\x1B[K`);
    this.drawn = true;
  }
  /** The line itself (tests read it): what, rate, share of bytes, time left. */
  line(doneBytes, what, messages, now) {
    const seconds = (now - this.started) / 1e3;
    const phaseSeconds = (now - this.phaseStarted) / 1e3;
    const share = this.total === 0 ? 1 : Math.min(1, doneBytes / (2 * this.total));
    const rate = phaseSeconds > 0 ? `${int2(messages / phaseSeconds)} msg/s` : "\u2013 msg/s";
    const left = share > 0.01 && seconds > 0 ? `${clock(seconds * (1 - share) / share)} left` : "estimating\u2026";
    return `analyze: ${what}, ${rate}, ${Math.floor(share * 100)}% of ${megabytes(this.total)}, ${left}`;
  }
  done() {
    if (this.stream !== null && this.drawn) this.stream.write("\r\x1B[K");
    this.drawn = false;
  }
};

// scripts/analyze.ts
function writeOut(text) {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => error ? reject(error) : resolve());
  });
}
function reportEmptySources(warnings) {
  for (const w of warnings) {
    if (/no messages found|holds no \.eml files|no mail found/.test(w))
      process.stderr.write(`analyze: ${w}
`);
  }
}
async function run(options) {
  useFastBlob();
  const progress = new Progress(options.quiet || !process.stderr.isTTY ? null : process.stderr);
  const report = await analyzeMailPaths(options, progress);
  reportEmptySources(report.warnings);
  if (report.threadCount === 0)
    process.stderr.write(`analyze: no mail found in ${options.paths.join(", ")}
`);
  if (options.format === "json" && !options.due) return writeJsonReport(report, writeOut);
  const text = options.format === "json" ? JSON.stringify(dueToJson(report), null, 2) : options.due ? dueToTable(report, intlLocalDateOf) : analysisToTable(report, intlLocalDateOf);
  await writeOut(`${text}
`);
}
async function main(argv) {
  const defaults = {
    now: Date.now(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    isTty: Boolean(process.stdout.isTTY),
    locale: Intl.DateTimeFormat().resolvedOptions().locale
  };
  try {
    const options = parseArgs(argv, defaults);
    if (options.help) {
      process.stdout.write(`${USAGE}
`);
      return 0;
    }
    await run(options);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`analyze: ${error.message}

${USAGE}
`);
      return 2;
    }
    if (error instanceof MailFileError) {
      process.stderr.write(
        `analyze: cannot read ${error.path}: ${error.cause instanceof Error ? error.cause.message : String(error.cause)}
`
      );
      return 1;
    }
    throw error;
  }
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `analyze: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`
    );
    process.exitCode = 1;
  }
);

// Who may talk to the preview server: pages served by itself on a loopback name, JSON POSTs only.

/*
 * The preview holds the user's mail (with --mbox) and changes settings on POST. Listening on 127.0.0.1 is not
 * enough: a web page can point a DNS name of its own at 127.0.0.1 (DNS rebinding) and then read /api/state as
 * "same origin"; and a cross-origin form or fetch can POST text/plain without a preflight. So:
 * - the Host header must be a loopback name with this server's port (a rebound name never is);
 * - an Origin header, when sent, must be this server's own origin (browsers send it on cross-origin GETs
 *   from fetch and on every POST), and Sec-Fetch-Site must not say cross-site;
 * - a POST must declare application/json, which no form and no "simple" request can send.
 */

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

export interface Refusal {
  readonly status: number;
  readonly message: string;
}

interface RequestLike {
  readonly method?: string | undefined;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

const header = (req: RequestLike, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export function allowedHosts(port: number): string[] {
  return LOOPBACK_NAMES.map((name) => `${name}:${port}`);
}

function crossOrigin(req: RequestLike, port: number): boolean {
  const origin = header(req, 'origin');
  if (origin !== undefined && !allowedHosts(port).some((host) => origin.toLowerCase() === `http://${host}`)) {
    return true;
  }
  return header(req, 'sec-fetch-site')?.toLowerCase() === 'cross-site';
}

/** Why the request is refused, or null when it may go on. */
export function refusal(req: RequestLike, port: number): Refusal | null {
  const host = header(req, 'host')?.toLowerCase() ?? '';
  if (!allowedHosts(port).includes(host)) {
    return { status: 421, message: `This preview answers only at ${allowedHosts(port).join(', ')}.` };
  }
  if (crossOrigin(req, port)) return { status: 403, message: 'Cross-origin requests are refused.' };
  if (req.method === 'POST') {
    const type = (header(req, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      return { status: 415, message: 'POST bodies must be sent as application/json.' };
    }
  }
  return null;
}

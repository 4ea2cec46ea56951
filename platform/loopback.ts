import type { IncomingMessage } from 'node:http';
import { HttpError } from './http';

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (what a dual-stack socket reports). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}

/**
 * Admin routes answer only to callers on the same host, whatever address the server binds
 * (containers bind 0.0.0.0 inside their network): a peer on the network gets 403.
 */
export function requireLoopback(req: IncomingMessage): void {
  if (!isLoopbackAddress(req.socket.remoteAddress))
    throw new HttpError(403, 'FORBIDDEN', 'Admin routes answer only on the local host.');
}

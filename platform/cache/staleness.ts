/** A part of the response served from cache past its TTL because its backend failed. */
export interface StaleMarker {
  /** The backend that failed, e.g. "life-connect". */
  source: string;
  /** The record type served stale, e.g. "lifeContract". */
  type: string;
  /** How old the oldest stale record of this type is. */
  ageSeconds: number;
  /** Why fresh data was not available: the backend failure, e.g. "maintenance", "timeout", "circuit-open". */
  reason: string;
}

/** Collects stale markers during one request; the response carries them in `extensions.stale`. */
export class StaleRecorder {
  private readonly markers = new Map<string, StaleMarker>();

  record(marker: StaleMarker): void {
    const id = `${marker.source}/${marker.type}`;
    const known = this.markers.get(id);
    if (!known || known.ageSeconds < marker.ageSeconds) this.markers.set(id, marker);
  }

  list(): StaleMarker[] {
    return [...this.markers.values()];
  }
}

const MAX_MARKERS = 50;
const MAX_TEXT = 100;

function isMarker(value: unknown): value is StaleMarker {
  if (!value || typeof value !== 'object') return false;
  const { source, type, ageSeconds, reason } = value as Record<string, unknown>;
  const text = (item: unknown): boolean => typeof item === 'string' && item.length > 0 && item.length <= MAX_TEXT;
  return (
    text(source) &&
    text(type) &&
    text(reason) &&
    typeof ageSeconds === 'number' &&
    Number.isFinite(ageSeconds) &&
    ageSeconds >= 0
  );
}

/** The well-formed markers in a subgraph's `extensions.stale`; anything else is ignored, never passed on. */
export function parseStaleMarkers(value: unknown): StaleMarker[] {
  if (!Array.isArray(value)) return [];
  return value
    .slice(0, MAX_MARKERS)
    .filter(isMarker)
    .map(({ source, type, ageSeconds, reason }) => ({ source, type, ageSeconds, reason }));
}

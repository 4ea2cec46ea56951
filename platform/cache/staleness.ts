/** A part of the response served from cache past its TTL because its backend failed. */
export interface StaleMarker {
  /** The backend that failed, e.g. "life-connect". */
  source: string;
  /** The record type served stale, e.g. "lifeContract". */
  type: string;
  /** How old the oldest stale record of this type is. */
  ageSeconds: number;
  /** Why fresh data was not available. */
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

import { startTracingFromEnvironment, stopTracing } from '../tracing';

describe('tracing from the environment', () => {
  afterAll(() => stopTracing());

  it('stays off without an OTLP endpoint', () => {
    expect(startTracingFromEnvironment('gateway', {})).toBe(false);
    expect(startTracingFromEnvironment('gateway', { OTEL_SERVICE_NAME: 'gateway' })).toBe(false);
  });

  it('turns on with OTEL_EXPORTER_OTLP_ENDPOINT (exporting in the background, nothing sent until a span ends)', () => {
    expect(startTracingFromEnvironment('gateway', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })).toBe(true);
  });
});

import { runLegacyBackend } from '../shared/run';
import { createLifeConnect } from './server';

// The slowest backend: its answers are assembled by a mainframe batch bridge, which is closed for
// the nightly batch (01:00-01:30 UTC, 02:00-02:30 in Brussels in winter).
runLegacyBackend('life-connect', { latencyMs: 60, jitterMs: 20, maintenanceWindow: '01:00-01:30' }, createLifeConnect);

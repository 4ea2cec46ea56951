import { runLegacyBackend } from '../shared/run';
import { createVConnect } from './server';

runLegacyBackend('v-connect', { latencyMs: 25, jitterMs: 10 }, createVConnect);

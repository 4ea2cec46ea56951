import { runLegacyBackend } from '../shared/run';
import { createCustomerMaster } from './server';

runLegacyBackend('customer-master', { latencyMs: 15, jitterMs: 5 }, createCustomerMaster);

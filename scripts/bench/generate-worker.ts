/** One worker of generateAgency (synthetic.ts): writes the clients whose index ≡ worker (mod workers). */
import { parentPort, workerData } from 'node:worker_threads';
import { writeClients, type AgencySpec } from './synthetic.ts';

const { dir, spec, worker, workers } = workerData as { dir: string; spec: AgencySpec; worker: number; workers: number };
const stats = writeClients(dir, spec, (i) => i % workers === worker, (line) => parentPort!.postMessage({ progress: line }));
parentPort!.postMessage({ stats });

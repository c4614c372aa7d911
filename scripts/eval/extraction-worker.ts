/** Worker process of the extraction pool: scores each page it is sent and sends the result back. */
import { runTask, type PageTask } from './extraction-pages';

/** A message from the pool: the task's position and the task. */
export interface WorkerRequest {
  i: number;
  task: PageTask;
}

process.on('message', (msg: WorkerRequest) => {
  process.send?.({ i: msg.i, outcome: runTask(msg.task) });
});

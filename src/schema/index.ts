import { builder } from './builder.ts';
import './root.ts';
import './job.ts';
import './jobs.ts';

export const schema = builder.toSchema({ sortSchema: false });

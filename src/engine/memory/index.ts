/** What autograd keeps for backward, per op and per network, and a training step's memory. */
export * from './saved';
export * from './kept';
export * from './budget';

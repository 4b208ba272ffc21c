/** A problem with one ingest run or input, said in one line for the person running the command. */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}

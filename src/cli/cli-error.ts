/** An error in what the user asked for (bad arguments, missing file): exit code 2. */
export class CliError extends Error {}

/** The bundled sample the CLI summarises when no file is given (also the benchmark's page). */
export const SAMPLE = 'samples/hi-moscow-meeting.html';

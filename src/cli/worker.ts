// TEMPORARY: worker threads for --jobs are written in issue 8.
export {};

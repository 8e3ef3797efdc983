// TEMPORARY: the CLI is written in issue 4.
console.error('pinyin-gloss: the CLI is not implemented yet');
process.exit(1);

// The reader is the language's home: /ar/ and /en/ (written as ar/index.html, en/index.html).
export const trailingSlash = 'always';

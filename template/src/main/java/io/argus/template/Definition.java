package io.argus.template;

/**
 * One named template of a set: its body and the source it was parsed from (for error positions).
 *
 * @param parseName the name under which its source text was parsed
 */
record Definition(String name, String parseName, String source, Node.Sequence body) {}
